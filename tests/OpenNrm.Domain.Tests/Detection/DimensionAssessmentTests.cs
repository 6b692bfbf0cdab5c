using OpenNrm.Domain.Detection.Indicators;

namespace OpenNrm.Domain.Tests.Detection;

/// <summary>The dimension rule as applied by <see cref="IndicatorAssessment.Evaluate"/> to ticked codes.</summary>
public class DimensionAssessmentTests
{
    // Every dimension must apply the same rule; a dimension wired to the wrong tally would pass a single-dimension test.
    public static TheoryData<IndicatorDimension, int, int, int, DimensionRuleBranch?> DimensionTallies()
    {
        var data = new TheoryData<IndicatorDimension, int, int, int, DimensionRuleBranch?>();
        foreach (var dimension in Enum.GetValues<IndicatorDimension>())
        {
            foreach (var row in DelphiDimensionRuleTests.Tallies)
            {
                var (strong, medium, weak) = ((int)row[0], (int)row[1], (int)row[2]);
                if (strong <= TestLists.StrongPerDimension && medium <= TestLists.MediumPerDimension && weak <= TestLists.WeakPerDimension)
                {
                    data.Add(dimension, strong, medium, weak, (DimensionRuleBranch?)row[3]);
                }
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(DimensionTallies))]
    public void Each_dimension_follows_the_rule(IndicatorDimension dimension, int strong, int medium, int weak, DimensionRuleBranch? expected)
    {
        var result = TestLists.AssessDelphi(TestLists.Delphi(TargetPopulation.Adult), TestLists.Codes(dimension, strong, medium, weak));

        var outcome = result.Dimension(dimension);
        Assert.Equal(expected, outcome.SatisfiedBranch);
        Assert.Equal(new DimensionTally(strong, medium, weak), outcome.Tally);
        Assert.All(result.Dimensions.Where(d => d.Dimension != dimension), d => Assert.Empty(d.Present));
    }

    [Fact]
    public void Two_different_strong_indicators_make_two_strong()
    {
        var codes = new[] { "T-1-S1", "T-1-S2" };

        var outcome = TestLists.AssessDelphi(TestLists.Delphi(TargetPopulation.Adult), codes).Dimension(IndicatorDimension.DeceptiveRecruitment);

        Assert.Equal(DimensionRuleBranch.TwoStrong, outcome.SatisfiedBranch);
    }

    [Fact]
    public void The_same_strong_indicator_ticked_twice_is_still_one_strong()
    {
        var codes = new[] { "T-1-S1", "T-1-S1" };

        var outcome = TestLists.AssessDelphi(TestLists.Delphi(TargetPopulation.Adult), codes).Dimension(IndicatorDimension.DeceptiveRecruitment);

        Assert.False(outcome.IsPositive);
        Assert.Equal(new DimensionTally(1, 0, 0), outcome.Tally);
        Assert.Single(outcome.Present);
    }

    [Fact]
    public void Indicators_in_different_dimensions_do_not_add_up()
    {
        // One strong in each of two dimensions is not "two strong" anywhere.
        var codes = new[] { "T-1-S1", "T-2-S1" };

        var result = TestLists.AssessDelphi(TestLists.Delphi(TargetPopulation.Adult), codes);

        Assert.All(result.Dimensions, d => Assert.False(d.IsPositive));
    }

    [Fact]
    public void A_positive_dimension_reports_the_indicators_it_counted_in_list_order()
    {
        var codes = new[] { "T-4-W2", "T-4-M1", "T-4-S1", "T-5-M1" };

        var outcome = TestLists.AssessDelphi(TestLists.Delphi(TargetPopulation.Adult), codes).Dimension(IndicatorDimension.ExploitativeConditions);

        Assert.True(outcome.IsPositive);
        Assert.Equal(["T-4-S1", "T-4-M1", "T-4-W2"], outcome.CountedIndicators.Select(i => i.Code));
        Assert.Equal(outcome.Present, outcome.CountedIndicators);
    }

    [Fact]
    public void A_negative_dimension_counts_nothing_but_still_shows_what_was_ticked()
    {
        var codes = new[] { "T-6-M1", "T-6-W1", "T-6-W2" };

        var outcome = TestLists.AssessDelphi(TestLists.Delphi(TargetPopulation.Adult), codes).Dimension(IndicatorDimension.AbuseOfVulnerabilityAtDestination);

        Assert.False(outcome.IsPositive);
        Assert.Empty(outcome.CountedIndicators);
        Assert.Equal(["T-6-M1", "T-6-W1", "T-6-W2"], outcome.Present.Select(i => i.Code));
    }

    [Fact]
    public void Every_dimension_is_reported_once_in_a_fixed_order()
    {
        var result = TestLists.AssessDelphi(TestLists.Delphi(TargetPopulation.Child), []);

        Assert.Equal(Enum.GetValues<IndicatorDimension>(), result.Dimensions.Select(d => d.Dimension));
        Assert.False(result.IndicationsPresent);
    }
}
