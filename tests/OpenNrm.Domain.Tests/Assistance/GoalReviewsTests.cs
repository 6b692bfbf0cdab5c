using NodaTime;
using OpenNrm.Domain.Assistance;

namespace OpenNrm.Domain.Tests.Assistance;

public sealed class GoalReviewsTests
{
    [Theory]
    [InlineData("2023-11-30", 3, "2024-02-29")] // Into a leap February.
    [InlineData("2022-11-30", 3, "2023-02-28")] // Into a common February.
    [InlineData("2024-08-31", 3, "2024-11-30")] // From a 31st to a 30-day month.
    [InlineData("2024-10-31", 3, "2025-01-31")] // Across the year end.
    [InlineData("2024-02-29", 12, "2025-02-28")] // A leap day, a year later.
    [InlineData("2024-01-31", 1, "2024-02-29")]
    [InlineData("2024-12-15", 6, "2025-06-15")]
    public void The_next_review_counts_calendar_months_from_the_last_review(string last, int months, string next) =>
        Assert.Equal(Dates.Of(next), GoalReviews.NextReview(Dates.Of(last), new ReviewSchedule(Period.FromMonths(months))));

    [Fact]
    public void The_default_interval_is_three_months()
    {
        Assert.Equal(Period.FromMonths(3), ReviewSchedule.Default.Interval);
        var goal = new SupportGoal(GoalArea.Language, Dates.Of("2024-05-31"), null, null);
        Assert.Equal(Dates.Of("2024-08-31"), GoalReviews.NextReview(goal, ReviewSchedule.Default));
    }

    [Fact]
    public void A_review_counts_from_the_last_review_not_from_when_the_goal_was_set()
    {
        var goal = new SupportGoal(GoalArea.Work, Dates.Of("2024-01-10"), Dates.Of("2024-05-20"), null);
        Assert.Equal(Dates.Of("2024-08-20"), GoalReviews.NextReview(goal, ReviewSchedule.Default));
    }

    public static TheoryData<string, string?, string?, string, int?> OverdueCases => new()
    {
        // Set on, last review, closed on, as of; then days overdue (null: not overdue).
        { "2023-11-30", null, null, "2024-02-29", null }, // Due that very day.
        { "2023-11-30", null, null, "2024-03-01", 1 },
        { "2023-11-30", null, null, "2024-03-31", 31 },
        { "2023-11-30", "2024-02-28", null, "2024-03-31", null },
        { "2023-11-30", "2024-02-28", null, "2024-05-29", 1 },
        { "2023-11-30", null, "2024-02-15", "2024-03-31", null }, // Closed before it fell due.
        { "2023-11-30", null, "2024-04-01", "2024-03-31", 31 }, // Closed later: still open on that date.
        { "2024-06-01", null, null, "2024-03-31", null }, // Not yet set.
    };

    [Theory]
    [MemberData(nameof(OverdueCases))]
    public void Open_goals_past_their_review_date_are_overdue(string setOn, string? lastReview, string? closedOn, string asOf, int? daysOverdue)
    {
        var goal = new SupportGoal(GoalArea.Housing, Dates.Of(setOn), Dates.OrNull(lastReview), Dates.OrNull(closedOn));

        var overdue = GoalReviews.Overdue([goal], Dates.Of(asOf));

        Assert.Equal(daysOverdue, overdue.SingleOrDefault()?.DaysOverdue);
        if (daysOverdue is not null)
        {
            Assert.Equal(goal, overdue[0].Goal);
            Assert.Equal(GoalReviews.NextReview(goal, ReviewSchedule.Default), overdue[0].DueOn);
        }
    }

    [Fact]
    public void Overdue_reviews_come_most_late_first_with_a_configured_interval()
    {
        var schedule = new ReviewSchedule(Period.FromWeeks(6));
        var health = new SupportGoal(GoalArea.Health, Dates.Of("2024-03-01"), null, null);
        var training = new SupportGoal(GoalArea.Training, Dates.Of("2024-01-15"), null, null);
        var language = new SupportGoal(GoalArea.Language, Dates.Of("2024-04-20"), null, null);

        var overdue = GoalReviews.Overdue([health, training, language], schedule, Dates.Of("2024-05-01"));

        Assert.Equal([GoalArea.Training, GoalArea.Health], overdue.Select(o => o.Goal.Area));
        Assert.Equal([Dates.Of("2024-02-26"), Dates.Of("2024-04-12")], overdue.Select(o => o.DueOn));
    }

    public static TheoryData<Period> BadIntervals => new()
    {
        Period.Zero,
        Period.FromMonths(-3),
        Period.FromHours(72),
        Period.FromMonths(3) + Period.FromDays(-1),
    };

    [Theory]
    [MemberData(nameof(BadIntervals))]
    public void An_interval_must_move_forward_in_whole_days(Period interval) =>
        Assert.Throws<ArgumentException>(() => new ReviewSchedule(interval));
}
