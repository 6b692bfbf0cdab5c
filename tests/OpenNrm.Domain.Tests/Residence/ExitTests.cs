using NodaTime;
using OpenNrm.Domain.Residence;
using static OpenNrm.Domain.Tests.Residence.Histories;

namespace OpenNrm.Domain.Tests.Residence;

public class ExitTests
{
    private static readonly LocalDate Day = new(2021, 5, 1);

    public static TheoryData<ProcedureEvent, ExitReason, string> Exits => new()
    {
        { new DocumentWithdrawn(Day, WithdrawalReason.ResumedContactWithTraffickers), ExitReason.DocumentWithdrawnForResumedContact, "Immigration Act art. 61/3" },
        { new DocumentWithdrawn(Day, WithdrawalReason.LackOfCooperation), ExitReason.DocumentWithdrawnForLackOfCooperation, "Immigration Act art. 61/3" },
        { new DocumentWithdrawn(Day, WithdrawalReason.Other), ExitReason.DocumentWithdrawnForOtherReason, "Immigration Act art. 61/3" },
        { new DocumentRefused(Day, DocumentType.ACard), ExitReason.DocumentRefused, "Immigration Act art. 61/4 §1" },
        { new VoluntaryReturn(Day), ExitReason.VoluntaryReturn, "Circular of 23 December 2016, 5.2.2" },
        { new ProcedureWithdrawn(Day), ExitReason.ProcedureWithdrawn, "Royal Decree of 8 October 1981 art. 110bis §1" },
        { new ProceedingsStatusChanged(Day, ProceedingsStatus.Dismissed), ExitReason.ProceedingsEndedWithoutConvictionOrCharges, "Immigration Act art. 61/4 §1 and art. 61/5" },
        { new ProceedingsStatusChanged(Day, ProceedingsStatus.EndedWithoutConviction), ExitReason.ProceedingsEndedWithoutConvictionOrCharges, "Immigration Act art. 61/4 §1 and art. 61/5" },
    };

    [Theory]
    [MemberData(nameof(Exits))]
    public void Each_exit_ends_the_procedure_with_its_reason_date_and_article(
        ProcedureEvent exit, ExitReason reason, string basis)
    {
        var state = PresumedVictim().With(exit).At(Day);

        Assert.Equal(ProcedureStage.Ended, state.Stage);
        Assert.Equal(new ProcedureExit(reason, Day, new(basis)), state.Exit);
        Assert.False(state.ReturnMeasuresBarred);
        Assert.Empty(state.Deadlines);
        Assert.Equal(0, state.Document!.RenewalsLeft);
    }

    [Theory]
    [MemberData(nameof(Exits))]
    public void After_an_exit_every_step_but_opening_is_refused_for_that_reason(
        ProcedureEvent exit, ExitReason reason, string basis)
    {
        var state = PresumedVictim().With(exit).At(Day.PlusDays(1));

        Assert.All(state.NextSteps.Where(s => s.Kind != NextStepKind.OpenProcedure), s =>
        {
            var only = Assert.Single(s.UnmetConditions);
            Assert.Equal((ConditionCode.ProcedureEnded, basis, reason), (only.Code, only.Basis.Citation, state.Exit!.Reason));
        });
    }

    [Fact]
    public void A_withdrawn_document_is_no_longer_valid_and_its_article_follows_its_type()
    {
        var state = IdentifiedVictim()
            .With(new DocumentWithdrawn(new(2021, 10, 1), WithdrawalReason.ResumedContactWithTraffickers))
            .At(new(2021, 10, 2));

        Assert.Equal(DocumentStatus.Withdrawn, state.Document!.Status);
        Assert.Equal("Immigration Act art. 61/4", state.Exit!.Basis.Citation);
    }

    [Fact]
    public void An_expired_document_cannot_be_withdrawn()
    {
        var afterExpiry = new LocalDate(2021, 4, 15);
        var step = Reflection().At(afterExpiry).Step(NextStepKind.WithdrawDocument);

        Assert.Equal([ConditionCode.DocumentNotHeld], step.Codes());
        Assert.Equal("Immigration Act art. 61/2", step.UnmetConditions[0].Basis.Citation);
    }

    public static TheoryData<ProcedureEvent[]> ProceedingsEndsThatKeepTheProcedure => new()
    {
        // Trafficking charges keep the B-card within reach even after an acquittal.
        { [new ChargesRetained(new(2021, 4, 1), true), new ProceedingsStatusChanged(Day, ProceedingsStatus.EndedWithoutConviction)] },
        { [new ConvictionRecorded(new(2021, 4, 1)), new ProceedingsStatusChanged(Day, ProceedingsStatus.EndedWithoutConviction)] },
        { [new ProceedingsStatusChanged(Day, ProceedingsStatus.EndedWithConviction)] },
        { [new ProceedingsStatusChanged(Day, ProceedingsStatus.Prosecution)] },
    };

    [Theory]
    [MemberData(nameof(ProceedingsEndsThatKeepTheProcedure))]
    public void Proceedings_that_end_with_a_conviction_or_charges_do_not_end_the_procedure(ProcedureEvent[] facts)
    {
        var state = PresumedVictim().With(facts).At(Day);

        Assert.Null(state.Exit);
        Assert.Equal(ProcedureStage.PresumedVictim, state.Stage);
    }

    [Fact]
    public void Asylum_and_the_durable_solution_are_recorded_alongside_without_ending_the_procedure()
    {
        ProcedureEvent[] events =
        [
            .. Opened(unaccompaniedMinor: true),
            new AsylumApplied(new(2021, 3, 5)),
            new DurableSolutionProcedureStarted(new(2021, 3, 6)),
        ];

        var state = events.At(Day);

        Assert.Equal(
            [
                new RecordedAlternative(AlternativeKind.InternationalProtection, new(2021, 3, 5), new("Immigration Act art. 48/3 and 48/4")),
                new RecordedAlternative(AlternativeKind.DurableSolution, new(2021, 3, 6), new("Immigration Act art. 61/14 to 61/25")),
            ],
            state.Alternatives);
        Assert.Equal(ProcedureStage.Reflection, state.Stage);
        Assert.True(state.ReturnMeasuresBarred);
    }

    [Fact]
    public void The_durable_solution_procedure_is_for_unaccompanied_minors()
    {
        var state = Opened().With(new DurableSolutionProcedureStarted(Day)).At(Day);

        Assert.Equal(ConditionCode.NotUnaccompaniedMinor, Assert.Single(state.RejectedEvents).UnmetConditions[0].Code);
        Assert.Empty(state.Alternatives);
    }
}
