using NodaTime;
using OpenNrm.Domain.Residence;
using static OpenNrm.Domain.Tests.Residence.Histories;

namespace OpenNrm.Domain.Tests.Residence;

public class AttestationTests
{
    private static readonly LocalDate Day = new(2021, 3, 20);

    public static TheoryData<bool, bool, bool, ConditionCode[]> ConditionCases => new()
    {
        { false, false, false, [ConditionCode.NoComplaintOrStatements, ConditionCode.SupportNotAccepted] },
        { true, false, false, [ConditionCode.SupportNotAccepted] },
        { false, true, false, [ConditionCode.SupportNotAccepted] },
        { false, false, true, [ConditionCode.NoComplaintOrStatements] },
        // Either a complaint or relevant statements will do.
        { true, false, true, [] },
        { false, true, true, [] },
        { true, true, true, [] },
    };

    [Theory]
    [MemberData(nameof(ConditionCases))]
    public void The_attestation_needs_a_complaint_or_statements_and_accepted_support(
        bool complaint, bool statements, bool support, ConditionCode[] expected)
    {
        var events = Reflection().ToList();
        if (complaint) events.Add(new ComplaintFiled(new(2021, 3, 5)));
        if (statements) events.Add(new StatementsMade(new(2021, 3, 6)));
        if (support) events.Add(new SupportAccepted(new(2021, 3, 7)));

        var step = events.ToArray().At(Day).Step(NextStepKind.IssueAttestationOfImmatriculation);

        Assert.Equal(expected, step.Codes());
        Assert.All(step.UnmetConditions, c => Assert.Equal("Immigration Act art. 61/3 §1", c.Basis.Citation));
    }

    [Fact]
    public void The_missing_complaint_is_explained_in_plain_words()
    {
        var reason = Reflection().At(Day).Step(NextStepKind.IssueAttestationOfImmatriculation).UnmetConditions[0];

        Assert.Equal("No complaint filed and no relevant statements made", reason.Explanation);
    }

    [Fact]
    public void Issuing_the_attestation_makes_a_presumed_victim_for_three_months()
    {
        var state = PresumedVictim().At(Day);

        Assert.Equal(ProcedureStage.PresumedVictim, state.Stage);
        Assert.Equal(new ResidenceDocument(DocumentType.AttestationOfImmatriculation, Day, Day, new LocalDate(2021, 6, 19),
            0, 1, DocumentStatus.Valid, state.Document!.Basis), state.Document);
        Assert.False(state.Step(NextStepKind.IssueAttestationOfImmatriculation).IsAllowed);
    }

    [Fact]
    public void A_timely_renewal_continues_from_the_day_after_expiry()
    {
        var state = PresumedVictim().With(new DocumentRenewed(new(2021, 6, 1))).At(new(2021, 6, 1));

        Assert.Equal(new LocalDate(2021, 6, 20), state.Document!.ValidFrom);
        Assert.Equal(new LocalDate(2021, 9, 19), state.Document.ValidUntil);
        Assert.Equal((1, 0), (state.Document.RenewalsUsed, state.Document.RenewalsLeft!.Value));
    }

    [Fact]
    public void A_late_renewal_starts_on_its_own_date_and_does_not_cover_the_gap()
    {
        var late = new LocalDate(2021, 7, 1);
        var state = PresumedVictim().With(new DocumentRenewed(late)).At(late);

        Assert.Equal(late, state.Document!.ValidFrom);
        Assert.Equal(new LocalDate(2021, 9, 30), state.Document.ValidUntil);
    }

    [Fact]
    public void A_second_renewal_is_refused_with_its_article()
    {
        var state = PresumedVictim()
            .With(new DocumentRenewed(new(2021, 6, 1)), new DocumentRenewed(new(2021, 9, 1)))
            .At(new(2021, 9, 1));

        var reason = Assert.Single(Assert.Single(state.RejectedEvents).UnmetConditions);
        Assert.Equal(ConditionCode.RenewalLimitReached, reason.Code);
        Assert.Equal("Immigration Act art. 61/3 §2, second paragraph", reason.Basis.Citation);
        Assert.Equal(new LocalDate(2021, 9, 19), state.Document!.ValidUntil);
        Assert.Equal([ConditionCode.RenewalLimitReached], state.Step(NextStepKind.RenewAttestationOfImmatriculation).Codes());
    }

    [Fact]
    public void Only_an_attestation_holder_can_renew_one()
    {
        Assert.Equal([ConditionCode.DocumentNotHeld],
            Reflection().At(Day).Step(NextStepKind.RenewAttestationOfImmatriculation).Codes());
    }
}
