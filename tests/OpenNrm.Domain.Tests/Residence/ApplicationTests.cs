using NodaTime;
using OpenNrm.Domain.Residence;
using static OpenNrm.Domain.Residence.DocumentType;
using static OpenNrm.Domain.Tests.Residence.Histories;

namespace OpenNrm.Domain.Tests.Residence;

/// <summary>The recognised centre's application for each document and renewal, and the decision that answers it.</summary>
public class ApplicationTests
{
    private const string CentreArticle = "Royal Decree of 8 October 1981 art. 110bis §1";
    private static readonly LocalDate AppliedOn = new(2021, 3, 12);

    private static DocumentApplied ForAttestation => new(AppliedOn, AttestationOfImmatriculation, IsRenewal: false);

    [Fact]
    public void A_pending_application_shows_its_document_date_and_days_pending()
    {
        var state = ReadyForAttestation().With(ForAttestation).At(new(2021, 3, 19));

        var pending = Assert.Single(state.PendingApplications);
        Assert.Equal((AttestationOfImmatriculation, false, AppliedOn, 7),
            (pending.Application.Type, pending.Application.IsRenewal, pending.Application.Date, pending.DaysPending));
        Assert.Empty(state.AnsweredApplications);
    }

    [Fact]
    public void The_matching_decision_answers_the_application_and_links_to_it()
    {
        var applied = ForAttestation;
        var issued = new DocumentIssued(AttestationOn, AttestationOfImmatriculation);

        var state = ReadyForAttestation().With(applied, issued).At(AttestationOn);

        Assert.Empty(state.PendingApplications);
        var answered = Assert.Single(state.AnsweredApplications);
        Assert.Same(applied, answered.Application);
        Assert.Same(issued, answered.Decision);
        Assert.DoesNotContain(state.Deadlines, d => d.Kind == DeadlineKind.ApplicationFollowUp);
    }

    public static TheoryData<ProcedureEvent> DecisionsOnAnotherDocument => new()
    {
        // The attestation is renewed while the centre waits for the A-card.
        new DocumentRenewed(new(2021, 6, 1)),
        // Refusing the B-card ends the procedure without answering the A-card application.
        new DocumentRefused(new(2021, 6, 1), BCard),
    };

    [Theory]
    [MemberData(nameof(DecisionsOnAnotherDocument))]
    public void A_decision_on_another_document_does_not_answer_the_application(ProcedureEvent decision)
    {
        var state = PresumedVictim().With(new DocumentApplied(new(2021, 5, 25), ACard, IsRenewal: false), decision).At(new(2021, 6, 1));

        Assert.Empty(state.AnsweredApplications);
        Assert.Equal(decision is DocumentRefused ? [] : new[] { ACard }, state.PendingApplications.Select(p => p.Application.Type));
    }

    [Fact]
    public void A_first_issue_application_is_not_answered_by_a_renewal_of_the_same_document()
    {
        // A confused application (the attestation was already issued) stays open: the renewal answers renewals only.
        var state = PresumedVictim().With(new DocumentApplied(new(2021, 5, 25), AttestationOfImmatriculation, IsRenewal: false),
            new DocumentRenewed(new(2021, 6, 1))).At(new(2021, 6, 1));

        Assert.False(Assert.Single(state.PendingApplications).Application.IsRenewal);
        Assert.Empty(state.AnsweredApplications);
    }

    [Fact]
    public void A_renewal_application_waits_for_the_renewal_and_ends_the_reminders_to_apply()
    {
        var applied = new DocumentApplied(new(2021, 5, 25), AttestationOfImmatriculation, IsRenewal: true);

        var waiting = PresumedVictim().With(applied).At(new(2021, 5, 26));

        Assert.True(Assert.Single(waiting.PendingApplications).Application.IsRenewal);
        Assert.Same(applied, waiting.Step(NextStepKind.RenewAttestationOfImmatriculation).Answers);
        Assert.Null(waiting.Step(NextStepKind.IssueAttestationOfImmatriculation).Answers);
        Assert.Equal(
            [
                (DeadlineKind.DocumentExpires, new LocalDate(2021, 6, 19)),
                (DeadlineKind.ApplicationFollowUp, new LocalDate(2021, 6, 24)),
                (DeadlineKind.IdentityProofDue, null),
            ],
            waiting.Deadlines.Select(d => (d.Kind, d.DueOn)));

        var renewal = new DocumentRenewed(new(2021, 6, 1));
        var renewed = PresumedVictim().With(applied, renewal).At(new(2021, 6, 1));

        Assert.Empty(renewed.PendingApplications);
        Assert.Same(renewal, Assert.Single(renewed.AnsweredApplications).Decision);
        Assert.Equal(new LocalDate(2021, 9, 19), renewed.Document!.ValidUntil);
    }

