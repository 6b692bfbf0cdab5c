using OpenNrm.Domain.Detection.Indicators;

namespace OpenNrm.Domain.Tests.Detection;

public class DelphiDimensionRuleTests
{
    // (strong, medium, weak, expected branch or null for negative). Each branch at its exact threshold, one
    // below it, and the combinations the publication does not list, which must stay negative.
    public static TheoryData<int, int, int, DimensionRuleBranch?> Tallies => new()
    {
        { 0, 0, 0, null },
        { 1, 0, 0, null },
        { 2, 0, 0, DimensionRuleBranch.TwoStrong },
        { 3, 0, 0, DimensionRuleBranch.TwoStrong },
        { 1, 1, 0, DimensionRuleBranch.StrongAndMediumOrWeak },
        { 1, 0, 1, DimensionRuleBranch.StrongAndMediumOrWeak },
        { 1, 4, 4, DimensionRuleBranch.StrongAndMediumOrWeak },
        { 2, 1, 1, DimensionRuleBranch.TwoStrong },
        { 0, 2, 0, null },
        { 0, 3, 0, DimensionRuleBranch.ThreeMedium },
        { 0, 4, 0, DimensionRuleBranch.ThreeMedium },
        { 0, 3, 1, DimensionRuleBranch.ThreeMedium },
        { 0, 2, 1, DimensionRuleBranch.TwoMediumAndWeak },
        { 0, 2, 4, DimensionRuleBranch.TwoMediumAndWeak },
        { 0, 1, 1, null },
        { 0, 1, 2, null },
        { 0, 1, 4, null },
        { 0, 0, 1, null },
        { 0, 0, 3, null },
        { 0, 0, 4, null },
    };

    // Weak indicators never add up to a medium, however many there are.
    public static TheoryData<int, int, int, DimensionRuleBranch?> LargeTallies => new()
    {
        { 0, 0, 100, null },
        { 0, 1, 100, null },
        { 1, 0, 100, DimensionRuleBranch.StrongAndMediumOrWeak },
    };

    [Theory]
    [MemberData(nameof(Tallies))]
    [MemberData(nameof(LargeTallies))]
    public void Rule_gives_the_first_satisfied_branch(int strong, int medium, int weak, DimensionRuleBranch? expected)
    {
        var tally = new DimensionTally(strong, medium, weak);

        Assert.Equal(expected, DelphiDimensionRule.SatisfiedBranch(tally));
        Assert.Equal(expected is not null, DelphiDimensionRule.IsPositive(tally));
    }

    [Fact]
    public void Tally_counts_each_strength()
    {
        var tally = DimensionTally.Of(
            [IndicatorStrength.Weak, IndicatorStrength.Strong, IndicatorStrength.Medium, IndicatorStrength.Weak]);

        Assert.Equal(new DimensionTally(1, 1, 2), tally);
    }

    [Fact]
    public void Tally_refuses_an_undefined_strength()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => DimensionTally.Of([(IndicatorStrength)9]));
    }
}
