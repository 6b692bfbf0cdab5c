using NodaTime;
using OpenNrm.Domain.Access;
using OpenNrm.Domain.Detection;
using OpenNrm.Domain.Referral;
using OpenNrm.Domain.Statistics;

namespace OpenNrm.Web.Features.Statistics;

/// <summary>
/// What the tables need to know of a person, as the detecting officer recorded it on one signal. No name, alias,
/// birth place or free text ever enters it.
/// </summary>
/// <param name="Nationality">The first nationality recorded (ISO 3166-1 alpha-2), or null.</param>
/// <param name="JudgedMinor">The officer recorded the person as a minor; used only when no age is known.</param>
/// <param name="Purposes">The suspected purposes of exploitation, in the order the officer recorded them.</param>
public sealed record PersonProfile(
    EurostatSex Sex,
    RecordedAge Age,
    bool JudgedMinor,
    string? Nationality,
    EurostatCitizenshipGroup Citizenship,
    IReadOnlyList<ExploitationPurpose> Purposes)
{
    /// <summary>A file opened without a signal: nothing of the person is known to the tables.</summary>
    public static PersonProfile Unknown { get; } =
        new(EurostatSex.Unknown, RecordedAge.Unknown, false, null, EurostatCitizenshipGroup.Unknown, []);
}

/// <summary>One person of one signal.</summary>
public sealed record SignalFact(Guid CaseId, Instant DetectedAt, LocalDate DetectedOn, string? JudicialDistrict, OrganisationKind? DetectingKind,
    PersonProfile Profile);

/// <summary>One referral that was not cancelled, with the detection it followed.</summary>
public sealed record ReferralFact(Guid CaseId, Instant SentAt, LocalDate SentOn, Instant? AcknowledgedAt, SpecialisedCentre Centre, Instant? DetectedAt);

/// <summary>One residence procedure, read through the domain's evaluation.</summary>
public sealed record ProcedureFact(Guid CaseId, SpecialisedCentre? Centre, ProcedureMilestones Milestones);

/// <summary>
/// One criminal case of the register: the judicial district of the office that holds it, its acts in order (the
/// opening first) and the files linked to it as victims, in the order they were linked.
/// </summary>
public sealed record ProceedingsFact(Guid Id, string? District, IReadOnlyList<Domain.Proceedings.ProceedingsEvent> History, IReadOnlyList<Guid> Victims);

/// <summary>
/// A period of support by a specialised centre (a support case), from its opening day to its closing day (null while
/// it runs); <paramref name="Centre"/> is null for a minors' structure or an organisation outside the three centres.
/// </summary>
public sealed record SupportFact(Guid CaseId, SpecialisedCentre? Centre, LocalDate OpenedOn, LocalDate? ClosedOn);

/// <summary>
/// Everything the statistics are computed from, read once. A person is a file: every fact carries its file, and
/// the person's profile and judicial district are those of the first signal of the file.
/// </summary>
public sealed class StatisticsFacts
{
    private readonly Dictionary<Guid, SignalFact> _firstSignal;

    public StatisticsFacts(IReadOnlyList<SignalFact> signals, IReadOnlyList<ReferralFact> referrals, IReadOnlyList<ProcedureFact> procedures,
        IReadOnlyList<ProceedingsFact> proceedings, IReadOnlyList<SupportFact>? support = null)
    {
        Support = support ?? [];
        Signals = signals;
        Referrals = referrals;
        Procedures = procedures;
        Proceedings = proceedings;
        _firstSignal = signals.GroupBy(s => s.CaseId).ToDictionary(g => g.Key, g => g.OrderBy(s => s.DetectedAt).First());
    }

    public IReadOnlyList<SignalFact> Signals { get; }

    public IReadOnlyList<ReferralFact> Referrals { get; }

    public IReadOnlyList<ProcedureFact> Procedures { get; }

    public IReadOnlyList<ProceedingsFact> Proceedings { get; }

    public IReadOnlyList<SupportFact> Support { get; }

    public PersonProfile ProfileOf(Guid caseId) => _firstSignal.TryGetValue(caseId, out var s) ? s.Profile : PersonProfile.Unknown;

    public string? DistrictOf(Guid caseId) => _firstSignal.GetValueOrDefault(caseId)?.JudicialDistrict;
}
