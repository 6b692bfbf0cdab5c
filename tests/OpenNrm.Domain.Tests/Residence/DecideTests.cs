using NodaTime;
using OpenNrm.Domain.Residence;
using static OpenNrm.Domain.Tests.Residence.Histories;

namespace OpenNrm.Domain.Tests.Residence;

public class DecideTests
{
    public static TheoryData<ProcedureEvent, ConditionCode[]> Proposals => new()
    {
        { new DocumentIssued(new(2021, 3, 20), DocumentType.AttestationOfImmatriculation), [] },
        { new DocumentIssued(new(2021, 3, 20), DocumentType.ACard), [ConditionCode.AttestationNotYetIssued,
            ConditionCode.ProsecutorHasNotConfirmedProceedingsOngoing, ConditionCode.ProsecutorHasNotConfirmedVictim,
            ConditionCode.ProsecutorHasNotConfirmedIntentionToCooperate, ConditionCode.ProsecutorHasNotConfirmedRelationsSevered,
            ConditionCode.PublicOrderNotAssessed] },
        { new DocumentRenewed(new(2021, 3, 20)), [ConditionCode.DocumentNotRenewable] },
        { new ProsecutorConfirmed(new(2021, 3, 20), ProsecutorCriterion.ConsideredVictim), [] },
        // Facts are never refused: they happened.
        { new ConvictionRecorded(new(2021, 3, 20)), [] },
        { new ContactWithTraffickersResumed(new(2021, 3, 20)), [] },
    };

    [Theory]
    [MemberData(nameof(Proposals))]
    public void A_proposed_event_is_checked_against_the_law_on_its_date(ProcedureEvent proposed, ConditionCode[] expected)
    {
        var decision = ProcedureEvaluator.Decide(ReadyForAttestation(), proposed);

        Assert.Equal(expected, decision.Codes());
        Assert.Equal(expected.Length == 0, decision.IsAllowed);
    }

    [Fact]
    public void A_back_dated_exit_that_would_make_a_later_document_unlawful_is_refused()
    {
        var decision = ProcedureEvaluator.Decide(PresumedVictim(), new ProcedureWithdrawn(new(2021, 3, 15)));

        var reason = Assert.Single(decision.UnmetConditions);
        Assert.Equal(ConditionCode.WouldInvalidateRecordedEvent, reason.Code);
        Assert.StartsWith("It would make the DocumentIssued of 2021-03-20 unlawful", reason.Explanation, StringComparison.Ordinal);
    }

    [Fact]
    public void A_back_dated_fact_that_changes_nothing_later_is_allowed()
    {
        Assert.True(ProcedureEvaluator.Decide(PresumedVictim(), new ComplaintFiled(new(2021, 3, 5))).IsAllowed);
    }

    [Fact]
    public void Events_after_the_evaluation_date_are_ignored()
    {
        var state = PresumedVictim().At(new LocalDate(2021, 3, 19));

        Assert.Equal(ProcedureStage.Reflection, state.Stage);
        Assert.True(state.Step(NextStepKind.IssueAttestationOfImmatriculation).IsAllowed);
    }
}
