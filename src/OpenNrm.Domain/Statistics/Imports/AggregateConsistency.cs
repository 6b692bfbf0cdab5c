namespace OpenNrm.Domain.Statistics.Imports;

/// <summary>
/// The checks across the lines of one indicator: a TOTAL line; every value of each breakdown given; each breakdown
/// adding up to the total. A breakdown that does not add up would publish two different figures for the same
/// persons, and a missing category would leave the reader unable to tell zero from forgotten.
/// </summary>
internal static class AggregateConsistency
{
    public static IEnumerable<AggregateProblem> Check(IReadOnlyList<AggregateCount> counts, IReadOnlySet<string> skipped)
    {
        foreach (var indicator in counts.Where(c => !skipped.Contains(c.Indicator)).GroupBy(c => c.Indicator))
        {
            var lines = indicator.ToList();
            var total = lines.SingleOrDefault(c => c.Dimension == AggregateDimension.Total);
            if (total is null)
            {
                yield return AggregateProblem.At(lines[0].Line, "dimension", "The indicator {0} has no line {1},{1}: every indicator needs its total.",
                    indicator.Key, AggregateTemplate.TotalCode);
            }

            foreach (var breakdown in lines.Where(c => c.Dimension != AggregateDimension.Total).GroupBy(c => c.Dimension))
            {
                var given = breakdown.ToList();
                var code = AggregateTemplate.Code(breakdown.Key);
                var missing = AggregateTemplate.ValuesOf(breakdown.Key).Except(given.Select(c => c.Value)).ToList();
                if (missing.Count > 0)
                {
                    yield return AggregateProblem.At(given[0].Line, "value", "The breakdown {1} of {0} lacks {2}: give every value, 0 when there is none.",
                        indicator.Key, code, string.Join(", ", missing));
                }
                else if (total is not null && given.Sum(c => (long)c.Count) != total.Count)
                {
                    yield return AggregateProblem.At(given[0].Line, "count", "The breakdown {1} of {0} (lines {2} to {3}) does not add up to its total on line {4}.",
                        indicator.Key, code, given.Min(c => c.Line), given.Max(c => c.Line), total.Line);
                }
            }
        }
    }
}
