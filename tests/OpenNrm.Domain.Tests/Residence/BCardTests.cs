using NodaTime;
using OpenNrm.Domain.Residence;
using static OpenNrm.Domain.Tests.Residence.Histories;

namespace OpenNrm.Domain.Tests.Residence;

public class BCardTests
{
    private static readonly LocalDate Day = new(2022, 1, 15);
    private static readonly IdentityProven Identity = new(new(2021, 10, 1));

    public static TheoryData<ProcedureEvent[], ConditionCode[]> Cases => new()
    {
        { [new ConvictionRecorded(Day), Identity], [] },
        { [new ProceedingsStatusChanged(Day, ProceedingsStatus.EndedWithConviction), Identity], [] },
        // The prosecutor retaining trafficking in the charges is enough, before any judgment.
        { [new ChargesRetained(Day, WithTrafficking: true), Identity], [] },
        { [new ChargesRetained(Day, WithTrafficking: false), Identity], [ConditionCode.NoConvictionOrTraffickingCharges] },
        { [new ChargesRetained(new(2021, 12, 1), true), new ChargesRetained(Day, false), Identity], [ConditionCode.NoConvictionOrTraffickingCharges] },
        { [Identity], [ConditionCode.NoConvictionOrTraffickingCharges] },
        { [new ConvictionRecorded(Day)], [ConditionCode.IdentityNotProven] },
        { [], [ConditionCode.NoConvictionOrTraffickingCharges, ConditionCode.IdentityNotProven] },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void The_B_card_needs_a_conviction_or_trafficking_charges_and_proven_identity(
        ProcedureEvent[] facts, ConditionCode[] expected)
    {
        var step = IdentifiedVictim().With(facts).At(Day).Step(NextStepKind.IssueBCard);

        Assert.Equal(expected, step.Codes());
        Assert.Equal(DocumentType.BCard, step.Document);
    }

    [Fact]
    public void Missing_identity_cites_the_identity_articles()
    {
        var reason = IdentifiedVictim().With(new ConvictionRecorded(Day)).At(Day).Step(NextStepKind.IssueBCard)
            .UnmetConditions.Single();

        Assert.Equal("Immigration Act art. 61/3 §4; Royal Decree of 8 October 1981 art. 110bis §3, second paragraph",
            reason.Basis.Citation);
    }

    [Fact]
    public void A_presumed_victim_cannot_skip_the_A_card()
    {
        var step = PresumedVictim().With(new ConvictionRecorded(Day), Identity).At(Day).Step(NextStepKind.IssueBCard);

        Assert.Equal([ConditionCode.ACardNotYetIssued], step.Codes());
    }

    [Fact]
    public void The_B_card_is_permanent_and_closes_the_procedure()
    {
        var state = IdentifiedVictim()
            .With(new ConvictionRecorded(Day), Identity, new DocumentIssued(Day, DocumentType.BCard))
            .At(new(2040, 1, 1));

        Assert.Equal(ProcedureStage.Permanent, state.Stage);
        Assert.Equal(new ResidenceDocument(DocumentType.BCard, Day, Day, null, 0, 0, DocumentStatus.Valid,
            new("Immigration Act art. 61/5")), state.Document);
        Assert.Empty(state.Deadlines);
        Assert.True(state.ReturnMeasuresBarred);
        Assert.Null(state.Exit);
        Assert.All(state.NextSteps.Where(s => s.Kind != NextStepKind.OpenProcedure),
            s => Assert.Equal([ConditionCode.PermanentResidenceGranted], s.Codes()));
    }
}
