using NodaTime;
using OpenNrm.Domain.Proceedings;
using static OpenNrm.Domain.Proceedings.CriminalProceedingsStatus;
using static OpenNrm.Domain.Proceedings.ProceedingsRefusalCode;
using static OpenNrm.Domain.Tests.Proceedings.Cases;

namespace OpenNrm.Domain.Tests.Proceedings;

/// <summary>The conditions of a transition that depend on dates and on the content of the act, not only on the status.</summary>
public sealed class TransitionConditionTests
{
    public static TheoryData<int, ProceedingsRefusalCode[]> DaysFromToday => new()
    {
        { -1, [] },
        { 0, [] },
        { 1, [DatedInTheFuture] },
        { 400, [DatedInTheFuture] },
    };

    [Theory]
    [MemberData(nameof(DaysFromToday))]
    public void Nothing_is_recorded_after_today(int days, ProceedingsRefusalCode[] expected)
    {
        var today = new LocalDate(2023, 1, 10);
        var refusals = ProceedingsRegister.Check(Opened(), new JudicialInvestigationOpened(today.PlusDays(days)), today);

        Assert.Equal(expected, refusals.Codes());
        Assert.All(refusals, r => Assert.Equal("Code of Criminal Procedure art. 55-56", r.Basis.Citation));
    }

    public static TheoryData<int, ProceedingsRefusalCode[]> DaysFromPreviousAct => new()
    {
        { -30, [DatedBeforePreviousEvent] },
        { -1, [DatedBeforePreviousEvent] },
        { 0, [] },
        { 1, [] },
    };

    [Theory]
    [MemberData(nameof(DaysFromPreviousAct))]
    public void Acts_follow_one_another_in_time(int days, ProceedingsRefusalCode[] expected)
    {
        var trial = In(Trial);
        var refusals = ProceedingsRegister.Check(trial, Convicted(trial.Events[^1].Date.PlusDays(days)), Today);

        Assert.Equal(expected, refusals.Codes());
        Assert.All(refusals, r => Assert.Equal("Code of Criminal Procedure art. 195", r.Basis.Citation));
    }

    [Fact]
    public void Every_unmet_condition_is_reported_at_once()
    {
        var today = new LocalDate(2022, 4, 1);
        var opened = Opened();

        var early = ProceedingsRegister.Check(opened, Convicted(new(2022, 2, 1)), today);
        var late = ProceedingsRegister.Check(opened, Convicted(new(2022, 5, 1)), today);

        Assert.Equal([DatedBeforePreviousEvent, NoChargesBrought], early.Codes());
        Assert.Equal([DatedInTheFuture, NoChargesBrought], late.Codes());
    }

    public static TheoryData<JudgmentOutcome, bool, ProceedingsRefusalCode[]> Judgments => new()
    {
        { JudgmentOutcome.Conviction, true, [] },
        { JudgmentOutcome.Conviction, false, [] },
        { JudgmentOutcome.Partial, true, [] },
        { JudgmentOutcome.Partial, false, [] },
        { JudgmentOutcome.Acquittal, false, [] },
        { JudgmentOutcome.Acquittal, true, [AcquittalRetainsNoOffence] },
    };

    [Theory]
    [MemberData(nameof(Judgments))]
    public void An_acquittal_cannot_retain_trafficking(JudgmentOutcome outcome, bool trafficking, ProceedingsRefusalCode[] expected)
    {
        var judgment = new JudgmentDelivered(new(2024, 1, 15), outcome, ExploitationCategory.EconomicExploitation, trafficking);

        var refusals = ProceedingsRegister.Check(In(Trial), judgment, Today);

        Assert.Equal(expected, refusals.Codes());
        Assert.All(refusals, r => Assert.Equal(
            "Code of Criminal Procedure art. 195; Criminal Code art. 433quinquies", r.Basis.Citation));
    }

    [Fact]
    public void A_court_may_retain_trafficking_on_charges_brought_without_it()
    {
        var charged = In(ChargesWithoutTrafficking).Then(new TrialOpened(new(2022, 11, 1)));

        Assert.Empty(ProceedingsRegister.Check(charged, Convicted(new(2023, 2, 1), trafficking: true), Today));
    }

