using OpenNrm.Domain.Detection.Indicators;
using static OpenNrm.Domain.Detection.Indicators.IndicatorDimension;

namespace OpenNrm.Domain.Tests.Detection;

public class DelphiOverallRuleTests
{
    // (population, positive dimensions, indications present)
    public static TheoryData<TargetPopulation, IndicatorDimension[], bool> Cases => new()
    {
        // Adult: recruitment AND exploitation AND means at destination.
        { TargetPopulation.Adult, [DeceptiveRecruitment, ExploitativeConditions, CoercionAtDestination], true },
        { TargetPopulation.Adult, [CoerciveRecruitment, ExploitativeConditions, CoercionAtDestination], true },
        { TargetPopulation.Adult, [RecruitmentByAbuseOfVulnerability, ExploitativeConditions, AbuseOfVulnerabilityAtDestination], true },
        { TargetPopulation.Adult, [DeceptiveRecruitment, ExploitativeConditions, AbuseOfVulnerabilityAtDestination], true },
        { TargetPopulation.Adult, Enum.GetValues<IndicatorDimension>(), true },
        { TargetPopulation.Adult, [ExploitativeConditions, CoercionAtDestination, AbuseOfVulnerabilityAtDestination], false },
        { TargetPopulation.Adult, [DeceptiveRecruitment, CoerciveRecruitment, RecruitmentByAbuseOfVulnerability, CoercionAtDestination, AbuseOfVulnerabilityAtDestination], false },
        { TargetPopulation.Adult, [DeceptiveRecruitment, CoerciveRecruitment, RecruitmentByAbuseOfVulnerability, ExploitativeConditions], false },
        { TargetPopulation.Adult, [], false },

        // Child: recruitment AND exploitation; the means are not required.
        { TargetPopulation.Child, [DeceptiveRecruitment, ExploitativeConditions], true },
        { TargetPopulation.Child, [CoerciveRecruitment, ExploitativeConditions], true },
        { TargetPopulation.Child, [RecruitmentByAbuseOfVulnerability, ExploitativeConditions], true },
        { TargetPopulation.Child, Enum.GetValues<IndicatorDimension>(), true },
        { TargetPopulation.Child, [ExploitativeConditions, CoercionAtDestination, AbuseOfVulnerabilityAtDestination], false },
        { TargetPopulation.Child, [DeceptiveRecruitment, CoerciveRecruitment, RecruitmentByAbuseOfVulnerability, CoercionAtDestination], false },
        { TargetPopulation.Child, [ExploitativeConditions], false },
        { TargetPopulation.Child, [], false },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void Rule_combines_positive_dimensions(TargetPopulation population, IndicatorDimension[] positive, bool expected)
    {
        Assert.Equal(expected, DelphiOverallRule.IndicationsPresent(population, positive.ToHashSet()));
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Evaluate_applies_the_same_rule_to_ticked_codes(TargetPopulation population, IndicatorDimension[] positive, bool expected)
    {
        // Two strong indicators make a dimension positive on their own.
        var codes = positive.SelectMany(d => TestLists.Codes(d, 2, 0, 0));

        var result = TestLists.AssessDelphi(TestLists.Delphi(population), codes);

        Assert.Equal(expected, result.IndicationsPresent);
        Assert.Equal(positive.Order(), result.Dimensions.Where(d => d.IsPositive).Select(d => d.Dimension).Order());
    }

    [Fact]
    public void An_adult_without_means_at_destination_is_told_which_element_is_missing()
    {
        var elements = DelphiOverallRule.Elements(TargetPopulation.Adult, new HashSet<IndicatorDimension> { CoerciveRecruitment, ExploitativeConditions });

        Assert.Equal(new DelphiElements(ElementStatus.Met, ElementStatus.Met, ElementStatus.NotMet), elements);
    }

    [Fact]
    public void For_a_child_the_means_at_destination_are_not_required_even_when_present()
    {
        var elements = DelphiOverallRule.Elements(TargetPopulation.Child, new HashSet<IndicatorDimension> { CoercionAtDestination });

        Assert.Equal(new DelphiElements(ElementStatus.NotMet, ElementStatus.NotMet, ElementStatus.NotRequired), elements);
    }

    [Fact]
    public void The_same_ticks_indicate_trafficking_for_a_child_but_not_for_an_adult()
    {
        var codes = TestLists.Codes(DeceptiveRecruitment, 2, 0, 0).Concat(TestLists.Codes(ExploitativeConditions, 2, 0, 0)).ToList();

        Assert.True(TestLists.AssessDelphi(TestLists.Delphi(TargetPopulation.Child), codes).IndicationsPresent);
        Assert.False(TestLists.AssessDelphi(TestLists.Delphi(TargetPopulation.Adult), codes).IndicationsPresent);
    }
}
