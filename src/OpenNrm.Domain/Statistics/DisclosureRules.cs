namespace OpenNrm.Domain.Statistics;

/// <summary>
/// The publication policy of a table. The defaults follow common practice for counts of persons: counts from 1 to
/// 4 are withheld, zeros are published, totals are protected like any cell, and totals are not rounded.
/// </summary>
/// <param name="Threshold">A count from 1 to Threshold - 1 is withheld (primary suppression).</param>
/// <param name="ZeroIsSensitive">
/// Withhold zeros too: for a table where an empty cell would itself disclose something about a person (for
/// example that nobody else in a small group was identified).
/// </param>
/// <param name="ProtectTotals">
/// Treat row, column and grand totals as cells that a small count makes confidential. Switch it off only when the
/// totals are already public elsewhere.
/// </param>
/// <param name="RoundTotalsTo">Round every published total to the nearest multiple of this base (halves up), or null.</param>
public sealed record DisclosureRules(int Threshold = 5, bool ZeroIsSensitive = false, bool ProtectTotals = true, int? RoundTotalsTo = null)
{
    public static DisclosureRules Default { get; } = new();

    /// <summary>Whether a true count must be withheld for its own sake.</summary>
    public bool IsSensitive(int count) => count == 0 ? ZeroIsSensitive : count < Threshold;
}
