using Microsoft.EntityFrameworkCore;
using NodaTime;
using OpenNrm.Domain.Residence;
using OpenNrm.Web.Data;
using OpenNrm.Web.Features.Referrals;
using OpenNrm.Web.Features.Residence;

namespace OpenNrm.Web.Features.Statistics;

/// <summary>Every residence procedure with the milestones the tables count, in the order the database returns them.</summary>
internal static class ProcedureFactsReader
{
    public static async Task<List<ProcedureFact>> ReadAsync(AppDbContext db, LocalDate asOf, CancellationToken ct)
    {
        // One row per procedure: its milestones are kept with it (written with each event). A row whose milestones an
        // older version computed, or none, is evaluated from its events here, as every row once was.
        var procedures = db.Procedures.AsNoTracking()
            .Select(p => new
            {
                p.Id, p.CaseId, p.CentreId, p.OpenedOn, p.IsThirdCountryNational, p.IsUnaccompaniedMinor, p.MilestonesVersion,
                p.ReflectionStartOn, p.IdentifiedOn, p.FirstACardOn, p.BCardOn, p.ExitOn, p.ExitReason, p.DocumentHistory,
            })
            .AsAsyncEnumerable();
        var procedureFacts = new List<ProcedureFact?>();
        var stale = new List<(int Index, Guid Id, Guid CaseId, Guid CentreId, ProcedureOpened Opened)>();
        await foreach (var p in procedures.WithCancellation(ct))
        {
            if (p.MilestonesVersion == ProcedureMilestones.Version)
            {
                procedureFacts.Add(new ProcedureFact(p.CaseId, CentreDirectory.CentreFor(p.CentreId), new ProcedureMilestones(
                    p.ReflectionStartOn, p.IdentifiedOn, p.FirstACardOn, p.BCardOn, p.ExitOn, p.ExitReason, ProcedureMilestones.Decode(p.DocumentHistory))));
            }
            else
            {
                stale.Add((procedureFacts.Count, p.Id, p.CaseId, p.CentreId, new ProcedureOpened(p.OpenedOn, p.IsThirdCountryNational, p.IsUnaccompaniedMinor)));
                procedureFacts.Add(null);
            }
        }

        if (stale.Count > 0)
        {
            var events = (await ReadEventsAsync(db, [.. stale.Select(p => p.Id)], procedureFacts.Count, ct)).ToLookup(e => e.ProcedureId);
            foreach (var p in stale)
            {
                procedureFacts[p.Index] = new ProcedureFact(p.CaseId, CentreDirectory.CentreFor(p.CentreId),
                    ProcedureMilestones.Of(ProcedureEventMapping.History(p.Opened, events[p.Id]), asOf));
            }
        }

        return [.. procedureFacts.OfType<ProcedureFact>()];
    }

    /// <summary>The events of the procedures to evaluate: by identifier for a few, all at once when most are.</summary>
    private static async Task<List<ProcedureEventRecord>> ReadEventsAsync(AppDbContext db, List<Guid> procedures, int all, CancellationToken ct)
    {
        if (procedures.Count * 2 > all)
        {
            return await db.Set<ProcedureEventRecord>().AsNoTracking().ToListAsync(ct);
        }

        var events = new List<ProcedureEventRecord>();
        foreach (var chunk in procedures.Chunk(500))
        {
            events.AddRange(await db.Set<ProcedureEventRecord>().AsNoTracking().Where(e => chunk.Contains(e.ProcedureId)).ToListAsync(ct));
        }

        return events;
    }
}
