using NodaTime;

namespace OpenNrm.Domain.Assistance;

/// <summary>
/// One year of support, counted from the start of support (year 1 is the first twelve months), with what was
/// observed in it.
/// </summary>
/// <param name="From">First day of the support year.</param>
/// <param name="Until">Last day of the support year.</param>
public sealed record FollowUpYear(int Year, LocalDate From, LocalDate Until, IReadOnlyList<FollowUpOutcome> Outcomes)
{
    /// <summary>Whether the year holds a sign of renewed exploitation, which the coordinator must see at once.</summary>
    public bool HasNewTraffickingSignal => Outcomes.Any(o => o.Kind == FollowUpOutcomeKind.NewTraffickingSignal);
}
