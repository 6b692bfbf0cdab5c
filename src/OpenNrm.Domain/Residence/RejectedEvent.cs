namespace OpenNrm.Domain.Residence;

/// <summary>
/// A recorded event the rules in force on its date did not allow. It is left out of the state, so the state is
/// always a lawful reading of the history; listing it makes the inconsistency visible instead of hiding it.
/// </summary>
public sealed record RejectedEvent(ProcedureEvent Event, IReadOnlyList<UnmetCondition> UnmetConditions);
