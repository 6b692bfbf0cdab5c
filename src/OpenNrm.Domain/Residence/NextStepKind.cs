namespace OpenNrm.Domain.Residence;

/// <summary>
/// Every step that can be recorded in the procedure; each maps to a guarded event. Each document decision of the
/// Immigration Office is preceded by the recognised centre's application for it, listed just before it.
/// </summary>
public enum NextStepKind
{
    OpenProcedure,
    ApplyForReflectionDocument,
    IssueReflectionDocument,
    ApplyForAttestationOfImmatriculation,
    IssueAttestationOfImmatriculation,
    ApplyToRenewAttestationOfImmatriculation,
    RenewAttestationOfImmatriculation,
    ConfirmVictimCriteria,
    AssessPublicOrder,
    ApplyForACard,
    IssueACard,
    ApplyToRenewACard,
    RenewACard,
    ApplyForBCard,
    IssueBCard,
    RefuseDocument,
    WithdrawDocument,
    WithdrawProcedure,
    RecordVoluntaryReturn,
}