    [Fact]
    public void A_renewal_of_the_A_card_is_applied_for_and_answered()
    {
        var applied = new DocumentApplied(new(2022, 2, 1), ACard, IsRenewal: true);

        var state = IdentifiedVictim().With(applied, new DocumentRenewed(new(2022, 2, 10))).At(new(2022, 2, 10));

        Assert.Same(applied, Assert.Single(state.AnsweredApplications).Application);
        Assert.Equal(1, state.Document!.RenewalsUsed);
    }

    [Fact]
    public void A_refusal_answers_the_application_for_its_document()
    {
        var applied = new DocumentApplied(new(2021, 8, 10), ACard, IsRenewal: false);
        var refusal = new DocumentRefused(new(2021, 8, 20), ACard);

        var state = ReadyForACard().With(applied, refusal).At(new(2021, 8, 20));

        var answered = Assert.Single(state.AnsweredApplications);
        Assert.Same(applied, answered.Application);
        Assert.Same(refusal, answered.Decision);
        Assert.Equal(ExitReason.DocumentRefused, state.Exit!.Reason);
    }

    [Fact]
    public void An_application_for_the_reflection_document_is_answered_by_the_document_the_law_gives_that_day()
    {
        var applied = new DocumentApplied(OpenedOn, Annex15ReflectionDocument, IsRenewal: false);

        var waiting = Opened().With(applied).At(OpenedOn);
        Assert.Same(applied, waiting.Step(NextStepKind.IssueReflectionDocument).Answers);

        var state = Opened().With(applied, new DocumentIssued(OpenedOn.PlusDays(1), Annex15ReflectionDocument)).At(OpenedOn.PlusDays(1));
        Assert.Same(applied, Assert.Single(state.AnsweredApplications).Application);
    }

    [Theory]
    [InlineData(NextStepKind.ApplyForReflectionDocument, NextStepKind.IssueReflectionDocument)]
    [InlineData(NextStepKind.ApplyForAttestationOfImmatriculation, NextStepKind.IssueAttestationOfImmatriculation)]
    [InlineData(NextStepKind.ApplyToRenewAttestationOfImmatriculation, NextStepKind.RenewAttestationOfImmatriculation)]
    [InlineData(NextStepKind.ApplyForACard, NextStepKind.IssueACard)]
    [InlineData(NextStepKind.ApplyToRenewACard, NextStepKind.RenewACard)]
    [InlineData(NextStepKind.ApplyForBCard, NextStepKind.IssueBCard)]
    public void The_centre_is_offered_each_application_with_the_unmet_conditions_of_the_decision_it_asks_for(NextStepKind apply, NextStepKind decision)
    {
        foreach (var history in new[] { ReadyForAttestation(), PresumedVictim(), ReadyForACard(), IdentifiedVictim() })
        {
            var state = history.At(history[^1].Date);

            var (asked, decided) = (state.Step(apply), state.Step(decision));
            Assert.Equal((CompetentActor.RecognisedCentre, CentreArticle), (asked.Actor, asked.ActorBasis.Citation));
            Assert.Equal(decided.Document, asked.Document);
            Assert.Equal(decided.UnmetConditions, asked.UnmetConditions);
        }
    }

    [Fact]
    public void The_centre_may_apply_although_the_decision_is_not_yet_possible_and_the_decision_names_the_application()
    {
        var applied = new DocumentApplied(AttestationOn, ACard, IsRenewal: false);

        Assert.True(ProcedureEvaluator.Decide(PresumedVictim(), applied).IsAllowed);

        var state = PresumedVictim().With(applied).At(AttestationOn);
        var issue = state.Step(NextStepKind.IssueACard);
        Assert.False(issue.IsAllowed);
        Assert.Same(applied, issue.Answers);
        // Applying again is not offered while this application waits.
        Assert.Equal([.. issue.Codes(), ConditionCode.ApplicationAlreadyPending], state.Step(NextStepKind.ApplyForACard).Codes());
    }

    [Fact]
    public void A_decision_without_an_application_stays_lawful_and_answers_nothing()
    {
        var issued = new DocumentIssued(AttestationOn, AttestationOfImmatriculation);

        Assert.True(ProcedureEvaluator.Decide(ReadyForAttestation(), issued).IsAllowed);
        var state = ReadyForAttestation().With(issued).At(AttestationOn);
        Assert.Empty(state.AnsweredApplications);
        Assert.Empty(state.RejectedEvents);
        Assert.All(state.NextSteps, s => Assert.Null(s.Answers));
    }

