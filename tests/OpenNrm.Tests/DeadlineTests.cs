using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using OpenNrm.Domain.Access;
using OpenNrm.Tests.Infrastructure;
using OpenNrm.Web.Features.Deadlines;

namespace OpenNrm.Tests;

/// <summary>The legal clocks reaching people: the sweep's notices, the list by next deadline, the calendar.</summary>
public abstract class DeadlineTests(TestApp app)
{
    private static DateOnly Today => LegalToday.Date;

    [Fact]
    public async Task Two_sweeps_at_once_raise_each_warning_once()
    {
        var centre = await app.UserAsync(Role.CentreCaseworker);
        // A reflection document issued 40 days ago runs 45 days: four days are left, so the 7-day warning is due.
        var procedure = (await ReflectionProcedures.OpenAsync(app, centre, "Sweep Twice", daysAgo: 40)).Procedure;

        var results = await Task.WhenAll(SweepAsync(), SweepAsync());
        await SweepAsync();

        var keys = await NoticeKeysAsync(procedure);
        Assert.Equal([$"Approaching:DocumentExpires:{Today.AddDays(4):yyyy-MM-dd}:7"], keys);
        // Whichever pass came second may find the procedure already looked at today.
        Assert.Contains(results, r => r.Procedures >= 1);
    }

    [Fact]
    public async Task A_lapsed_document_without_renewal_raises_a_missed_notice()
    {
        var centre = await app.UserAsync(Role.CentreCaseworker);
        var procedure = (await ReflectionProcedures.OpenAsync(app, centre, "Lapsed Reflection", daysAgo: 50)).Procedure;

        await SweepAsync();

        Assert.Equal([$"Missed:DocumentExpires:{Today.AddDays(-6):yyyy-MM-dd}:0"], await NoticeKeysAsync(procedure));
    }

    [Fact]
    public async Task The_caseworker_reads_the_notice_and_another_centre_cannot_touch_it()
    {
        var centre = await app.UserAsync(Role.CentreCaseworker);
        var procedure = (await ReflectionProcedures.OpenAsync(app, centre, "Notice Reader", daysAgo: 20)).Procedure;
        await SweepAsync();

        var notices = await app.ApiClient(centre).GetFromJsonAsync<JsonElement>("/api/v1/notices?unread=true");
        var notice = notices.EnumerateArray().Single(n => n.GetProperty("subjectId").GetGuid() == procedure);
        Assert.Equal(30, notice.GetProperty("leadDays").GetInt32());
        Assert.Contains(Today.AddDays(24).ToString("O"), notice.GetProperty("text").GetString(), StringComparison.Ordinal);
        Assert.DoesNotContain("Notice Reader", notices.GetRawText(), StringComparison.Ordinal);
        var id = notice.GetProperty("id").GetGuid();

        var payoke = await app.CreateUserAsync(Role.CentreCaseworker, "CENTRE-PAYOKE");
        await ApiAccessTests.AssertProblem(await app.ApiClient(payoke).PostAsync($"/api/v1/notices/{id}/read", null), HttpStatusCode.NotFound);
        var theirs = await app.ApiClient(payoke).GetFromJsonAsync<JsonElement>("/api/v1/notices");
        Assert.DoesNotContain(theirs.EnumerateArray(), n => n.GetProperty("id").GetGuid() == id);

        Assert.Equal(HttpStatusCode.NoContent, (await app.ApiClient(centre).PostAsync($"/api/v1/notices/{id}/read", null)).StatusCode);
        var unread = await app.ApiClient(centre).GetFromJsonAsync<JsonElement>("/api/v1/notices?unread=true");
        Assert.DoesNotContain(unread.EnumerateArray(), n => n.GetProperty("id").GetGuid() == id);
    }

