using NodaTime;
using OpenNrm.Domain.Residence;
using static OpenNrm.Domain.Tests.Residence.Histories;

namespace OpenNrm.Domain.Tests.Residence;

/// <summary>
/// The sweep skips a procedure until its review day, so nothing the sweep looks at may change on a day in between:
/// not the summary that orders the caseworkers' lists, not the reminders to raise. Checked day by day over random
/// lawful histories, as the application records them (only events dated up to the day of the look).
/// </summary>
public sealed class ReviewPlanTests
{
    private static readonly int[][] LeadSets = [[30, 14, 7], [60, 30, 14, 7, 1, 0], [3]];

    [Fact]
    public void Nothing_the_sweep_reads_changes_before_the_review_day()
    {
        var failures = new List<string>();
        int looks = 0, beforeTheCap = 0, changedOnTheDay = 0;
        for (var seed = 0; seed < 300 && failures.Count < 5; seed++)
        {
            var random = new Random(seed);
            var full = ProcedurePropertyTests.Build(random);
            var leads = LeadSets[seed % LeadSets.Length];
            var end = full[^1].Date.PlusDays(500);
            for (var today = full[0].Date; today <= end && failures.Count < 5; today = today.PlusDays(random.Next(1, 30)))
            {
                var day = today;
                var recorded = full.Where(e => e.Date <= day).ToList();
                var state = ProcedureEvaluator.Evaluate(recorded, today);
                var review = ReviewPlan.NextReview(state, leads);
                if (state.Exit is not null || state.Stage is ProcedureStage.Permanent)
                {
                    continue;
                }

                looks++;
                beforeTheCap += review < today.PlusDays(ReviewPlan.LongestInterval) ? 1 : 0;
                if (review <= today)
                {
                    failures.Add($"seed {seed}, on {today}: review {review} is not after today");
                    continue;
                }

                var summary = Summary(state);
                var raised = ReminderPlan.Due(state, today, leads).Select(r => r.Key).ToHashSet();
                for (var later = today.PlusDays(1); later < review; later = later.PlusDays(1))
                {
                    var then = ProcedureEvaluator.Evaluate(recorded, later);
                    var fresh = ReminderPlan.Due(then, later, leads).Select(r => r.Key).Where(k => !raised.Contains(k)).ToList();
                    if (Summary(then) != summary || fresh.Count > 0)
                    {
                        failures.Add($"seed {seed}, looked on {today}, review {review}, changed on {later}: {Summary(then)} against {summary}; new reminders {string.Join(", ", fresh)}");
                        break;
                    }
                }

                var onTheDay = ProcedureEvaluator.Evaluate(recorded, review);
                changedOnTheDay += Summary(onTheDay) != summary || ReminderPlan.Due(onTheDay, review, leads).Any(r => !raised.Contains(r.Key)) ? 1 : 0;
            }
        }

        Assert.True(failures.Count == 0, string.Join(Environment.NewLine, failures));
        // The check proves little unless many reviews come before the cap and something does change on the review day.
        // (Most looks at random histories find a lapsed document and no dated deadline: those wait for the cap.)
        var stats = $"{looks} looks at pending procedures, {beforeTheCap} with a review before the cap, {changedOnTheDay} with a change on the review day";
        Assert.True(beforeTheCap >= 1000 && changedOnTheDay >= 500, stats);
    }

    [Fact]
    public void A_reflection_document_is_looked_at_again_when_its_first_lead_time_is_reached()
    {
        // Valid through 2021-04-14: 30 days before is 15 March.
        var today = new LocalDate(2021, 3, 1);
        var review = ReviewPlan.NextReview(Reflection().At(today), [30, 14, 7]);

        Assert.Equal(new LocalDate(2021, 3, 15), review);
    }

    [Fact]
    public void After_the_last_lead_the_lapse_is_the_next_review()
    {
        var today = new LocalDate(2021, 4, 7);
        var review = ReviewPlan.NextReview(Reflection().At(today), [30, 14, 7]);

        // The deadline day itself, then the day after when the lapse is announced.
        Assert.Equal(new LocalDate(2021, 4, 14), review);
        Assert.Equal(new LocalDate(2021, 4, 15), ReviewPlan.NextReview(Reflection().At(review), [30, 14, 7]));
    }

    [Fact]
    public void An_ended_procedure_is_looked_at_no_more_often_than_the_longest_interval()
    {
        var ended = IdentifiedVictim().With(new ProcedureWithdrawn(new LocalDate(2021, 10, 1)));
        var today = new LocalDate(2021, 11, 1);

        Assert.Equal(today.PlusDays(ReviewPlan.LongestInterval), ReviewPlan.NextReview(ended.At(today), [30, 14, 7]));
    }

    private static (bool Open, ProcedureStage Stage, LocalDate? NextOn, DeadlineKind? NextKind) Summary(ProcedureState state)
    {
        var next = ReminderPlan.Next(state);
        return (state.Exit is null, state.Stage, next?.DueOn, next?.Kind);
    }
}
