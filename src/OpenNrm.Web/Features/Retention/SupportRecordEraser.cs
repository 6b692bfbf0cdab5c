using Microsoft.EntityFrameworkCore;
using OpenNrm.Domain.Assistance;
using OpenNrm.Web.Data;
using OpenNrm.Web.Features.Assistance;

namespace OpenNrm.Web.Features.Retention;

/// <summary>
/// Erases the free text of the centre's support record (why it ended, who provided each action, what each goal
/// was, why a PCSW refused subsistence, what each caseworker task said) and the stays in its shelters. The dates, types, statuses and outcomes stay: they say what support was
/// given, and nothing in them names or places the person.
/// </summary>
public sealed class SupportRecordEraser(AppDbContext db) : IRecordEraser
{
    public RecordClass RecordClass => RecordClass.SupportCase;

    public async Task<int> EraseAsync(Guid caseId, CancellationToken ct)
    {
        var supports = db.SupportCases.Where(s => s.CaseId == caseId).Select(s => s.Id);
        var rows = await db.SupportCases.Where(s => s.CaseId == caseId && s.ClosureExplanation != null)
            .ExecuteUpdateAsync(s => s.SetProperty(x => x.ClosureExplanation, (string?)null), ct);
        rows += await db.SupportPlanActions.Where(a => supports.Contains(a.SupportCaseId))
            .ExecuteUpdateAsync(s => s.SetProperty(a => a.Provider, string.Empty), ct);
        rows += await db.SupportGoals.Where(g => supports.Contains(g.SupportCaseId))
            .ExecuteUpdateAsync(s => s.SetProperty(g => g.Description, string.Empty), ct);
        rows += await db.Set<SubsistenceReferralRecord>().Where(r => supports.Contains(r.SupportCaseId) && r.RefusalReason != null)
            .ExecuteUpdateAsync(s => s.SetProperty(r => r.RefusalReason, (string?)null), ct);
        // A task's title is a caseworker's shorthand, often with the person's name in it ("call Anna's lawyer").
        rows += await db.CaseworkerTasks.Where(t => t.SupportCaseId != null && supports.Contains(t.SupportCaseId.Value))
            .ExecuteUpdateAsync(s => s.SetProperty(t => t.Title, string.Empty), ct);
        // Where the person slept is theirs alone; the shelter's occupancy history needs no one's past stays.
        rows += await db.ShelterStays.Where(st => supports.Contains(st.SupportCaseId)).ExecuteDeleteAsync(ct);
        return rows;
    }
}
