namespace OpenNrm.Domain.Residence;

/// <summary>Every decision that can be recorded in the procedure; each maps to a guarded event.</summary>
public enum NextStepKind
{
    OpenProcedure,
    IssueReflectionDocument,
    IssueAttestationOfImmatriculation,
    RenewAttestationOfImmatriculation,
    ConfirmVictimCriteria,
    AssessPublicOrder,
    IssueACard,
    RenewACard,
    IssueBCard,
    RefuseDocument,
    WithdrawDocument,
    WithdrawProcedure,
    RecordVoluntaryReturn,
}
