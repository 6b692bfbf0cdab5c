using NodaTime;

namespace OpenNrm.Domain.Residence;

/// <summary>
/// The entry point of the residence rules. Pure: the same history and date always give the same answer, so any
/// past date can be re-read and any "what if" simulated by passing a longer history.
/// </summary>
public static class ProcedureEvaluator
{
    /// <summary>The state on <paramref name="asOf"/>, from the events dated on or before it.</summary>
    public static ProcedureState Evaluate(IReadOnlyList<ProcedureEvent> events, LocalDate asOf)
    {
        ArgumentNullException.ThrowIfNull(events);
        var fold = ProcedureFold.Run(events, asOf);
        var facts = fold.Facts;

        return new ProcedureState(
            asOf,
            facts.Stage,
            facts.OpenedOn,
            facts.IsUnaccompaniedMinor,
            DocumentView.Of(facts, asOf),
            facts.Exit,
            [.. facts.Alternatives],
            ProtectionFlags.ReturnMeasuresBarred(facts),
            ProtectionFlags.StopProcedureMayApply(facts),
            DeadlineSchedule.For(facts, asOf),
            [.. Enum.GetValues<NextStepKind>().Select(step => new NextStep(
                step,
                StepCatalogue.ActorOf(step),
                StepCatalogue.ActorBasisOf(step, facts, asOf),
                StepCatalogue.DocumentOf(step, facts, asOf),
                StepRules.Check(step, facts, asOf),
                facts.IsPending ? ApplicationRules.PendingFor(step, facts) : null))],
            [.. fold.Rejected.Select(r => r.Rejection)],
            // An application still open when the procedure ended will never be decided: it is no longer pending.
            facts.IsPending
                ? [.. facts.PendingApplications.Select(a => new PendingApplication(a, Period.Between(a.Date, asOf, PeriodUnits.Days).Days))]
                : [],
            [.. facts.AnsweredApplications]);
    }

    /// <summary>
    /// Whether <paramref name="proposed"/> may be appended to the history: it must be lawful on its own date, and,
    /// if it is back-dated, it must not make any event already recorded after it unlawful.
    /// </summary>
    public static Decision Decide(IReadOnlyList<ProcedureEvent> events, ProcedureEvent proposed)
    {
        ArgumentNullException.ThrowIfNull(events);
        ArgumentNullException.ThrowIfNull(proposed);
        var before = ProcedureFold.Run(events, upTo: null);
        var after = ProcedureFold.Run([.. events, proposed], upTo: null);

        if (after.RejectionAt(events.Count) is { } own)
        {
            return new Decision(own.UnmetConditions);
        }

        return new Decision([.. after.Rejected
            .Where(r => r.Index < events.Count && before.RejectionAt(r.Index) is null)
            .Select(r => Invalidated(r.Rejection))]);
    }

    private static UnmetCondition Invalidated(RejectedEvent later)
    {
        var reason = later.UnmetConditions[0];
        return new UnmetCondition(
            ConditionCode.WouldInvalidateRecordedEvent,
            $"It would make the {later.Event.GetType().Name} of {Wording.Date(later.Event.Date)} unlawful: {reason.Explanation}",
            reason.Basis);
    }
}
