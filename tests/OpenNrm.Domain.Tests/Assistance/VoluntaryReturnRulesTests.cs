using OpenNrm.Domain.Assistance;

namespace OpenNrm.Domain.Tests.Assistance;

public sealed class VoluntaryReturnRulesTests
{
    private const string ReintegrationBasis = "Fedasil reintegration programme (product rule: at most 1 year; EMN Belgium 2022, 6.2)";

    private static readonly VoluntaryReturn Referred = new(ReintegrationPartner.Iom, Dates.Of("2024-04-10"), VoluntaryReturnStatus.Referred, null, null);

    [Theory]
    [InlineData("2024-05-01", "2025-05-01", null, null)]
    [InlineData("2024-05-01", "2025-05-02", AssistanceRefusalCode.ReintegrationLongerThanOneYear, ReintegrationBasis)]
    [InlineData("2024-05-01", "2024-04-30", AssistanceRefusalCode.ReintegrationEndsBeforeReturn, ReintegrationBasis)]
    [InlineData("2024-04-09", "2024-12-01", AssistanceRefusalCode.ReturnBeforeReferral, "Circular of 23 December 2016, 5.2.2")]
    public void The_plan_lasts_at_most_a_year_from_a_return_after_the_referral(string returnOn, string endsOn, AssistanceRefusalCode? refusal, string? basis)
    {
        var outcome = VoluntaryReturnRules.AgreePlan(Referred, Dates.Of(returnOn), Dates.Of(endsOn));

        Assert.Equal(refusal, outcome.Refusal?.Code);
        if (outcome.IsAccepted)
        {
            Assert.Equal(VoluntaryReturnStatus.PlanAgreed, outcome.Value.Status);
            Assert.Equal(new ReintegrationPlan(Dates.Of(returnOn), Dates.Of(endsOn), ReintegrationPartner.Iom), outcome.Value.Plan);
        }
        else
        {
            Assert.StartsWith(basis!, outcome.Refusal.Basis.Citation, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void One_return_at_a_time_and_a_withdrawn_one_stays_withdrawn()
    {
        Assert.Equal(AssistanceRefusalCode.VoluntaryReturnPending,
            VoluntaryReturnRules.Refer([Referred], ReintegrationPartner.CaritasInternational, Dates.Of("2024-04-11")).Refusal?.Code);

        var withdrawn = VoluntaryReturnRules.Withdraw(Referred, Dates.Of("2024-04-20")).Value!;
        Assert.Equal((VoluntaryReturnStatus.Withdrawn, Dates.Of("2024-04-20")), (withdrawn.Status, withdrawn.WithdrawnOn!.Value));
        Assert.Equal(AssistanceRefusalCode.VoluntaryReturnWithdrawn,
            VoluntaryReturnRules.AgreePlan(withdrawn, Dates.Of("2024-05-01"), Dates.Of("2024-06-01")).Refusal?.Code);
        Assert.Equal(AssistanceRefusalCode.VoluntaryReturnWithdrawn, VoluntaryReturnRules.Withdraw(withdrawn, Dates.Of("2024-04-21")).Refusal?.Code);
        Assert.Equal(AssistanceRefusalCode.EndBeforeStart, VoluntaryReturnRules.Withdraw(Referred, Dates.Of("2024-04-09")).Refusal?.Code);

        var again = VoluntaryReturnRules.Refer([withdrawn], ReintegrationPartner.CaritasInternational, Dates.Of("2024-06-01"));
        Assert.Equal(new VoluntaryReturn(ReintegrationPartner.CaritasInternational, Dates.Of("2024-06-01"), VoluntaryReturnStatus.Referred, null, null), again.Value);
    }

    [Fact]
    public void An_agreed_plan_may_be_amended_within_the_year()
    {
        var agreed = VoluntaryReturnRules.AgreePlan(Referred, Dates.Of("2024-05-01"), Dates.Of("2024-11-01")).Value!;

        var amended = VoluntaryReturnRules.AgreePlan(agreed, Dates.Of("2024-05-15"), Dates.Of("2025-05-15"));

        Assert.Equal(Dates.Of("2025-05-15"), amended.Value!.Plan!.EndsOn);
    }
}
