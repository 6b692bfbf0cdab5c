using NodaTime;

namespace OpenNrm.Domain.Assistance;

/// <summary>
/// How a support-plan action is created and moves on. A done action cannot be re-opened and a cancelled one cannot
/// be resumed: the plan is the record of what the centre really did, so a new need is a new action.
/// </summary>
public static class PlanActionRules
{
    private static readonly Dictionary<PlanActionStatus, PlanActionStatus[]> Allowed = new()
    {
        [PlanActionStatus.Planned] = [PlanActionStatus.InProgress, PlanActionStatus.Done, PlanActionStatus.Cancelled],
        [PlanActionStatus.InProgress] = [PlanActionStatus.Done, PlanActionStatus.Cancelled],
        [PlanActionStatus.Done] = [],
        [PlanActionStatus.Cancelled] = [],
    };

    /// <summary>The transition table, as data, so that it can be shown and tested whole.</summary>
    public static bool IsAllowed(PlanActionStatus from, PlanActionStatus to) => Allowed[from].Contains(to);

    public static AssistanceOutcome<PlanAction> Plan(AssistanceType type, string provider, LocalDate start, LocalDate? end)
    {
        if (string.IsNullOrWhiteSpace(provider))
        {
            return Refuse(AssistanceRefusalCode.ProviderMissing, "Name who provides the action, so the victim and the caseworker know whom to turn to.");
        }

        if (end < start)
        {
            return EndBeforeStart(start, end.Value);
        }

        return new(new PlanAction(type, provider.Trim(), start, end, PlanActionStatus.Planned));
    }

    /// <summary>Moves the dates of an open action; a done or cancelled action is history and keeps its dates.</summary>
    public static AssistanceOutcome<PlanAction> Reschedule(PlanAction action, LocalDate start, LocalDate? end)
    {
        ArgumentNullException.ThrowIfNull(action);
        if (action.Status is PlanActionStatus.Done or PlanActionStatus.Cancelled)
        {
            return Refuse(AssistanceRefusalCode.ClosedActionCannotBeRescheduled,
                $"The action is {Wording.Of(action.Status)}: its dates are the record of what happened. Plan a new action instead.");
        }

        if (end < start)
        {
            return EndBeforeStart(start, end.Value);
        }

        return new(action with { Start = start, End = end });
    }

    /// <summary>
    /// Moves the action to <paramref name="to"/> on <paramref name="on"/>. Starting sets the actual start; finishing
    /// sets the actual end; cancelling before the start leaves no end, because the action never ran.
    /// </summary>
    public static AssistanceOutcome<PlanAction> Move(PlanAction action, PlanActionStatus to, LocalDate on)
    {
        ArgumentNullException.ThrowIfNull(action);
        if (!IsAllowed(action.Status, to))
        {
            return NotAllowed(action.Status, to);
        }

        return to switch
        {
            PlanActionStatus.InProgress => action.End < on
                ? EndBeforeStart(on, action.End.Value)
                : new(action with { Start = on, Status = to }),
            PlanActionStatus.Done => on < action.Start
                ? EndBeforeStart(action.Start, on)
                : new(action with { End = on, Status = to }),
            PlanActionStatus.Cancelled => new(action with { End = on < action.Start ? null : on, Status = to }),
            PlanActionStatus.Planned => NotAllowed(action.Status, to),
        };
    }

    private static AssistanceOutcome<PlanAction> NotAllowed(PlanActionStatus from, PlanActionStatus to)
    {
        if (from == to)
        {
            return Refuse(AssistanceRefusalCode.AlreadyInStatus, $"The action is already {Wording.Of(from)}.");
        }

        return from switch
        {
            PlanActionStatus.Done => Refuse(AssistanceRefusalCode.DoneCannotBeReopened,
                "A done action cannot be re-opened: the plan records what was done. Plan a new action for a new need."),
            PlanActionStatus.Cancelled => Refuse(AssistanceRefusalCode.CancelledCannotBeResumed,
                "A cancelled action cannot be resumed: plan a new action, so the plan shows that the first one did not take place."),
            PlanActionStatus.InProgress or PlanActionStatus.Planned => Refuse(AssistanceRefusalCode.BackToPlannedNotAllowed,
                $"An action {Wording.Of(from)} cannot become {Wording.Of(to)}: once started, it is finished or cancelled."),
        };
    }

    private static AssistanceOutcome<PlanAction> EndBeforeStart(LocalDate start, LocalDate end) =>
        Refuse(AssistanceRefusalCode.EndBeforeStart,
            $"The end ({Wording.Date(end)}) would be before the start ({Wording.Date(start)}).");

    private static AssistanceOutcome<PlanAction> Refuse(AssistanceRefusalCode code, string explanation) =>
        new(new AssistanceRefusal(code, explanation, AssistanceArticles.SupportPlan));
}
