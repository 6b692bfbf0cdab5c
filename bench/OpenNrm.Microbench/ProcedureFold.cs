using BenchmarkDotNet.Attributes;
using NodaTime;
using OpenNrm.Domain.Residence;
using OpenNrm.Web.Features.Statistics;

namespace OpenNrm.Microbench;

/// <summary>
/// The legal fold of one procedure's history, which the deadline sweep runs for every procedure due and every
/// write runs before it is accepted: an identified victim's whole path, from the reflection period to the B-card
/// (20 events). The floor reads every event's date once.
/// </summary>
[MemoryDiagnoser]
public class ProcedureFold
{
    private static readonly LocalDate Opened = new(2021, 3, 1);
    private static readonly LocalDate Confirmed = new(2021, 8, 1);

    private ProcedureEvent[] _history = [];
    private readonly LocalDate _asOf = new(2026, 1, 1);

    [GlobalSetup]
    public void Setup()
    {
        _history =
        [
            new ProcedureOpened(Opened, IsThirdCountryNational: true, IsUnaccompaniedMinor: false),
            new DocumentIssued(Opened, DocumentType.Annex15ReflectionDocument),
            new SupportAccepted(new(2021, 3, 2)),
            new StatementsMade(new(2021, 3, 10)),
            new ProceedingsStatusChanged(new(2021, 3, 15), ProceedingsStatus.InvestigationOngoing),
            new DocumentIssued(new(2021, 3, 20), DocumentType.AttestationOfImmatriculation),
            new DocumentRenewed(new(2021, 6, 1)),
            new ProsecutorConfirmed(Confirmed, ProsecutorCriterion.ProceedingsOngoing),
            new ProsecutorConfirmed(Confirmed, ProsecutorCriterion.ConsideredVictim),
            new ProsecutorConfirmed(Confirmed, ProsecutorCriterion.IntentionToCooperate),
            new ProsecutorConfirmed(Confirmed, ProsecutorCriterion.RelationsSevered),
            new PublicOrderAssessed(new(2021, 8, 5), NoThreat: true),
            new DocumentIssued(new(2021, 9, 1), DocumentType.ACard),
            new DocumentRenewed(new(2022, 2, 1)),
            new DocumentRenewed(new(2022, 8, 1)),
            new DocumentRenewed(new(2023, 2, 1)),
            new DocumentRenewed(new(2023, 8, 1)),
            new IdentityProven(new(2023, 6, 1)),
            new ProceedingsStatusChanged(new(2023, 10, 1), ProceedingsStatus.EndedWithConviction),
            new DocumentIssued(new(2023, 11, 1), DocumentType.BCard),
        ];
        // A benchmark of a history the law refuses would time the refusals: the path must be accepted whole.
        var state = ProcedureEvaluator.Evaluate(_history, _asOf);
        if (state.RejectedEvents.Count > 0)
        {
            throw new InvalidOperationException("The benchmark's history has rejected events: " + string.Join("; ",
                state.RejectedEvents.Select(r => $"{r.Event} ({string.Join(", ", r.UnmetConditions.Select(c => c.Code))})")));
        }
    }

    [Benchmark(Baseline = true, Description = "floor: every event's date read once")]
    public LocalDate Floor()
    {
        var last = LocalDate.MinIsoValue;
        foreach (var e in _history)
        {
            last = LocalDate.Max(last, e.Date);
        }

        return last;
    }

    [Benchmark(Description = "the procedure's state (ProcedureEvaluator.Evaluate)")]
    public ProcedureState Evaluate() => ProcedureEvaluator.Evaluate(_history, _asOf);

    [Benchmark(Description = "the statistics' milestones (evaluation included)")]
    public ProcedureMilestones Milestones() => ProcedureMilestones.Of(_history, _asOf);
}
