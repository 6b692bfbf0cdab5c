using Microsoft.EntityFrameworkCore;
using OpenNrm.Domain.Tasks;
using OpenNrm.Web.Data;
using OpenNrm.Web.Features.Shared;

namespace OpenNrm.Web.Features.Tasks;

/// <summary>A task as its centre sees it: the file by its reference only, people by their display names.</summary>
public sealed record TaskView(Guid Id, string Title, DateOnly DueOn, bool Overdue, Guid? SupportCaseId, string? CaseReference, Guid? AssigneeId,
    string? AssigneeName, CaseworkerTaskStatus Status, Guid CreatedBy, DateTimeOffset CreatedAt, Guid? FinishedBy, string? FinishedByName,
    DateTimeOffset? FinishedAt, int Version);

public sealed class TaskViews(AppDbContext db, TimeProvider clock)
{
    public async Task<TaskView> ViewAsync(CaseworkerTask task, CancellationToken ct) => (await ViewsAsync([task], ct))[0];

    public async Task<IReadOnlyList<TaskView>> ViewsAsync(IReadOnlyList<CaseworkerTask> tasks, CancellationToken ct)
    {
        var today = LegalCalendar.Today(clock);
        var people = tasks.SelectMany(t => new[] { t.AssigneeId, t.FinishedBy }).OfType<Guid>().Distinct().ToList();
        var names = await db.Users.AsNoTracking().Where(u => people.Contains(u.Id)).ToDictionaryAsync(u => u.Id, u => u.DisplayName, ct);
        var supportIds = tasks.Select(t => t.SupportCaseId).OfType<Guid>().Distinct().ToList();
        var references = await db.SupportCases.AsNoTracking().Where(s => supportIds.Contains(s.Id))
            .Join(db.Cases, s => s.CaseId, c => c.Id, (s, c) => new { s.Id, c.Reference })
            .ToDictionaryAsync(x => x.Id, x => x.Reference, ct);
        return tasks.Select(t => new TaskView(t.Id, t.Title, t.DueOn.ToDateOnly(), CaseworkerTaskRules.IsOverdue(t.Status, t.DueOn, today),
            t.SupportCaseId, t.SupportCaseId is { } s ? references.GetValueOrDefault(s) : null,
            t.AssigneeId, t.AssigneeId is { } a ? names.GetValueOrDefault(a) : null, t.Status, t.CreatedBy, t.CreatedAt,
            t.FinishedBy, t.FinishedBy is { } f ? names.GetValueOrDefault(f) : null, t.FinishedAt, t.Version)).ToList();
    }
}

/// <summary>Open tasks by due date, and those finished lately, newest first.</summary>
public sealed record WorkList(IReadOnlyList<TaskView> Open, IReadOnlyList<TaskView> Finished);
