namespace OpenNrm.Domain.Audit;

/// <summary>
/// The numbered catalogue of audited events. Numbers are stored and never reused: add new ones at the end
/// of their block. Blocks: 1xxx accounts, 2xxx administration, 3xxx sensitive reads, 4xxx case changes,
/// 5xxx exports, 6xxx tokens, 9xxx system.
/// </summary>
public enum AuditEventType
{
    LoginSucceeded = 1000,
    LoginFailed = 1001,
    LoginLockedOut = 1002,
    SecondFactorFailed = 1003,
    SecondFactorEnrolled = 1004,
    RecoveryCodeUsed = 1005,
    Logout = 1006,
    PasswordResetRequested = 1007,
    SessionEnded = 1008,

    UserCreated = 2000,
    UserUpdated = 2001,
    UserDisabled = 2002,
    UserEnabled = 2003,
    UserPasswordReset = 2004,
    UserSecondFactorReset = 2005,
    OrganisationCreated = 2100,
    OrganisationUpdated = 2101,
    LeafletChanged = 2200,
    IndicatorListImported = 2300,
    IndicatorListActivated = 2301,

    CaseViewed = 3000,
    ProcedureViewed = 3001,
    ProtectionChecked = 3002,
    SignalViewed = 3003,
    ReferralViewed = 3004,
    DuplicatesViewed = 3005,
    SupportCaseViewed = 3020,
    SupportNotesViewed = 3021,
    SupportCareNotesViewed = 3022,
    ShelterAddressRevealed = 3023,
    ShelterAddressRevealFailed = 3024,
    ProceedingsViewed = 3010,
    CaseProceedingsViewed = 3011,
    CaseLawViewed = 3012,
    StatisticsViewed = 3040,
    StatisticsReportViewed = 3041,
    AuditLogViewed = 3900,

    CaseCreated = 4000,
    CaseMerged = 4010,
    CaseMergeUndone = 4011,
    ProcedureOpened = 4100,
    ProcedureEventRecorded = 4101,
    SignalRecorded = 4200,
    SignalDutyDone = 4201,
    ReferralSent = 4300,
    ReferralAcknowledged = 4301,
    ReferralIntakeScheduled = 4302,
    ReferralIntakeRecorded = 4303,
    ReferralCancelled = 4304,
    SupportCaseOpened = 4500,
    SupportActionPlanned = 4501,
    SupportActionMoved = 4502,
    SupportGoalSet = 4503,
    SupportGoalReviewed = 4504,
    SupportNoteWritten = 4505,
    SupportConsentGiven = 4506,
    SupportConsentRevoked = 4507,
    SupportLawyerAppointed = 4508,
    ShelterCreated = 4509,
    ShelterStayAdmitted = 4510,
    ShelterStayEnded = 4511,
    SupportCaseClosed = 4512,
    SupportCaseTransferred = 4513,
    ProceedingsOpened = 4400,
    ProceedingsEventRecorded = 4401,
    ProceedingsMagistrateAssigned = 4402,
    ProceedingsVictimLinked = 4403,
    ProceedingsVictimLinkChanged = 4404,
    LegalHoldPlaced = 4620,
    LegalHoldLifted = 4621,

    /// <summary>One file's personal data past its retention period erased; details carry counts per record class, never content.</summary>
    RetentionRecordsErased = 4622,

    ExportCreated = 5000,
    StatisticsEurostatExported = 5001,
    StatisticsKeyFiguresExported = 5002,
    StatisticsReportExported = 5003,

    /// <summary>Everything held on one person, for the data-protection officer, with the request's reference as purpose.</summary>
    SubjectAccessExported = 5120,

    ApiTokenCreated = 6000,
    ApiTokenRevoked = 6001,
    ApiTokenUsed = 6002,

    DemoDataSeeded = 9000,
    BackupCreated = 9001,
    SyntheticDataGenerated = 9002,

    /// <summary>A purge pass (or its dry run): counts of files erased, held and due, per record class.</summary>
    RetentionPurgeRun = 9100,
}
