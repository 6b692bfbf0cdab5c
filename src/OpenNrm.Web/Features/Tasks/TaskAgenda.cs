using NodaTime;
using OpenNrm.Domain.Access;
using OpenNrm.Web.Features.Access;
using OpenNrm.Web.Features.Deadlines;
using OpenNrm.Web.Features.Shared;

namespace OpenNrm.Web.Features.Tasks;

/// <summary>One line of a work list: a task of the centre, or the next deadline of a residence procedure (read only, it links to the procedure).</summary>
public sealed record AgendaItem(DateOnly On, int DaysLeft, TaskView? Task, ProcedureDeadlineRow? Deadline)
{
    public bool Overdue => DaysLeft < 0;

    public bool DueSoon => DaysLeft is >= 0 and <= AgendaLimits.DueSoonDays;
}

public static class AgendaLimits
{
    /// <summary>The same horizon the deadlines list highlights.</summary>
    public const int DueSoonDays = 7;
}

public sealed record Agenda(IReadOnlyList<AgendaItem> Items, IReadOnlyList<TaskView> Finished);

/// <summary>
/// A caseworker's day: the open tasks and the residence procedures' next deadlines in one list by date. "Mine" is
/// the tasks given to the caller and the procedures they follow; "team" is the whole centre's. Deadlines come from
/// <see cref="DeadlineQueries"/> as they are; nothing about them is editable here.
/// </summary>
public sealed class TaskAgenda(TaskService tasks, DeadlineQueries deadlines, CurrentUser me, TimeProvider clock)
{
    public async Task<Agenda> ForAsync(TaskListScope scope, CancellationToken ct)
    {
        var today = LegalCalendar.Today(clock);
        var work = await tasks.WorkListAsync(scope, null, ct);
        var procedures = me.Can(Permission.ProceduresRead)
            ? await deadlines.ProceduresAsync(scope == TaskListScope.Mine ? ProcedureListScope.Mine : ProcedureListScope.Team, ct)
            : [];
        var items = work.Open
            .Select(t => new AgendaItem(t.DueOn, Period.Between(today, LocalDate.FromDateOnly(t.DueOn), PeriodUnits.Days).Days, t, null))
            .Concat(procedures.Where(p => p.NextDeadlineOn is not null && p.NextDeadline is not null)
                .Select(p => new AgendaItem(p.NextDeadlineOn!.Value, p.DaysLeft ?? 0, null, p)))
            // On the same day the legal deadline comes first: it cannot be moved, a task can.
            .OrderBy(i => i.On).ThenBy(i => i.Task is null ? 0 : 1).ThenBy(i => i.Deadline?.CaseReference ?? i.Task?.Title, StringComparer.CurrentCulture)
            .ToList();
        return new Agenda(items, work.Finished);
    }
}
