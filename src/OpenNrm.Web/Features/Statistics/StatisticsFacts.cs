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
public sealed record ReferralFact(Guid CaseId, Instant SentAt, LocalDate SentOn, Instant? AcknowledgedAt, SpecialisedCentre Centre, Instant? DetectedAt)
{
    /// <summary>The Belgian calendar year of the acknowledgement, converted once rather than in every year's selection.</summary>
    public int? AcknowledgedYear { get; } = AcknowledgedAt is { } at ? StatisticsSource.DateOf(at).Year : null;
}

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
    private readonly Lazy<ILookup<int, SignalFact>> _signalsByYear;
    private readonly Lazy<ILookup<int, ReferralFact>> _referralsByYear;
    private readonly Lazy<ILookup<int, ReferralFact>> _acknowledgedByYear;
    private readonly Dictionary<ProcedureMilestone, Lazy<ILookup<int, ProcedureFact>>> _proceduresByYear;
    private readonly Lazy<ILookup<int, (ProcedureFact Procedure, DocumentEvent Document)>> _documentsByYear;

    public StatisticsFacts(IReadOnlyList<SignalFact> signals, IReadOnlyList<ReferralFact> referrals, IReadOnlyList<ProcedureFact> procedures,
        IReadOnlyList<ProceedingsFact> proceedings, IReadOnlyList<SupportFact>? support = null)
    {
        Support = support ?? [];
        Signals = signals;
        Referrals = referrals;
        Procedures = procedures;
        Proceedings = proceedings;
        // Each year's selections read their year's rows only: five years of a report, or a district's view, would
        // otherwise walk a million facts once for every indicator (the list order is kept within each year).
        _signalsByYear = new(() => signals.ToLookup(s => s.DetectedOn.Year));
        _referralsByYear = new(() => referrals.ToLookup(r => r.SentOn.Year));
        _acknowledgedByYear = new(() => referrals.Where(r => r.AcknowledgedYear is not null).ToLookup(r => r.AcknowledgedYear!.Value));
        _proceduresByYear = Enum.GetValues<ProcedureMilestone>().ToDictionary(m => m, m => new Lazy<ILookup<int, ProcedureFact>>(() =>
            procedures.Where(p => m.DateIn(p.Milestones) is not null).ToLookup(p => m.DateIn(p.Milestones)!.Value.Year)));
        _documentsByYear = new(() => procedures.SelectMany(p => p.Milestones.Documents.Select(d => (p, d))).ToLookup(x => x.d.On.Year));

        // One pass over a million signals: the earliest of each file, the first read on a tie (as a stable sort keeps it).
        _firstSignal = new Dictionary<Guid, SignalFact>(signals.Count);
        foreach (var signal in signals)
        {
            if (!_firstSignal.TryGetValue(signal.CaseId, out var first) || signal.DetectedAt < first.DetectedAt)
            {
                _firstSignal[signal.CaseId] = signal;
            }
        }
    }

    /// <summary>
    /// Builds every year's index at once, side by side. Left to the first year that asks, they were built one after
    /// the other while the other year's thread waited on them (in a warm report of a million persons, the first two
    /// years computed took 1.25 to 1.50 s each, the later ones 0.46 to 1.26 s).
    /// </summary>
    public void IndexYears() => Parallel.Invoke(
    [
        () => _ = _signalsByYear.Value,
        () => _ = _referralsByYear.Value,
        () => _ = _acknowledgedByYear.Value,
        () => _ = _documentsByYear.Value,
        .. _proceduresByYear.Values.Select(lookup => (Action)(() => _ = lookup.Value)),
    ]);

    public IReadOnlyList<SignalFact> Signals { get; }

    public IReadOnlyList<ReferralFact> Referrals { get; }

    /// <summary>
    /// The first year whose referrals were read (null: all of them). The annual report reads only its five years:
    /// before them, referrals were two in five of the rows it read and counted in none of its tables.
    /// </summary>
    public int? ReferralsFrom { get; init; }

    public IReadOnlyList<ProcedureFact> Procedures { get; }

    public IReadOnlyList<ProceedingsFact> Proceedings { get; }

    public IReadOnlyList<SupportFact> Support { get; }

    /// <summary>The persons of signals detected in <paramref name="year"/>, in the order of <see cref="Signals"/>.</summary>
    public IEnumerable<SignalFact> SignalsIn(int year) => _signalsByYear.Value[year];

    /// <summary>The referrals sent in <paramref name="year"/>.</summary>
    public IEnumerable<ReferralFact> ReferralsSentIn(int year) => _referralsByYear.Value[ReadYear(year)];

    /// <summary>The referrals acknowledged in <paramref name="year"/>.</summary>
    public IEnumerable<ReferralFact> ReferralsAcknowledgedIn(int year) => _acknowledgedByYear.Value[ReadYear(year)];

    /// <summary>A year whose referrals were not read would count none: a mistake of the caller, never a zero.</summary>
    private int ReadYear(int year) => year >= (ReferralsFrom ?? int.MinValue)
        ? year
        : throw new ArgumentOutOfRangeException(nameof(year), year, $"The referrals were read from {ReferralsFrom} only.");

    /// <summary>The procedures that reached <paramref name="milestone"/> in <paramref name="year"/>.</summary>
    public IEnumerable<ProcedureFact> ProceduresReaching(ProcedureMilestone milestone, int year) => _proceduresByYear[milestone].Value[year];

    /// <summary>The documents issued or renewed in <paramref name="year"/>, each with its procedure.</summary>
    public IEnumerable<(ProcedureFact Procedure, DocumentEvent Document)> DocumentsIn(int year) => _documentsByYear.Value[year];

    /// <summary>The file's profile and judicial district, from its first signal (unknown without one), in one look-up.</summary>
    public (PersonProfile Profile, string? District) PersonOf(Guid caseId) =>
        _firstSignal.TryGetValue(caseId, out var s) ? (s.Profile, s.JudicialDistrict) : (PersonProfile.Unknown, null);

    public PersonProfile ProfileOf(Guid caseId) => PersonOf(caseId).Profile;

    public string? DistrictOf(Guid caseId) => PersonOf(caseId).District;
}
