namespace OpenNrm.Domain.Residence;

/// <summary>
/// The four criteria the public prosecutor must confirm before an A-card (Immigration Act art. 61/4 §1); confirming
/// them is what "identification" of a victim means in Belgian law (art. 61/3 §2).
/// </summary>
public enum ProsecutorCriterion
{
    ProceedingsOngoing,
    ConsideredVictim,
    IntentionToCooperate,
    RelationsSevered,
}
