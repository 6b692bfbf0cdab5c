using System.Net;
using System.Net.Http.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using NodaTime;
using OpenNrm.Domain.Access;
using OpenNrm.Tests.Infrastructure;
using OpenNrm.Web.Features.Access;
using OpenNrm.Web.Features.Deadlines;

namespace OpenNrm.Tests;

/// <summary>
/// The daily sweep visits a procedure on its review day only: not before (nothing can change), always on it (the
/// warning of the day is raised), and at the next pass after any event, whatever the day.
/// </summary>
public abstract class SweepReviewTests(ClockedTestApp app)
{
    [Fact]
    public async Task A_procedure_is_looked_at_again_on_its_review_day_and_not_before()
    {
        var centre = await app.UserAsync(Role.CentreCaseworker);
        var today = LocalDate.FromDateOnly(LegalToday.Date);
        // The reflection document was issued 10 days ago and runs 45 days: its last day is in 34 days, so the 30-day
        // warning falls due in 4 days.
        var (procedure, _) = await ReflectionProcedures.OpenAsync(app, centre, "Review Day", daysAgo: 10);
        var due = today.PlusDays(34);

        var version = await VersionAsync(procedure);
        await SweepAsync();
        Assert.Equal((today, due.PlusDays(-30)), await LooksAsync(procedure));
        Assert.Empty(await NoticeKeysAsync(procedure));
        // A look is not an edit: a caseworker's form opened before it still saves without a conflict.
        Assert.Equal(version, await VersionAsync(procedure));

        // Two days on, nothing is due: the procedure is not even read.
        app.Clock.Advance(TimeSpan.FromDays(2));
        await SweepAsync();
        Assert.Equal((today, due.PlusDays(-30)), await LooksAsync(procedure));

        // On its review day the warning is raised and the next look planned for the 14-day warning.
        app.Clock.Advance(TimeSpan.FromDays(2));
        await SweepAsync();
        Assert.Equal([$"Approaching:DocumentExpires:{due:yyyy-MM-dd}:30"], await NoticeKeysAsync(procedure));
        Assert.Equal((today.PlusDays(4), due.PlusDays(-14)), await LooksAsync(procedure));

        // An event clears the review day: the next pass looks, on any day. (Tokens last a day: a colleague of the
        // same centre, made after the jump, records it.)
        var colleague = await app.CreateUserAsync(Role.CentreCaseworker, BelgianReferenceData.DemoSeats[Role.CentreCaseworker]);
        var recorded = await app.ApiClient(colleague).PostAsJsonAsync($"/api/v1/procedures/{procedure}/events",
            new { kind = "SupportAccepted", date = today.PlusDays(4).ToDateOnly() });
        Assert.Equal(HttpStatusCode.OK, recorded.StatusCode);
        Assert.Null((await LooksAsync(procedure)).ReviewOn);
        app.Clock.Advance(TimeSpan.FromDays(1));
        await SweepAsync();
        Assert.Equal((today.PlusDays(5), due.PlusDays(-14)), await LooksAsync(procedure));

        // After the lead times change, an operator's pass over every pending procedure looks before the review day.
        app.Clock.Advance(TimeSpan.FromDays(1));
        await SweepAsync();
        Assert.Equal((today.PlusDays(5), due.PlusDays(-14)), await LooksAsync(procedure));
        await SweepAsync(everyPending: true);
        Assert.Equal((today.PlusDays(6), due.PlusDays(-14)), await LooksAsync(procedure));
    }

    [Fact]
    public async Task A_sweep_as_of_a_later_day_is_refused_where_real_persons_may_be()
    {
        var centre = await app.UserAsync(Role.CentreCaseworker);
        var (procedure, _) = await ReflectionProcedures.OpenAsync(app, centre, "Not Rehearsed", daysAgo: 20);

        var (result, refusal) = await app.WithScopeAsync(sp => sp.GetRequiredService<SweepRehearsal>()
            .RunAsync(LocalDate.FromDateOnly(LegalToday.Date).PlusDays(30), force: true, CancellationToken.None));

        Assert.Null(result);
        // The test server is not in demo mode: --force does not help.
        Assert.Contains("neither the demo seeder nor the generator made", refusal, StringComparison.Ordinal);
        Assert.Empty(await NoticeKeysAsync(procedure));
    }

    private Task<SweepResult> SweepAsync(bool everyPending = false) =>
        app.WithScopeAsync(sp => sp.GetRequiredService<DeadlineSweep>().RunAsync(null, everyPending, CancellationToken.None));

    private async Task<(LocalDate? SummarisedOn, LocalDate? ReviewOn)> LooksAsync(Guid procedure)
    {
        (LocalDate?, LocalDate?) looks = default;
        await app.WithDbAsync(async db => looks = await db.Procedures.Where(p => p.Id == procedure)
            .Select(p => new ValueTuple<LocalDate?, LocalDate?>(p.SummarisedOn, p.ReviewOn)).SingleAsync());
        return looks;
    }

    private async Task<int> VersionAsync(Guid procedure)
    {
        var version = 0;
        await app.WithDbAsync(async db => version = await db.Procedures.Where(p => p.Id == procedure).Select(p => p.Version).SingleAsync());
        return version;
    }

    private async Task<List<string>> NoticeKeysAsync(Guid procedure)
    {
        var keys = new List<string>();
        await app.WithDbAsync(async db => keys = await db.Notices.Where(n => n.SubjectId == procedure).Select(n => n.Key).ToListAsync());
        return keys;
    }
}
