using NodaTime;

namespace OpenNrm.Domain.Residence;

/// <summary>
/// The legal reading of a procedure's history on one date. <see cref="Document"/> is the latest document, whatever
/// its status; <see cref="NextSteps"/> lists every step, allowed or not. <see cref="PendingApplications"/> are the
/// centre's applications still waiting for a decision (none once the procedure is over);
/// <see cref="AnsweredApplications"/> link each answered application to its decision.
/// </summary>
public sealed record ProcedureState(
    LocalDate AsOf,
    ProcedureStage Stage,
    LocalDate? OpenedOn,
    bool IsUnaccompaniedMinor,
    ResidenceDocument? Document,
    ProcedureExit? Exit,
    IReadOnlyList<RecordedAlternative> Alternatives,
    bool ReturnMeasuresBarred,
    bool HumanitarianStopProcedureMayApply,
    IReadOnlyList<Deadline> Deadlines,
    IReadOnlyList<NextStep> NextSteps,
    IReadOnlyList<RejectedEvent> RejectedEvents,
    IReadOnlyList<PendingApplication> PendingApplications,
    IReadOnlyList<AnsweredApplication> AnsweredApplications)
{
    public NextStep Step(NextStepKind kind) => NextSteps.Single(s => s.Kind == kind);
}
