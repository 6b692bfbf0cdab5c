using OpenNrm.Domain.Assistance;

namespace OpenNrm.Domain.Tests.Assistance;

public sealed class ReintegrationRulesTests
{
    [Theory]
    [InlineData("2024-03-15", "2024-03-15", null)]
    [InlineData("2024-03-15", "2025-03-15", null)] // Up to the first anniversary.
    [InlineData("2024-03-15", "2025-03-16", AssistanceRefusalCode.ReintegrationLongerThanOneYear)]
    [InlineData("2024-02-29", "2025-02-28", null)] // A leap-day return: anniversary on 28 February.
    [InlineData("2024-02-29", "2025-03-01", AssistanceRefusalCode.ReintegrationLongerThanOneYear)]
    [InlineData("2023-12-31", "2024-12-31", null)]
    [InlineData("2024-03-15", "2024-03-14", AssistanceRefusalCode.ReintegrationEndsBeforeReturn)]
    public void A_reintegration_plan_lasts_at_most_a_year_from_the_return(string returnOn, string endsOn, AssistanceRefusalCode? refusal)
    {
        var outcome = ReintegrationRules.Plan(Dates.Of(returnOn), Dates.Of(endsOn), ReintegrationPartner.CaritasInternational);

        Assert.Equal(refusal, outcome.Refusal?.Code);
        if (outcome.IsAccepted)
        {
            Assert.Equal(new ReintegrationPlan(Dates.Of(returnOn), Dates.Of(endsOn), ReintegrationPartner.CaritasInternational), outcome.Value);
        }
        else
        {
            Assert.Equal("Fedasil reintegration programme (product rule: at most 1 year; EMN Belgium 2022, 6.2)", outcome.Refusal.Basis.Citation);
        }
    }

    [Fact]
    public void The_refusal_names_the_latest_possible_end()
    {
        var outcome = ReintegrationRules.Plan(Dates.Of("2024-02-29"), Dates.Of("2025-06-30"), ReintegrationPartner.Iom);

        Assert.Contains("2025-02-28", outcome.Refusal!.Explanation, StringComparison.Ordinal);
    }
}
