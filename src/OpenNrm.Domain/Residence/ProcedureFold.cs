using NodaTime;

namespace OpenNrm.Domain.Residence;

/// <summary>
/// Replays the history in date order (recording order within a day), checking each event against the law on its
/// date before applying it. Refused events are set aside with their reasons.
/// </summary>
internal static class ProcedureFold
{
    public static FoldResult Run(IReadOnlyList<ProcedureEvent> events, LocalDate? upTo)
    {
        var facts = new ProcedureFacts();
        var rejected = new List<(int Index, RejectedEvent Rejection)>();

        // OrderBy is stable, which keeps same-day events in the order they were recorded.
        var ordered = events
            .Select((recorded, index) => (Event: recorded, Index: index))
            .Where(e => upTo is not { } limit || e.Event.Date <= limit)
            .OrderBy(e => e.Event.Date);

        foreach (var (recorded, index) in ordered)
        {
            if (recorded is ProcedureOpened opened && !facts.IsOpened)
            {
                facts.IsThirdCountryNational = opened.IsThirdCountryNational;
            }

            var unmet = EventGuard.Check(recorded, facts);
            if (unmet.Count > 0)
            {
                rejected.Add((index, new RejectedEvent(recorded, unmet)));
                continue;
            }

            EventApplier.Apply(recorded, facts);
        }

        return new FoldResult(facts, rejected);
    }
}

internal sealed record FoldResult(ProcedureFacts Facts, IReadOnlyList<(int Index, RejectedEvent Rejection)> Rejected)
{
    public RejectedEvent? RejectionAt(int index) => Rejected.FirstOrDefault(r => r.Index == index).Rejection;
}
