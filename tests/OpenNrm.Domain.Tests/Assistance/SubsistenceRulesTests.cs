using OpenNrm.Domain.Assistance;

namespace OpenNrm.Domain.Tests.Assistance;

public sealed class SubsistenceRulesTests
{
    private static readonly SubsistenceReferral Pending = new("CPAS de Saint-Gilles", Dates.Of("2024-03-01"), SubsistenceStatus.Referred, null, null);

    [Fact]
    public void A_referral_names_its_PCSW_and_waits_for_its_decision()
    {
        var outcome = SubsistenceRules.Refer([], " OCMW Antwerpen ", Dates.Of("2024-03-01"));

        Assert.Equal(new SubsistenceReferral("OCMW Antwerpen", Dates.Of("2024-03-01"), SubsistenceStatus.Referred, null, null), outcome.Value);
        Assert.Equal(AssistanceRefusalCode.PcswMissing, SubsistenceRules.Refer([], "  ", Dates.Of("2024-03-01")).Refusal?.Code);
    }

    [Fact]
    public void A_second_referral_waits_until_the_first_is_decided()
    {
        var refused = SubsistenceRules.Refer([Pending], "CPAS de Liège", Dates.Of("2024-03-05"));

        Assert.Equal(AssistanceRefusalCode.SubsistenceReferralPending, refused.Refusal?.Code);
        Assert.Contains("product rule", refused.Refusal!.Basis.Citation, StringComparison.Ordinal);
        Assert.True(SubsistenceRules.Refer([Pending with { Status = SubsistenceStatus.Refused }], "CPAS de Liège", Dates.Of("2024-03-05")).IsAccepted);
    }

    [Theory]
    [InlineData(SubsistenceStatus.Granted, "2024-03-20", null, null)]
    [InlineData(SubsistenceStatus.Granted, "2024-03-01", "ignored", null)]
    [InlineData(SubsistenceStatus.Refused, "2024-03-20", "Not resident in the municipality", null)]
    [InlineData(SubsistenceStatus.Refused, "2024-03-20", " ", AssistanceRefusalCode.SubsistenceRefusalReasonMissing)]
    [InlineData(SubsistenceStatus.Granted, "2024-02-29", null, AssistanceRefusalCode.SubsistenceDecisionBeforeReferral)]
    public void The_PCSW_grants_or_refuses_with_a_reason(SubsistenceStatus outcome, string on, string? reason, AssistanceRefusalCode? refusal)
    {
        var decided = SubsistenceRules.Decide(Pending, outcome, Dates.Of(on), reason);

        Assert.Equal(refusal, decided.Refusal?.Code);
        if (decided.IsAccepted)
        {
            Assert.Equal((outcome, Dates.Of(on)), (decided.Value.Status, decided.Value.DecidedOn!.Value));
            Assert.Equal(outcome == SubsistenceStatus.Refused ? reason!.Trim() : null, decided.Value.RefusalReason);
        }
        else
        {
            Assert.StartsWith("Organic Act of 8 July 1976 on PCSWs, art. 1, 57 §1", decided.Refusal.Basis.Citation, StringComparison.Ordinal);
        }
    }

    [Theory]
    [InlineData(SubsistenceStatus.Granted)]
    [InlineData(SubsistenceStatus.Refused)]
    public void A_decided_referral_is_not_decided_again(SubsistenceStatus first)
    {
        var decided = SubsistenceRules.Decide(Pending, first, Dates.Of("2024-03-10"), "Reason").Value!;

        Assert.Equal(AssistanceRefusalCode.SubsistenceAlreadyDecided,
            SubsistenceRules.Decide(decided, SubsistenceStatus.Granted, Dates.Of("2024-03-11"), null).Refusal?.Code);
    }
}
