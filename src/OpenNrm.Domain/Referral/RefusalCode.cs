namespace OpenNrm.Domain.Referral;

/// <summary>Stable codes of refusals, so the application can translate them and tests can pin them.</summary>
public enum RefusalCode
{
    OverrideReasonMissing,
    OverrideReasonTooShort,
    MinorsStructureRequiredForMinor,
    MinorsStructureOnlyForMinor,
    ActionBeforePreviousAction,
    ReferralCancelled,
    IntakeAlreadyDone,
    AlreadyAcknowledged,
    NotYetAcknowledged,
    IntakeBeforeAcknowledgement,
    ProcedureOnlyForThirdCountryNationals,
    TransferTargetMissing,
    TransferToSameCentre,
    TransferTargetWithoutTransfer,
    CancellationReasonMissing,
}
