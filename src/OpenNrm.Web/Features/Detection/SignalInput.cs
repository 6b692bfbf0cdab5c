using OpenNrm.Domain.Detection;

namespace OpenNrm.Web.Features.Detection;

/// <summary>The postal code, when given, places the detection: region (which centre is nearest) and judicial district.</summary>
public sealed record SignalInput(DateTimeOffset? DetectedAt, string? Municipality, DetectionContext? Context, string? Circumstances, List<SignalPersonInput>? Persons,
    string? PostalCode = null);

public sealed record SignalPersonInput(
    string? Name,
    string? Aliases,
    HtcdsGender? Gender,
    DateOnly? BirthDate,
    int? EstimatedAge,
    List<string>? Nationalities,
    List<string>? Languages,
    bool? Minor,
    bool? Unaccompanied,
    List<ExploitationPurpose>? SuspectedExploitation,
    string? IndicatorListId,
    List<string>? Indicators);

public sealed record DutyStatusView(Guid Id, LegalDutyKind Kind, string Basis, DateTimeOffset? DoneAt, Guid? DoneBy);

public sealed record SignalPersonView(Guid Id, Guid CaseId, string Reference, CitizenshipGroup Citizenship, bool IsMinor, bool IsUnaccompanied,
    string? IndicatorListId, bool IndicationsPresent, IReadOnlyList<DutyStatusView> Duties, string? IndicatorListVersion = null);

public sealed record SignalView(Guid Id, DateTimeOffset DetectedAt, string Municipality, DetectionContext Context, Guid DetectingOrganisationId,
    IReadOnlyList<SignalPersonView> Persons, string? PostalCode = null, string? JudicialDistrict = null);
