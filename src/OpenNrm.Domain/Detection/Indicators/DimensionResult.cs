namespace OpenNrm.Domain.Detection.Indicators;

/// <summary>The outcome for one Delphi dimension, with the indicators behind it.</summary>
/// <param name="Present">The distinct indicators of this dimension that were ticked, in list order.</param>
/// <param name="SatisfiedBranch">The first rule branch that holds; null when the dimension is negative.</param>
public sealed record DimensionResult(
    IndicatorDimension Dimension,
    IReadOnlyList<Indicator> Present,
    DimensionTally Tally,
    DimensionRuleBranch? SatisfiedBranch)
{
    public bool IsPositive => SatisfiedBranch is not null;

    /// <summary>
    /// The indicators that made the dimension positive. The rule is a threshold over every ticked indicator,
    /// so all present ones count; none count when the dimension stays negative.
    /// </summary>
    public IReadOnlyList<Indicator> CountedIndicators => IsPositive ? Present : [];
}