    [Fact]
    public void The_same_application_is_not_recorded_twice_while_it_waits()
    {
        var decision = ProcedureEvaluator.Decide(ReadyForAttestation().With(ForAttestation), new DocumentApplied(AppliedOn.PlusDays(3), AttestationOfImmatriculation, IsRenewal: false));

        var only = Assert.Single(decision.UnmetConditions);
        Assert.Equal((ConditionCode.ApplicationAlreadyPending, CentreArticle), (only.Code, only.Basis.Citation));
        Assert.Contains("2021-03-12", only.Explanation, StringComparison.Ordinal);
    }

    [Fact]
    public void A_renewal_of_a_document_the_law_never_renews_cannot_be_applied_for()
    {
        var decision = ProcedureEvaluator.Decide(Reflection(), new DocumentApplied(new(2021, 3, 5), Annex15ReflectionDocument, IsRenewal: true));

        var only = Assert.Single(decision.UnmetConditions);
        Assert.Equal((ConditionCode.DocumentNotRenewable, "Immigration Act art. 61/2 §2, as amended by the Law of 30 March 2017 (in force 20 May 2017)"),
            (only.Code, only.Basis.Citation));
    }

    public static TheoryData<ProcedureEvent, string> Exits => new()
    {
        { new VoluntaryReturn(new(2021, 3, 10)), "Circular of 23 December 2016, 5.2.2" },
        { new ProcedureWithdrawn(new(2021, 3, 10)), CentreArticle },
    };

    [Theory]
    [MemberData(nameof(Exits))]
    public void An_application_after_the_procedure_ended_is_refused_with_the_end_and_its_article(ProcedureEvent exit, string basis)
    {
        var decision = ProcedureEvaluator.Decide(Reflection().With(exit), ForAttestation);

        var only = Assert.Single(decision.UnmetConditions);
        Assert.Equal((ConditionCode.ProcedureEnded, basis), (only.Code, only.Basis.Citation));
        Assert.StartsWith("The procedure ended on 2021-03-10", only.Explanation, StringComparison.Ordinal);
    }

    [Fact]
    public void An_application_before_the_opening_is_refused()
    {
        var decision = ProcedureEvaluator.Decide([], ForAttestation);

        Assert.Equal([ConditionCode.ProcedureNotOpened], decision.Codes());
    }

    [Fact]
    public void An_application_open_when_the_procedure_ends_is_no_longer_pending()
    {
        var state = ReadyForAttestation().With(ForAttestation, new VoluntaryReturn(new(2021, 3, 15))).At(new(2021, 3, 20));

        Assert.Empty(state.PendingApplications);
        Assert.Empty(state.Deadlines);
        Assert.All(state.NextSteps, s => Assert.Null(s.Answers));
    }

    [Fact]
    public void Only_the_recognised_centre_applies_and_the_rule_names_its_article()
    {
        var competence = RecordingCompetence.For(ForAttestation);

        Assert.Equal(CompetentActor.RecognisedCentre, Assert.Single(competence.Actors));
        Assert.False(competence.Allows(CompetentActor.Prosecutor));
        Assert.False(competence.Allows(CompetentActor.ImmigrationOfficeThbUnit));
        Assert.Equal(CentreArticle, competence.Basis.Citation);
        Assert.Contains("applies", competence.Explanation, StringComparison.Ordinal);
    }

    [Fact]
    public void An_application_without_a_decision_after_thirty_days_is_announced_on_its_follow_up_day()
    {
        var history = ReadyForAttestation().With(ForAttestation);
        var followUp = AppliedOn.PlusDays(ApplicationFollowUp.DaysWithoutDecision);

        Assert.DoesNotContain(ReminderPlan.Due(history.At(followUp.PlusDays(-1)), followUp.PlusDays(-1), [30, 14, 7]),
            r => r.Deadline == DeadlineKind.ApplicationFollowUp);
        var reminder = Assert.Single(ReminderPlan.Due(history.At(followUp), followUp, [30, 14, 7]), r => r.Deadline == DeadlineKind.ApplicationFollowUp);
        Assert.Equal((ReminderKind.Missed, new LocalDate(2021, 4, 11), CentreArticle), (reminder.Kind, reminder.DueOn, reminder.Basis.Citation));
        Assert.Equal(30, history.At(followUp).PendingApplications.Single().DaysPending);
    }
}
