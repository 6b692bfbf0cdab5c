namespace OpenNrm.Domain.Residence;

/// <summary>Stable codes of unmet conditions, so the application can translate them and tests can pin them.</summary>
public enum ConditionCode
{
    NotThirdCountryNational,
    ProcedureAlreadyOpened,
    ProcedureNotOpened,
    ProcedureEnded,
    PermanentResidenceGranted,
    DocumentAlreadyIssued,
    DocumentTypeNotApplicable,
    DocumentNotHeld,
    DocumentNotRenewable,
    NoComplaintOrStatements,
    SupportNotAccepted,
    AttestationAlreadyIssued,
    RenewalLimitReached,
    AttestationNotYetIssued,
    ACardAlreadyIssued,
    ProceedingsEnded,
    ProsecutorHasNotConfirmedProceedingsOngoing,
    ProsecutorHasNotConfirmedVictim,
    ProsecutorHasNotConfirmedIntentionToCooperate,
    ProsecutorHasNotConfirmedRelationsSevered,
    ContactWithTraffickersResumed,
    PublicOrderNotAssessed,
    PublicOrderThreat,
    ACardNotYetIssued,
    NoConvictionOrTraffickingCharges,
    IdentityNotProven,
    NotUnaccompaniedMinor,
    WouldInvalidateRecordedEvent,
}
