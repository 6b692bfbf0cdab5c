using System.Net;
using System.Net.Http.Json;
using Microsoft.EntityFrameworkCore;
using NodaTime;
using OpenNrm.Domain.Access;
using OpenNrm.Tests.Infrastructure;
using OpenNrm.Web.Data;
using OpenNrm.Web.Features.Residence;

namespace OpenNrm.Tests;

/// <summary>
/// Background writes of many rows (the sweep's summaries, the statistics' milestones) in batched statements: a row
/// that moved on since it was read is left alone, the others are written, and none gets a new version (a background
/// refresh must not make a caseworker's pending edit conflict).
/// </summary>
public abstract class VersionedBatchTests(TestApp app)
{
    [Fact]
    public async Task A_row_that_moved_on_is_skipped_and_the_others_are_written_without_a_new_version()
    {
        var centre = await app.UserAsync(Role.CentreCaseworker);
        var today = LocalDate.FromDateOnly(LegalToday.Date);
        var still = (await ReflectionProcedures.OpenAsync(app, centre, "Batch Still", daysAgo: 3)).Procedure;
        var moved = (await ReflectionProcedures.OpenAsync(app, centre, "Batch Moved", daysAgo: 3)).Procedure;
        List<ResidenceProcedure> page = [];
        await app.WithDbAsync(async db => page = await db.Procedures.AsNoTracking().Include(p => p.Events).Where(p => p.Id == still || p.Id == moved).ToListAsync());
        var versions = page.ToDictionary(p => p.Id, p => p.Version);

        // Someone records an event on one of them after the page was read.
        var recorded = await app.ApiClient(centre).PostAsJsonAsync($"/api/v1/procedures/{moved}/events", new { kind = "SupportAccepted", date = today.ToDateOnly() });
        Assert.Equal(HttpStatusCode.OK, recorded.StatusCode);
        foreach (var p in page)
        {
            p.Summarise(today.PlusDays(1));
        }

        var written = 0;
        await app.WithDbAsync(async db => written = await VersionedBatch.UpdateAsync(db, page, [nameof(ResidenceProcedure.SummarisedOn)],
            async p => await db.Procedures.Where(x => x.Id == p.Id && x.Version == p.Version)
                .ExecuteUpdateAsync(s => s.SetProperty(x => x.SummarisedOn, p.SummarisedOn)) == 1, CancellationToken.None));

        Assert.Equal(1, written);
        await app.WithDbAsync(async db =>
        {
            var rows = await db.Procedures.AsNoTracking().Where(p => p.Id == still || p.Id == moved).ToDictionaryAsync(p => p.Id);
            Assert.Equal((today.PlusDays(1), versions[still]), (rows[still].SummarisedOn!.Value, rows[still].Version));
            // The event's own summary stands; its version is the event's.
            Assert.Equal(today, rows[moved].SummarisedOn);
            Assert.True(rows[moved].Version > versions[moved]);
        });
    }
}
