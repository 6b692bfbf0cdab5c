using NodaTime;
using OpenNrm.Domain.Residence;
using static OpenNrm.Domain.Tests.Residence.Histories;

namespace OpenNrm.Domain.Tests.Residence;

public class OpeningTests
{
    [Fact]
    public void An_EU_citizen_is_refused_entry_and_the_refusal_names_the_scope_rule()
    {
        ProcedureEvent[] events = [new ProcedureOpened(OpenedOn, IsThirdCountryNational: false, false)];

        var state = events.At(OpenedOn);

        Assert.Equal(ProcedureStage.NotOpened, state.Stage);
        var rejected = Assert.Single(state.RejectedEvents);
        var reason = Assert.Single(rejected.UnmetConditions);
        Assert.Equal(ConditionCode.NotThirdCountryNational, reason.Code);
        Assert.Equal("Immigration Act art. 61/2 §1; Directive 2004/81/EC art. 3", reason.Basis.Citation);
        // The nationality stays known, so the step itself says why opening would fail again.
        Assert.Equal([ConditionCode.NotThirdCountryNational], state.Step(NextStepKind.OpenProcedure).Codes());
        Assert.False(state.ReturnMeasuresBarred);
    }

    [Fact]
    public void Deciding_to_open_for_an_EU_citizen_is_refused()
    {
        var decision = ProcedureEvaluator.Decide([], new ProcedureOpened(OpenedOn, false, false));

        Assert.False(decision.IsAllowed);
        Assert.Equal([ConditionCode.NotThirdCountryNational], decision.Codes());
    }

    [Fact]
    public void A_third_country_national_enters_the_reflection_stage_and_is_protected_from_return()
    {
        var state = Opened().At(OpenedOn);

        Assert.Equal(ProcedureStage.Reflection, state.Stage);
        Assert.Equal(OpenedOn, state.OpenedOn);
        Assert.Null(state.Document);
        Assert.True(state.ReturnMeasuresBarred);
        Assert.Empty(state.RejectedEvents);
    }

    [Fact]
    public void A_procedure_is_opened_once()
    {
        var state = Opened().With(new ProcedureOpened(new(2021, 4, 1), true, false)).At(new(2021, 4, 1));

        Assert.Equal(ConditionCode.ProcedureAlreadyOpened, Assert.Single(state.RejectedEvents).UnmetConditions[0].Code);
        Assert.Equal([ConditionCode.ProcedureAlreadyOpened], state.Step(NextStepKind.OpenProcedure).Codes());
    }

    public static TheoryData<NextStepKind> EveryStepButOpening =>
        [.. Enum.GetValues<NextStepKind>().Where(k => k != NextStepKind.OpenProcedure)];

    [Theory]
    [MemberData(nameof(EveryStepButOpening))]
    public void Before_opening_only_the_centre_can_act_and_every_other_step_says_so(NextStepKind kind)
    {
        var state = ProcedureEvaluator.Evaluate([], OpenedOn);

        Assert.Equal(ProcedureStage.NotOpened, state.Stage);
        Assert.True(state.Step(NextStepKind.OpenProcedure).IsAllowed);
        var reason = Assert.Single(state.Step(kind).UnmetConditions);
        Assert.Equal(ConditionCode.ProcedureNotOpened, reason.Code);
        Assert.Equal("Royal Decree of 8 October 1981 art. 110bis §1", reason.Basis.Citation);
    }

    [Fact]
    public void Facts_recorded_before_opening_count_once_the_procedure_opens()
    {
        // A complaint to the police often comes before the referral to a centre.
        ProcedureEvent[] events =
        [
            new ComplaintFiled(new(2021, 2, 1)),
            new SupportAccepted(new(2021, 2, 2)),
            .. Opened(),
        ];

        Assert.True(events.At(OpenedOn).Step(NextStepKind.IssueAttestationOfImmatriculation).IsAllowed);
    }
}
