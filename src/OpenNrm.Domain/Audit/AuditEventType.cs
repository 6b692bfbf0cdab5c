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

    CaseViewed = 3000,
    ProcedureViewed = 3001,
    ProtectionChecked = 3002,
    SignalViewed = 3003,
    ReferralViewed = 3004,
    AuditLogViewed = 3900,

    CaseCreated = 4000,
    ProcedureOpened = 4100,
    ProcedureEventRecorded = 4101,
    SignalRecorded = 4200,
    SignalDutyDone = 4201,
    ReferralSent = 4300,
    ReferralAcknowledged = 4301,
    ReferralIntakeScheduled = 4302,
    ReferralIntakeRecorded = 4303,
    ReferralCancelled = 4304,

    ExportCreated = 5000,

    ApiTokenCreated = 6000,
    ApiTokenRevoked = 6001,
    ApiTokenUsed = 6002,

    DemoDataSeeded = 9000,
    BackupCreated = 9001,
    SyntheticDataGenerated = 9002,
}
