using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using NodaTime;
using OpenNrm.Domain.Audit;
using OpenNrm.Domain.Tasks;
using OpenNrm.Web.Data;
using OpenNrm.Web.Features.Access;
using OpenNrm.Web.Features.Assistance;
using OpenNrm.Web.Features.Audit;
using OpenNrm.Web.Features.Shared;

namespace OpenNrm.Web.Features.Tasks;

/// <summary>
/// A centre's tasks. Order of checks: the input (400: title, due date, a colleague of the centre, one of the
/// centre's support cases), the task within the caller's centre (404), the task's state (409: finished once). The
/// change and its audit entry are saved together; a refused command writes nothing.
/// </summary>
public sealed class TaskService(AppDbContext db, CurrentUser me, SupportAccess support, CentreStaff staff, TaskViews views, AuditLog audit,
    TimeProvider clock, IStringLocalizer<SharedResource> localizer)
{
    public async Task<TaskResult> CreateAsync(NewTaskInput input, CancellationToken ct)
    {
        var today = LegalCalendar.Today(clock);
        var v = new Validation(localizer)
            .RequireText(input.Title, "title", TaskLimits.Title)
            .Require(input.DueOn is not null, "dueOn", "This field is required.")
            .Require(input.DueOn is null || CaseworkerTaskRules.IsDueDateAcceptable(LocalDate.FromDateOnly(input.DueOn.Value), today), "dueOn",
                "A task is due at most {0} days back and at most {1} years ahead.", CaseworkerTaskRules.MaxDaysInPast, CaseworkerTaskRules.MaxYearsAhead);
        if (input.AssigneeId is { } assignee)
        {
            v.Require(await staff.IsMemberAsync(assignee, ct), "assigneeId", "Choose a colleague of your centre, or the team.");
        }

        SupportCase? supportCase = null;
        if (input.SupportCaseId is { } supportCaseId)
        {
            // Another centre's support case and one that does not exist look the same.
            supportCase = await support.FindAsync(supportCaseId, ct, tracked: false);
            v.Require(supportCase is not null, "supportCaseId", "Choose one of your centre's support cases.");
        }

        if (!v.IsValid)
        {
            return TaskResult.Invalid(v);
        }

        if (supportCase is { IsOpen: false })
        {
            return TaskResult.Conflict(localizer["This support case is closed: its record no longer changes."]);
        }

        var task = new CaseworkerTask(Guid.CreateVersion7(), me.OrganisationId!.Value, input.Title!.Trim(), LocalDate.FromDateOnly(input.DueOn!.Value),
            supportCase?.Id, input.AssigneeId, me.UserId!.Value, clock.GetUtcNow());
        db.CaseworkerTasks.Add(task);
        // The title may name the person: the trail keeps the facts, not the text.
        audit.Record(AuditEventType.TaskCreated, "Task", task.Id.ToString(),
            details: $"due {task.DueOn.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)}; for {task.AssigneeId?.ToString() ?? "the team"}; support case {task.SupportCaseId?.ToString() ?? "none"}");
        await db.SaveChangesAsync(ct);
        return TaskResult.Done(await views.ViewAsync(task, ct));
    }

    public Task<TaskResult> CompleteAsync(Guid id, FinishTaskInput? input, CancellationToken ct) =>
        FinishAsync(id, CaseworkerTaskStatus.Done, input?.Version, ct);

    public Task<TaskResult> CancelAsync(Guid id, FinishTaskInput? input, CancellationToken ct) =>
        FinishAsync(id, CaseworkerTaskStatus.Cancelled, input?.Version, ct);

    /// <summary>One task of the caller's centre; null outside it. Audited.</summary>
    public async Task<TaskView?> ReadAsync(Guid id, CancellationToken ct)
    {
        var task = await Visible().AsNoTracking().FirstOrDefaultAsync(t => t.Id == id, ct);
        if (task is null)
        {
            return null;
        }

        audit.Record(AuditEventType.TaskViewed, "Task", id.ToString());
        await db.SaveChangesAsync(ct);
        return await views.ViewAsync(task, ct);
    }

    /// <summary>
    /// The caller's or the team's tasks in one state: open ones by due date, finished ones newest first; optionally
    /// those of one support case. Audited, since titles may name the person.
    /// </summary>
    public async Task<IReadOnlyList<TaskView>> ListAsync(TaskListScope scope, CaseworkerTaskStatus status, Guid? supportCaseId, CancellationToken ct)
    {
        var tasks = await QueryAsync(scope, status, supportCaseId, null, ct);
        Audited(scope, supportCaseId, $"{scope} {status}: {tasks.Count} tasks");
        await db.SaveChangesAsync(ct);
        return await views.ViewsAsync(tasks, ct);
    }

    /// <summary>What a work list shows: the open tasks, and those finished in the last days so that what was just done stays in view. One audit entry.</summary>
    public async Task<WorkList> WorkListAsync(TaskListScope scope, Guid? supportCaseId, CancellationToken ct)
    {
        var since = clock.GetUtcNow().AddDays(-TaskLimits.RecentlyFinishedDays);
        var open = await QueryAsync(scope, CaseworkerTaskStatus.Open, supportCaseId, null, ct);
        var finished = (await QueryAsync(scope, CaseworkerTaskStatus.Done, supportCaseId, since, ct))
            .Concat(await QueryAsync(scope, CaseworkerTaskStatus.Cancelled, supportCaseId, since, ct))
            .OrderByDescending(t => t.FinishedAt).ThenBy(t => t.Id).Take(TaskLimits.MaxRows).ToList();
        Audited(scope, supportCaseId, $"{scope}: {open.Count} open, {finished.Count} finished since {since:yyyy-MM-dd}");
        await db.SaveChangesAsync(ct);
        return new WorkList(await views.ViewsAsync(open, ct), await views.ViewsAsync(finished, ct));
    }

    private async Task<TaskResult> FinishAsync(Guid id, CaseworkerTaskStatus to, int? version, CancellationToken ct)
    {
        var task = await Visible().FirstOrDefaultAsync(t => t.Id == id, ct);
        if (task is null)
        {
            return TaskResult.NotFound();
        }

        var refusal = task.Finish(to, me.UserId!.Value, clock.GetUtcNow());
        if (refusal is not null)
        {
            var by = await db.Users.AsNoTracking().Where(u => u.Id == task.FinishedBy).Select(u => u.DisplayName).FirstOrDefaultAsync(ct) ?? string.Empty;
            return TaskResult.Conflict(localizer[refusal.Explanation] + " "
                + localizer["Finished on {0} by {1}.", task.FinishedAt!.Value.ToString("yyyy-MM-dd HH:mm 'UTC'", CultureInfo.InvariantCulture), by]
                + " (" + refusal.Basis.Citation + ")", refusal);
        }

        if (version is { } read && read != task.Version)
        {
            return Changed();
        }

        audit.Record(to == CaseworkerTaskStatus.Done ? AuditEventType.TaskCompleted : AuditEventType.TaskCancelled, "Task", task.Id.ToString());
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateConcurrencyException)
        {
            // A colleague finished it between our read and our write: their finish stands, ours is not recorded.
            return Changed();
        }

        return TaskResult.Done(await views.ViewAsync(task, ct));
    }

    private async Task<List<CaseworkerTask>> QueryAsync(TaskListScope scope, CaseworkerTaskStatus status, Guid? supportCaseId, DateTimeOffset? finishedSince,
        CancellationToken ct)
    {
        var user = me.UserId ?? Guid.Empty;
        var query = Visible().AsNoTracking().Where(t => t.Status == status);
        if (scope == TaskListScope.Mine)
        {
            query = query.Where(t => t.AssigneeId == user);
        }

        if (supportCaseId is { } supportCase)
        {
            query = query.Where(t => t.SupportCaseId == supportCase);
        }

        if (finishedSince is { } since)
        {
            query = query.Where(t => t.FinishedAt >= since);
        }

        query = status == CaseworkerTaskStatus.Open
            ? query.OrderBy(t => t.DueOn).ThenBy(t => t.CreatedAt).ThenBy(t => t.Id)
            : query.OrderByDescending(t => t.FinishedAt).ThenBy(t => t.Id);
        return await query.Take(TaskLimits.MaxRows).ToListAsync(ct);
    }

    private void Audited(TaskListScope scope, Guid? supportCaseId, string details) =>
        audit.Record(AuditEventType.TasksViewed, supportCaseId is null ? "Tasks" : "SupportCase",
            supportCaseId?.ToString() ?? (scope == TaskListScope.Mine ? me.UserId : me.OrganisationId)?.ToString(), details: details);

    private TaskResult Changed() => TaskResult.Conflict(localizer["Someone else changed this record in the meantime. Reload it and apply your change again."]);

    private IQueryable<CaseworkerTask> Visible()
    {
        var organisation = me.OrganisationId ?? Guid.Empty;
        return db.CaseworkerTasks.Where(t => t.CentreId == organisation);
    }
}
