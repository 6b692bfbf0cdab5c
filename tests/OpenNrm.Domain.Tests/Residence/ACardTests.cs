using NodaTime;
using OpenNrm.Domain.Residence;
using static OpenNrm.Domain.Tests.Residence.Histories;

namespace OpenNrm.Domain.Tests.Residence;

public class ACardTests
{
    private static readonly LocalDate Day = new(2021, 9, 1);

    public static TheoryData<string, ConditionCode[]> MissingOneCondition => new()
    {
        { nameof(ProsecutorCriterion.ProceedingsOngoing), [ConditionCode.ProsecutorHasNotConfirmedProceedingsOngoing] },
        { nameof(ProsecutorCriterion.ConsideredVictim), [ConditionCode.ProsecutorHasNotConfirmedVictim] },
        { nameof(ProsecutorCriterion.IntentionToCooperate), [ConditionCode.ProsecutorHasNotConfirmedIntentionToCooperate] },
        { nameof(ProsecutorCriterion.RelationsSevered), [ConditionCode.ProsecutorHasNotConfirmedRelationsSevered] },
        { nameof(PublicOrderAssessed), [ConditionCode.PublicOrderNotAssessed] },
        // Without support the attestation before it was refused too, so both are named.
        { nameof(SupportAccepted), [ConditionCode.AttestationNotYetIssued, ConditionCode.SupportNotAccepted] },
    };

    [Theory]
    [MemberData(nameof(MissingOneCondition))]
    public void Each_missing_A_card_condition_is_named(string missing, ConditionCode[] expected)
    {
        var events = ReadyForACard().Where(e => !Matches(e, missing)).ToArray();

        var step = events.At(Day).Step(NextStepKind.IssueACard);

        Assert.Equal(expected, step.Codes());
        Assert.Equal(CompetentActor.ImmigrationOfficeThbUnit, step.Actor);
    }

    private static bool Matches(ProcedureEvent e, string missing) => e switch
    {
        ProsecutorConfirmed c => c.Criterion.ToString() == missing,
        _ => e.GetType().Name == missing,
    };

    public static TheoryData<ProcedureEvent, ConditionCode[], string> BlockingFacts => new()
    {
        { new PublicOrderAssessed(Day, NoThreat: false), [ConditionCode.PublicOrderThreat], "Immigration Act art. 61/4 §1" },
        { new ProceedingsStatusChanged(Day, ProceedingsStatus.EndedWithConviction), [ConditionCode.ProceedingsEnded], "Immigration Act art. 61/4 §1" },
        // A confirmation from before the contact resumed no longer holds.
        { new ContactWithTraffickersResumed(Day),
            [ConditionCode.ProsecutorHasNotConfirmedRelationsSevered, ConditionCode.ContactWithTraffickersResumed],
            "Immigration Act art. 61/4 §1" },
    };

    [Theory]
    [MemberData(nameof(BlockingFacts))]
    public void A_later_fact_can_block_the_A_card(ProcedureEvent fact, ConditionCode[] expected, string basis)
    {
        var step = ReadyForACard().With(fact).At(Day).Step(NextStepKind.IssueACard);

        Assert.Equal(expected, step.Codes());
        Assert.All(step.UnmetConditions, c => Assert.Equal(basis, c.Basis.Citation));
    }

    [Fact]
    public void Severing_contact_again_needs_a_fresh_confirmation()
    {
        var state = ReadyForACard()
            .With(new ContactWithTraffickersResumed(new(2021, 8, 10)), new ContactWithTraffickersSevered(new(2021, 8, 20)))
            .At(Day);

        Assert.Equal([ConditionCode.ProsecutorHasNotConfirmedRelationsSevered], state.Step(NextStepKind.IssueACard).Codes());
    }

    [Fact]
    public void The_A_card_follows_the_attestation()
    {
        ProcedureEvent[] events = [.. ReadyForACard().Where(e => e is not DocumentIssued { Type: DocumentType.AttestationOfImmatriculation } and not DocumentRenewed)];

        Assert.Contains(ConditionCode.AttestationNotYetIssued, events.At(Day).Step(NextStepKind.IssueACard).Codes());
    }

    [Fact]
    public void An_identified_victim_holds_a_six_month_A_card_renewable_while_proceedings_run()
    {
        var state = IdentifiedVictim().At(Day);

        Assert.Equal(ProcedureStage.IdentifiedVictim, state.Stage);
        Assert.Equal(DocumentType.ACard, state.Document!.Type);
        Assert.Equal(new LocalDate(2022, 2, 28), state.Document.ValidUntil);
        Assert.Null(state.Document.RenewalsLeft);
        Assert.True(state.Step(NextStepKind.RenewACard).IsAllowed);
        Assert.Equal([ConditionCode.ACardAlreadyIssued], state.Step(NextStepKind.IssueACard).Codes());
    }

    [Fact]
    public void The_A_card_renews_again_and_again_in_six_month_steps_while_proceedings_run()
    {
        var state = IdentifiedVictim()
            .With(new DocumentRenewed(new(2022, 2, 1)), new DocumentRenewed(new(2022, 8, 1)), new DocumentRenewed(new(2023, 2, 1)))
            .At(new(2023, 2, 1));

        Assert.Empty(state.RejectedEvents);
        Assert.Equal(3, state.Document!.RenewalsUsed);
        Assert.Equal(new LocalDate(2023, 3, 1), state.Document.ValidFrom);
        Assert.Equal(new LocalDate(2023, 8, 31), state.Document.ValidUntil);
    }

    [Fact]
    public void Renewal_stops_when_the_proceedings_have_ended()
    {
        var ended = new LocalDate(2022, 1, 10);
        var state = IdentifiedVictim()
            .With(new ProceedingsStatusChanged(ended, ProceedingsStatus.EndedWithConviction), new DocumentRenewed(new(2022, 2, 1)))
            .At(new(2022, 2, 1));

        var reason = Assert.Single(Assert.Single(state.RejectedEvents).UnmetConditions);
        Assert.Equal(ConditionCode.ProceedingsEnded, reason.Code);
        Assert.Equal("Immigration Act art. 61/4 §1", reason.Basis.Citation);
        Assert.Equal(0, state.Document!.RenewalsLeft);
        // A conviction keeps the person in the procedure, heading for the B-card.
        Assert.Equal(ProcedureStage.IdentifiedVictim, state.Stage);
    }

    [Fact]
    public void Only_an_A_card_holder_can_renew_one()
    {
        Assert.Equal([ConditionCode.DocumentNotHeld], ReadyForACard().At(Day).Step(NextStepKind.RenewACard).Codes());
    }
}
