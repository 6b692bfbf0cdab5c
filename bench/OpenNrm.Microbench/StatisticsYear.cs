using BenchmarkDotNet.Attributes;
using NodaTime;
using OpenNrm.Domain.Access;
using OpenNrm.Domain.Detection;
using OpenNrm.Domain.Referral;
using OpenNrm.Domain.Residence;
using OpenNrm.Domain.Statistics;
using OpenNrm.Web.Features.Statistics;

namespace OpenNrm.Microbench;

/// <summary>
/// The in-memory half of the annual statistics: one year's figures (every indicator's tables, the path, the
/// durations, each through disclosure control) from facts already read, at 100,000 persons over five years. The
/// floor is the hand-written grouping a database would do for one table: distinct files of the year by sex and age.
/// The facts' per-year indexes are built once, before the first pass, as the report builds them before its years.
/// </summary>
[MemoryDiagnoser]
public class StatisticsYear
{
    private static readonly string[] Nationalities = ["RO", "BG", "NG", "MA", "BE", "AL", "CN", "VN", "IN", "ER", "FR", "PL"];
    private static readonly string[] Districts = ["Brussels", "Antwerp", "Liège", "Ghent", "Hainaut", "Leuven"];
    private static readonly ExploitationPurpose[][] Purposes =
        [[ExploitationPurpose.SexualExploitation], [ExploitationPurpose.LabourExploitation], [ExploitationPurpose.Begging], [ExploitationPurpose.LabourExploitation, ExploitationPurpose.SexualExploitation]];

    private const int Year = 2025;
    private StatisticsFacts _facts = null!;
    private StatisticsCalculator _calculator = null!;

    [Params(100_000)]
    public int Persons { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        var random = new Random(2026);
        var first = new LocalDate(Year - 4, 1, 1);
        var signals = new List<SignalFact>(Persons);
        var referrals = new List<ReferralFact>();
        var procedures = new List<ProcedureFact>();
        for (var i = 0; i < Persons; i++)
        {
            var caseId = Guid.CreateVersion7();
            var on = first.PlusDays(random.Next(5 * 365));
            var at = on.AtStartOfDayInZone(DateTimeZone.Utc).ToInstant() + Duration.FromHours(random.Next(24));
            var nationality = Nationalities[random.Next(Nationalities.Length)];
            var age = random.Next(10) == 0 ? RecordedAge.Unknown : RecordedAge.Born(on.PlusYears(-random.Next(14, 60)).PlusDays(-random.Next(365)));
            var profile = new PersonProfile((EurostatSex)random.Next(3), age, false, nationality, EurostatCitizenship.Of(nationality),
                Purposes[random.Next(Purposes.Length)]);
            signals.Add(new SignalFact(caseId, at, on, Districts[random.Next(Districts.Length)], (OrganisationKind)random.Next(2, 6), profile));
            if (random.Next(10) < 6)
            {
                var sent = at + Duration.FromHours(random.Next(1, 72));
                referrals.Add(new ReferralFact(caseId, sent, StatisticsSource.DateOf(sent), sent + Duration.FromHours(random.Next(1, 48)),
                    (SpecialisedCentre)random.Next(3), at));
                if (random.Next(10) < 5)
                {
                    procedures.Add(Procedure(caseId, on.PlusDays(random.Next(2, 30)), random));
                }
            }
        }

        _facts = new StatisticsFacts(signals, referrals, procedures, []);
        _facts.IndexYears();
        _calculator = new StatisticsCalculator(_facts, new StatisticsOptions());
    }

    /// <summary>Reflection, then for most an attestation, and for some identification, an A-card and an exit.</summary>
    private static ProcedureFact Procedure(Guid caseId, LocalDate reflection, Random random)
    {
        List<DocumentEvent> documents = [new(DocumentType.Annex15ReflectionDocument, reflection, false)];
        LocalDate? identified = null, aCard = null, exit = null;
        ExitReason? reason = null;
        if (random.Next(10) < 8)
        {
            documents.Add(new(DocumentType.AttestationOfImmatriculation, reflection.PlusDays(40), false));
            if (random.Next(10) < 6)
            {
                identified = reflection.PlusDays(random.Next(60, 300));
                aCard = identified.Value.PlusDays(20);
                documents.Add(new(DocumentType.ACard, aCard.Value, false));
                documents.Add(new(DocumentType.ACard, aCard.Value.PlusMonths(6), true));
            }
        }

        if (random.Next(10) < 2)
        {
            exit = reflection.PlusDays(random.Next(30, 400));
            reason = (ExitReason)random.Next(4);
        }

        return new ProcedureFact(caseId, (SpecialisedCentre)random.Next(3), new ProcedureMilestones(reflection, identified, aCard, null, exit, reason, documents));
    }

    [Benchmark(Baseline = true, Description = "floor: distinct files of the year by sex and age band")]
    public int Floor()
    {
        var cells = new Dictionary<(EurostatSex, EurostatAgeBand), HashSet<Guid>>();
        foreach (var signal in _facts.SignalsIn(Year))
        {
            var key = (signal.Profile.Sex, Breakdowns.EurostatAge(signal.Profile, signal.DetectedOn));
            if (!cells.TryGetValue(key, out var files))
            {
                cells[key] = files = [];
            }

            files.Add(signal.CaseId);
        }

        return cells.Values.Sum(f => f.Count);
    }

    [Benchmark(Description = "the year's published figures (StatisticsCalculator.Year)")]
    public YearFigures Figures() => _calculator.Year(Year, null);
}
