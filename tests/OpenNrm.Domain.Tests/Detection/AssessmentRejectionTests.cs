using OpenNrm.Domain.Detection.Indicators;

namespace OpenNrm.Domain.Tests.Detection;

public class AssessmentRejectionTests
{
    // (ticked codes, the codes that must be reported as unknown)
    public static TheoryData<string[], string[]> UnknownCodeCases => new()
    {
        { ["NOPE"], ["NOPE"] },
        { ["T-1-S1", "NOPE", "T-1-S2"], ["NOPE"] },
        // A form built from a shipped list does not fit another list.
        { ["ADL-DR-S1"], ["ADL-DR-S1"] },
        // Codes are identifiers, compared exactly; a lower-case variant is a different, unknown code.
        { ["t-1-s1"], ["t-1-s1"] },
        { [""], [""] },
        { [" T-1-S1"], [" T-1-S1"] },
        { ["B", "A", "B"], ["B", "A"] },
    };

    [Theory]
    [MemberData(nameof(UnknownCodeCases))]
    public void Unknown_codes_reject_the_whole_assessment(string[] ticked, string[] expectedUnknown)
    {
        var list = TestLists.Delphi(TargetPopulation.Adult);

        var rejected = Assert.IsType<AssessmentRejected>(IndicatorAssessment.Evaluate(list, ticked));

        Assert.Equal(AssessmentRejectionReason.UnknownIndicatorCodes, rejected.Reason);
        Assert.Equal(expectedUnknown, rejected.UnknownCodes);
        Assert.Equal(expectedUnknown, IndicatorAssessment.FindUnknownCodes(list, ticked));
        Assert.Empty(rejected.ListErrors);
        Assert.All(expectedUnknown, code => Assert.Contains($"'{code}'", rejected.Message, StringComparison.Ordinal));
        Assert.Contains(list.Id, rejected.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Unknown_codes_are_rejected_on_a_checklist_too()
    {
        var rejected = Assert.IsType<AssessmentRejected>(IndicatorAssessment.Evaluate(PublicIndicatorLists.IloForcedLabour, ["ILO11-12"]));

        Assert.Equal(["ILO11-12"], rejected.UnknownCodes);
    }

    [Fact]
    public void A_null_code_is_reported_as_unknown()
    {
        Assert.Equal([""], IndicatorAssessment.FindUnknownCodes(TestLists.Delphi(TargetPopulation.Adult), [null]));
    }

    [Fact]
    public void An_invalid_list_is_refused_before_any_code_is_looked_at()
    {
        var broken = TestLists.DelphiWith(TargetPopulation.Adult, TestLists.Items().Where(i => i.Dimension != IndicatorDimension.ExploitativeConditions));

        var rejected = Assert.IsType<AssessmentRejected>(IndicatorAssessment.Evaluate(broken, ["T-1-S1"]));

        Assert.Equal(AssessmentRejectionReason.InvalidList, rejected.Reason);
        Assert.Contains(rejected.ListErrors, e => e.Kind == IndicatorListErrorKind.DimensionWithoutIndicators);
        Assert.Empty(rejected.UnknownCodes);
    }

    [Fact]
    public void No_codes_at_all_is_a_valid_negative_assessment()
    {
        Assert.IsType<DelphiAssessment>(IndicatorAssessment.Evaluate(TestLists.Delphi(TargetPopulation.Adult), []));
    }
}
