using OpenNrm.Domain.Access;
using OpenNrm.Domain.Assistance;
using OpenNrm.Domain.Audit;
using OpenNrm.Domain.Detection;
using OpenNrm.Domain.Proceedings;
using OpenNrm.Domain.Referral;
using OpenNrm.Domain.Residence;
using OpenNrm.Web.Features.Assistance;
using OpenNrm.Web.Features.Residence;

namespace OpenNrm.Web.Features.Retention;

/// <summary>
/// Everything OpenNRM holds on one person, for the data-protection officer to answer a request for access (GDPR
/// art. 15): the person's files (the one asked for and those linked to it as the same person), what each actor
/// recorded, who holds or received the data, how long each kind is kept, the holds and erasures, and every
/// consultation of the file. Enum values and dates are as the API gives them; the page puts them into words.
/// </summary>
public sealed record SubjectAccessDocument(
    string RequestReference,
    DateOnly ReceivedOn,
    DateOnly AnswerDueOn,
    DateTimeOffset ProducedAt,
    IReadOnlyList<SubjectFile> Files,
    IReadOnlyList<RecipientLine> Recipients,
    IReadOnlyList<RetentionLine> Retention,
    IReadOnlyList<HoldLine> Holds,
    IReadOnlyList<ErasureLine> Erasures,
    IReadOnlyList<AccessLine> Accesses,
    IReadOnlyList<string> Bases);

/// <param name="LinkedAsSamePerson">False for the file asked for; true for a file linked to it by a same-person decision in force.</param>
public sealed record SubjectFile(
    string Reference,
    bool LinkedAsSamePerson,
    string PersonName,
    DateTimeOffset OpenedAt,
    string OpenedBy,
    IReadOnlyList<SignalEntry> Signals,
    IReadOnlyList<ReferralEntry> Referrals,
    ProcedureEntry? Procedure,
    IReadOnlyList<SupportEntry> Support,
    IReadOnlyList<ProceedingsEntry> Proceedings);

public sealed record SignalEntry(
    DateTimeOffset DetectedAt,
    string DetectedBy,
    DetectionContext Context,
    string Municipality,
    string? PostalCode,
    string? JudicialDistrict,
    string Circumstances,
    string Aliases,
    HtcdsGender Gender,
    DateOnly? BirthDate,
    int? EstimatedAge,
    string Nationalities,
    string Languages,
    bool IsMinor,
    bool IsUnaccompanied,
    string SuspectedExploitation,
    string IndicatorCodes,
    IReadOnlyList<DutyEntry> Duties);

public sealed record DutyEntry(LegalDutyKind Kind, string Basis, DateTimeOffset? DoneAt);

public sealed record ReferralEntry(string Centre, ReferralStatus Status, DateTimeOffset SentAt, string SentBy, DateTimeOffset? AcknowledgedAt,
    DateTimeOffset? IntakeDoneAt, IntakeOutcome? IntakeOutcome, string? OverrideReason, string? CancellationReason);

public sealed record ProcedureEntry(string Centre, DateOnly OpenedOn, bool IsThirdCountryNational, bool IsUnaccompaniedMinor, ProcedureStage Stage,
    IReadOnlyList<ProcedureEventEntry> Events);

/// <param name="Detail">The event's own fields (document type, criterion, reason...), as recorded.</param>
public sealed record ProcedureEventEntry(DateOnly Date, ProcedureEventKind Kind, string? Detail, string RecordedBy);

public sealed record SupportEntry(
    string Centre,
    DateOnly OpenedOn,
    DateOnly? ClosedOn,
    ClosureReason? ClosureReason,
    string? ClosureExplanation,
    DateOnly? LawyerAppointedOn,
    IReadOnlyList<PlanEntry> Plan,
    IReadOnlyList<GoalEntry> Goals,
    IReadOnlyList<NoteEntry> Notes,
    IReadOnlyList<ConsentEntryLine> Consents,
    IReadOnlyList<StayEntry> Stays,
    ServicesEntry Services);

/// <summary>
/// The services around the plan: documents kept (listed, not attached: the person asks for copies separately, and a
/// copy is a download the centre audits), interpreters, subsistence, voluntary return, and every disclosure made
/// under a consent (GDPR art. 15(1)(c): the recipients to whom the data were disclosed).
/// </summary>
public sealed record ServicesEntry(
    IReadOnlyList<DocumentLine> Documents,
    IReadOnlyList<InterpretationLine> Interpretations,
    IReadOnlyList<SubsistenceLine> Subsistence,
    IReadOnlyList<ReturnLine> Returns,
    IReadOnlyList<DisclosureLine> Disclosures);

public sealed record DocumentLine(AttachmentType Type, string FileName, AttachmentKind Kind, long Length, DateTimeOffset UploadedAt);

public sealed record InterpretationLine(string Language, DateOnly On, string Provider, InterpretationStatus Status);

public sealed record SubsistenceLine(string Pcsw, DateOnly ReferredOn, SubsistenceStatus Status, DateOnly? DecidedOn, string? RefusalReason);

public sealed record ReturnLine(ReintegrationPartner Partner, DateOnly ReferredOn, VoluntaryReturnStatus Status, DateOnly? ReturnOn, DateOnly? PlanEndsOn);

public sealed record DisclosureLine(ConsentPurpose Purpose, string Recipient, DateTimeOffset DisclosedAt, int ConsentVersion);

public sealed record PlanEntry(AssistanceType Type, string Provider, DateOnly Start, DateOnly? End, PlanActionStatus Status);

public sealed record GoalEntry(GoalArea Area, string Description, DateOnly SetOn, DateOnly? ClosedOn, GoalReviewDecision? Outcome, IReadOnlyList<DateOnly> ReviewedOn);

/// <param name="Sensitivity">General or Care: care notes are included, since the person is entitled to their health data too.</param>
public sealed record NoteEntry(DateTimeOffset WrittenAt, NoteSensitivity Sensitivity, string Text);

public sealed record ConsentEntryLine(ConsentPurpose Purpose, int Version, DateTimeOffset GivenAt, DateTimeOffset? ExpiresAt, DateTimeOffset? RevokedAt, bool CoversHealthData);

/// <summary>The shelter is named; its address is left out (GDPR art. 15(4): it is every resident's secret).</summary>
public sealed record StayEntry(string Shelter, DateOnly Start, DateOnly? End);

public sealed record ProceedingsEntry(string Office, string NoticeNumber, DateOnly OpenedOn, VictimRoles Roles, long ClaimedCents, long AwardedCents, long PaidCents);

/// <summary>An organisation that holds or received the data, since when.</summary>
public sealed record RecipientLine(string Organisation, OrganisationKind? Kind, DateTimeOffset Since);

public sealed record RetentionLine(RecordClass RecordClass, string Period, string Basis);

public sealed record HoldLine(string FileReference, DateOnly PlacedOn, DateOnly? LiftedOn, string Reason);

public sealed record ErasureLine(string FileReference, RecordClass RecordClass, DateOnly ErasedOn, int Records);

/// <summary>A consultation or change of the file: when, what, which organisation, with the purpose stated. No staff member is named.</summary>
public sealed record AccessLine(DateTimeOffset At, AuditEventType Event, string? Organisation, string? Purpose);
