using NodaTime;
using OpenNrm.Domain.Detection;
using OpenNrm.Web.Data;

namespace OpenNrm.Web.Features.Detection;

/// <summary>
/// What a frontline service saw: when, where, in which context, and about whom. Each person gets a file of their
/// own (the file every later step hangs on) and the legal duties the law gives the detecting service.
/// </summary>
public sealed class Signal : IVersioned
{
    private readonly List<SignalPerson> _persons = [];

    private Signal()
    {
        Municipality = Circumstances = string.Empty;
    }

    public Signal(Guid id, DateTimeOffset detectedAt, string municipality, DetectionContext context, Guid organisationId, Guid officerId,
        string circumstances, DateTimeOffset createdAt)
    {
        Id = id;
        DetectedAt = detectedAt;
        Municipality = municipality;
        Context = context;
        DetectingOrganisationId = organisationId;
        OfficerId = officerId;
        Circumstances = circumstances;
        CreatedAt = createdAt;
    }

    public Guid Id { get; private set; }

    public DateTimeOffset DetectedAt { get; private set; }

    public string? PostalCode { get; private set; }

    /// <summary>Follows from the postal code; the competent prosecutor's office sits in this district.</summary>
    public string? JudicialDistrict { get; private set; }

    public void Place(Domain.Geography.Place? place)
    {
        PostalCode = place?.PostalCode;
        JudicialDistrict = place?.JudicialDistrict;
    }

    public string Municipality { get; private set; }

    public DetectionContext Context { get; private set; }

    public Guid DetectingOrganisationId { get; private set; }

    public Guid OfficerId { get; private set; }

    /// <summary>Free text, encrypted at rest.</summary>
    public string Circumstances { get; private set; }

    public DateTimeOffset CreatedAt { get; private set; }

    public int Version { get; private set; }

    public IReadOnlyList<SignalPerson> Persons => _persons;

    public void Add(SignalPerson person) => _persons.Add(person);

    /// <summary>Persons in the order the officer entered them.</summary>
    public IEnumerable<SignalPerson> PersonsInOrder => _persons.OrderBy(p => p.Position);

    public void BumpVersion() => Version++;
}

public sealed class SignalPerson
{
    private readonly List<SignalDuty> _duties = [];

    private SignalPerson()
    {
        Aliases = Nationalities = Languages = SuspectedExploitation = IndicatorCodes = string.Empty;
    }

    public SignalPerson(Guid id, Guid signalId, int position, Guid caseId, string aliases, HtcdsGender gender, LocalDate? birthDate, int? estimatedAge,
        string nationalities, string languages, bool isMinor, bool isUnaccompanied, CitizenshipGroup citizenship, string suspectedExploitation,
        string? indicatorListId, string indicatorCodes, bool indicationsPresent, string? indicatorListVersion = null)
    {
        Id = id;
        SignalId = signalId;
        Position = position;
        CaseId = caseId;
        Aliases = aliases;
        Gender = gender;
        BirthDate = birthDate;
        EstimatedAge = estimatedAge;
        Nationalities = nationalities;
        Languages = languages;
        IsMinor = isMinor;
        IsUnaccompanied = isUnaccompanied;
        Citizenship = citizenship;
        SuspectedExploitation = suspectedExploitation;
        IndicatorListId = indicatorListId;
        IndicatorListVersion = indicatorListVersion;
        IndicatorCodes = indicatorCodes;
        IndicationsPresent = indicationsPresent;
    }

    public Guid Id { get; private set; }

    public Guid SignalId { get; private set; }

    public int Position { get; private set; }

    /// <summary>The person's file; their name is kept there, encrypted, with its keyed hash.</summary>
    public Guid CaseId { get; private set; }

    /// <summary>Other names used, encrypted at rest.</summary>
    public string Aliases { get; private set; }

    public HtcdsGender Gender { get; private set; }

    public LocalDate? BirthDate { get; private set; }

    public int? EstimatedAge { get; private set; }

    /// <summary>ISO 3166-1 alpha-2 codes, comma separated.</summary>
    public string Nationalities { get; private set; }

    /// <summary>ISO 639-1 codes, comma separated.</summary>
    public string Languages { get; private set; }

    public bool IsMinor { get; private set; }

    public bool IsUnaccompanied { get; private set; }

    public CitizenshipGroup Citizenship { get; private set; }

    /// <summary><see cref="ExploitationPurpose"/> names, comma separated.</summary>
    public string SuspectedExploitation { get; private set; }

    public string? IndicatorListId { get; private set; }

    /// <summary>
    /// The version of the list the codes were ticked on: an imported list can be replaced by a newer version, and the
    /// result must stay explainable from the items actually shown. Null on signals recorded before versions were kept
    /// (the shipped lists have one version each).
    /// </summary>
    public string? IndicatorListVersion { get; private set; }

    public string IndicatorCodes { get; private set; }

    public bool IndicationsPresent { get; private set; }

    public IReadOnlyList<SignalDuty> Duties => _duties;

    public void Add(SignalDuty duty) => _duties.Add(duty);
}

/// <summary>One legal duty of the detecting service towards one person, and when and by whom it was carried out.</summary>
public sealed class SignalDuty
{
    private SignalDuty()
    {
        Basis = string.Empty;
    }

    public SignalDuty(Guid id, Guid personId, LegalDutyKind kind, string basis)
    {
        Id = id;
        SignalPersonId = personId;
        Kind = kind;
        Basis = basis;
    }

    public Guid Id { get; private set; }

    public Guid SignalPersonId { get; private set; }

    public LegalDutyKind Kind { get; private set; }

    public string Basis { get; private set; }

    public DateTimeOffset? DoneAt { get; private set; }

    public Guid? DoneBy { get; private set; }

    public bool MarkDone(Guid userId, DateTimeOffset at)
    {
        if (DoneAt is not null)
        {
            return false;
        }

        DoneAt = at;
        DoneBy = userId;
        return true;
    }
}
