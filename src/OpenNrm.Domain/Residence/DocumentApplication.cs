namespace OpenNrm.Domain.Residence;

/// <summary>An application of the centre that no decision has answered yet, as seen on the evaluation date.</summary>
public sealed record PendingApplication(DocumentApplied Application, int DaysPending);

/// <summary>An application of the centre and the Immigration Office decision (issue, renewal or refusal) that answered it.</summary>
public sealed record AnsweredApplication(DocumentApplied Application, ProcedureEvent Decision);
