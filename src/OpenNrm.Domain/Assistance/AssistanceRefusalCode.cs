namespace OpenNrm.Domain.Assistance;

/// <summary>Stable codes of refusals, so the application can translate them and tests can pin them.</summary>
public enum AssistanceRefusalCode
{
    ProviderMissing,
    EndBeforeStart,
    AlreadyInStatus,
    DoneCannotBeReopened,
    CancelledCannotBeResumed,
    BackToPlannedNotAllowed,
    ClosedActionCannotBeRescheduled,
    ClosureBeforeStart,
    ClosureExplanationMissing,
    ConsentNeverGiven,
    ConsentRevoked,
    ConsentExpired,
    ConsentSupersededByRevokedVersion,
    HealthDataNotCovered,
    ConsentVersionNotPositive,
    ExpiryNotAfterConsent,
    RevocationBeforeConsent,
    ConsentAlreadyRevoked,
    ReintegrationEndsBeforeReturn,
    ReintegrationLongerThanOneYear,
    StayEndsBeforeItStarts,
    ShelterFull,
    MinorsStructureRequiredForMinor,
    MinorsStructureOnlyForMinors,
}