    [Fact]
    public void The_appeal_courts_judgment_cannot_be_appealed_again()
    {
        var onAppeal = In(Appeal).Then(Convicted(new(2024, 9, 10)));

        var refusal = Assert.Single(ProceedingsRegister.Check(onAppeal, new AppealLodged(new(2024, 9, 20)), Today));

        Assert.Equal(AppealJudgmentNotAppealable, refusal.Code);
        Assert.Equal("Code of Criminal Procedure art. 199", refusal.Basis.Citation);
        Assert.Equal(Final, onAppeal.Then(new BecameFinal(new(2024, 9, 30))).Status);
    }

    public static TheoryData<string, string, ProceedingsRefusalCode[]> Reopenings => new()
    {
        // Dismissed on 2022-12-01; the prosecution is time-barred from 2027-03-01.
        { "2027-02-28", "Phone records of the suspect", [] },
        { "2027-03-01", "Phone records of the suspect", [TimeBarred] },
        { "2028-01-01", "Phone records of the suspect", [TimeBarred] },
        { "2024-01-01", "", [NoNewEvidence] },
        { "2024-01-01", "   ", [NoNewEvidence] },
    };

    [Theory]
    [MemberData(nameof(Reopenings))]
    public void A_dismissed_case_is_reopened_only_on_new_evidence_before_it_is_time_barred(
        string on, string evidence, ProceedingsRefusalCode[] expected)
    {
        var reopening = new CaseReopened(NodaTime.Text.LocalDatePattern.Iso.Parse(on).Value, evidence, new(2027, 3, 1));

        var refusals = ProceedingsRegister.Check(In(Dismissed), reopening, Today);

        Assert.Equal(expected, refusals.Codes());
        Assert.All(refusals, r => Assert.Equal(
            "Code of Criminal Procedure art. 28quater; Preliminary Title of the Code of Criminal Procedure art. 21", r.Basis.Citation));
    }

    [Fact]
    public void A_reopened_case_can_be_dismissed_again_or_sent_to_trial()
    {
        var reopened = In(Dismissed).Then(Proposal(Act.Reopening, new(2024, 5, 1)));

        Assert.Equal(PreliminaryInvestigation, reopened.Status);
        Assert.Equal(Dismissed, reopened.Then(new CaseDismissed(new(2025, 1, 1), DismissalReason.InsufficientEvidence)).Status);
        Assert.Equal(ChargesWithoutTrafficking, reopened.Then(Proposal(Act.Summons, new(2025, 1, 1))).Status);
    }

    [Fact]
    public void A_refused_act_leaves_the_case_as_it_was()
    {
        var trial = In(Trial);

        var outcome = ProceedingsRegister.Record(trial, new BecameFinal(new(2024, 1, 1)), Today);

        Assert.False(outcome.IsAccepted);
        Assert.Null(outcome.Value);
        Assert.Equal(Trial, trial.Status);
        Assert.Equal(4, trial.Events.Count);
    }

    [Fact]
    public void The_status_history_lists_each_act_with_the_status_it_led_to()
    {
        var history = In(Final).StatusHistory;

        Assert.Equal(
            [PreliminaryInvestigation, JudicialInvestigation, ChargesWithTrafficking, Trial, Judgment, Final],
            history.Select(h => h.Status));
        Assert.Equal([OpenedOn, new(2022, 5, 1), new(2023, 6, 1), new(2023, 10, 2), new(2024, 1, 15), new(2024, 2, 20)],
            history.Select(h => h.On));
        Assert.IsType<BecameFinal>(history[^1].Cause);
    }

    public static TheoryData<string, CriminalProceedingsStatus?> StatusDates => new()
    {
        { "2022-02-28", null },
        { "2022-03-01", PreliminaryInvestigation },
        { "2022-04-30", PreliminaryInvestigation },
        { "2022-05-01", JudicialInvestigation },
        { "2024-01-14", Trial },
        { "2024-01-15", Judgment },
        { "2024-02-20", Final },
        { "2029-01-01", Final },
    };

    [Theory]
    [MemberData(nameof(StatusDates))]
    public void The_status_on_a_date_counts_the_acts_of_that_day(string on, CriminalProceedingsStatus? expected) =>
        Assert.Equal(expected, In(Final).StatusOn(NodaTime.Text.LocalDatePattern.Iso.Parse(on).Value));
}
