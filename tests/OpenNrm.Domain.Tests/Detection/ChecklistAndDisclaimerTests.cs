using OpenNrm.Domain.Detection.Indicators;

namespace OpenNrm.Domain.Tests.Detection;

public class ChecklistAndDisclaimerTests
{
    [Fact]
    public void A_checklist_lists_the_present_indicators_in_list_order_once_each()
    {
        var result = IndicatorAssessment.Evaluate(PublicIndicatorLists.IloForcedLabour, ["ILO11-09", "ILO11-02", "ILO11-09"]);

        var checklist = Assert.IsType<ChecklistAssessment>(result);
        Assert.Equal(["ILO11-02", "ILO11-09"], checklist.Present.Select(i => i.Code));
        Assert.Equal(PublicIndicatorLists.IloForcedLabour.Version, checklist.ListVersion);
    }

    [Fact]
    public void A_checklist_with_nothing_ticked_lists_nothing()
    {
        var checklist = Assert.IsType<ChecklistAssessment>(IndicatorAssessment.Evaluate(PublicIndicatorLists.IloForcedLabour, []));

        Assert.Empty(checklist.Present);
    }

    public static TheoryData<string> AssessedListIds =>
        [.. PublicIndicatorLists.All.Select(l => l.Id)];

    [Theory]
    [MemberData(nameof(AssessedListIds))]
    public void Every_assessment_carries_the_decision_support_disclaimer(string listId)
    {
        var list = PublicIndicatorLists.All.Single(l => l.Id == listId);

        var disclaimer = IndicatorAssessment.Evaluate(list, []) switch
        {
            DelphiAssessment d => d.Disclaimer,
            ChecklistAssessment c => c.Disclaimer,
            var other => throw new InvalidOperationException($"Unexpected {other}"),
        };

        Assert.Same(AssessmentDisclaimer.DecisionSupportOnly, disclaimer);
    }

    [Theory]
    [InlineData("not an identification")]
    [InlineData("Indications present: inform, notify and refer")]
    [InlineData("public prosecutor")]
    [InlineData("Immigration Act art. 61/3 §2")]
    [InlineData("does not rule out trafficking")]
    public void The_disclaimer_says_who_identifies_and_what_to_do(string phrase)
    {
        Assert.Contains(phrase, AssessmentDisclaimer.DecisionSupportOnly.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void The_disclaimer_has_a_stable_code_and_names_its_legal_basis()
    {
        var disclaimer = AssessmentDisclaimer.DecisionSupportOnly;

        Assert.Equal("THB-INDICATORS-DECISION-SUPPORT", disclaimer.Code);
        Assert.Equal("Immigration Act art. 61/3 §2", disclaimer.IdentificationBasis.Citation);
    }
}
