namespace OpenNrm.Domain.Detection.Indicators;

/// <summary>
/// When one Delphi dimension counts as present (ILO/EC, Operational indicators of trafficking in human beings,
/// 2009). Anything not matching a branch is negative: one strong alone, two medium alone, one medium with any
/// number of weak, any number of weak alone. The publication lists no branch for these, so however many weak
/// indicators are present they never stand in for a medium.
/// </summary>
public static class DelphiDimensionRule
{
    /// <summary>The first branch that holds, in the publication's order; null when the dimension is negative.</summary>
    public static DimensionRuleBranch? SatisfiedBranch(DimensionTally tally)
    {
        if (tally.Strong >= 2)
        {
            return DimensionRuleBranch.TwoStrong;
        }

        if (tally.Strong >= 1 && tally.Medium + tally.Weak >= 1)
        {
            return DimensionRuleBranch.StrongAndMediumOrWeak;
        }

        if (tally.Medium >= 3)
        {
            return DimensionRuleBranch.ThreeMedium;
        }

        if (tally.Medium >= 2 && tally.Weak >= 1)
        {
            return DimensionRuleBranch.TwoMediumAndWeak;
        }

        return null;
    }

    public static bool IsPositive(DimensionTally tally) => SatisfiedBranch(tally) is not null;
}