    [Fact]
    public async Task The_caseworkers_list_puts_the_nearest_deadline_first()
    {
        var centre = await app.UserAsync(Role.CentreCaseworker);
        var later = (await ReflectionProcedures.OpenAsync(app, centre, "Later Deadline", daysAgo: 1)).Procedure;
        var sooner = (await ReflectionProcedures.OpenAsync(app, centre, "Sooner Deadline", daysAgo: 30)).Procedure;

        var rows = (await app.ApiClient(centre).GetFromJsonAsync<JsonElement>("/api/v1/procedures?scope=Mine")).EnumerateArray()
            .Select(r => (Id: r.GetProperty("procedureId").GetGuid(), Due: r.GetProperty("nextDeadlineOn").GetString(), Days: r.GetProperty("daysLeft").ValueKind == JsonValueKind.Null ? (int?)null : r.GetProperty("daysLeft").GetInt32()))
            .ToList();
        var ours = rows.Where(r => r.Id == sooner || r.Id == later).ToList();
        Assert.Equal([sooner, later], ours.Select(r => r.Id));
        Assert.Equal(Today.AddDays(14).ToString("O"), ours[0].Due);
        Assert.Equal(14, ours[0].Days);
        // Dated deadlines in date order, then the procedures with no dated deadline.
        var dated = rows.TakeWhile(r => r.Due is not null).Select(r => r.Due!).ToList();
        Assert.Equal(dated.Order(StringComparer.Ordinal), dated);
        Assert.All(rows.Skip(dated.Count), r => Assert.Null(r.Due));

        // A caseworker of another centre does not see them, not even in the team list.
        var payoke = await app.CreateUserAsync(Role.CentreCaseworker, "CENTRE-PAYOKE");
        var theirs = await app.ApiClient(payoke).GetFromJsonAsync<JsonElement>("/api/v1/procedures?scope=Team");
        Assert.DoesNotContain(theirs.EnumerateArray(), r => r.GetProperty("procedureId").GetGuid() == sooner);
    }

    [Fact]
    public async Task The_calendar_shows_the_deadlines_of_the_period()
    {
        var centre = await app.UserAsync(Role.CentreCaseworker);
        var procedure = (await ReflectionProcedures.OpenAsync(app, centre, "Calendar Entry", daysAgo: 10)).Procedure;
        var due = Today.AddDays(34);

        var entries = await app.ApiClient(centre).GetFromJsonAsync<JsonElement>($"/api/v1/deadlines?from={Today:O}&to={Today.AddDays(60):O}");

        var entry = entries.EnumerateArray().Single(e => e.GetProperty("procedureId").GetGuid() == procedure);
        Assert.Equal(due.ToString("O"), entry.GetProperty("date").GetString());
        Assert.Equal("DocumentExpires", entry.GetProperty("kind").GetString());
        Assert.StartsWith("Immigration Act", entry.GetProperty("basis").GetString(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("from=2026-03-01&to=2026-02-01", "to")]
    [InlineData("from=2026-01-01&to=2026-06-01", "to")]
    [InlineData("to=2026-06-01", "from")]
    [InlineData("from=2026-13-01&to=2026-06-01", null)]
    public async Task A_bad_calendar_period_is_refused(string query, string? field)
    {
        var centre = await app.UserAsync(Role.CentreCaseworker);
        var response = await app.ApiClient(centre).GetAsync("/api/v1/deadlines?" + query);
        await ApiAccessTests.AssertProblem(response, HttpStatusCode.BadRequest);
        if (field is not null)
        {
            Assert.True((await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors").TryGetProperty(field, out _));
        }
    }


    private Task<SweepResult> SweepAsync() =>
        app.WithScopeAsync(sp => sp.GetRequiredService<DeadlineSweep>().RunAsync(null, everyPending: false, CancellationToken.None));

    private async Task<List<string>> NoticeKeysAsync(Guid procedure)
    {
        var keys = new List<string>();
        await app.WithDbAsync(async db => keys = await db.Notices.Where(n => n.SubjectId == procedure).Select(n => n.Key).ToListAsync());
        return keys;
    }
}
