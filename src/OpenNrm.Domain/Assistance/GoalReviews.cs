using NodaTime;

namespace OpenNrm.Domain.Assistance;

/// <summary>
/// When goals are next reviewed and which reviews are late. Each interval counts from the last real review, not from
/// a fixed calendar, so a review held late moves the following one with it.
/// </summary>
public static class GoalReviews
{
    public static LocalDate NextReview(LocalDate lastReview, ReviewSchedule schedule)
    {
        ArgumentNullException.ThrowIfNull(schedule);
        return lastReview.Plus(schedule.Interval);
    }

    public static LocalDate NextReview(SupportGoal goal, ReviewSchedule schedule)
    {
        ArgumentNullException.ThrowIfNull(goal);
        return NextReview(goal.LastReviewedOn ?? goal.SetOn, schedule);
    }

    /// <summary>
    /// The open goals whose review was due before <paramref name="asOf"/>: a review due today is not late yet.
    /// Goals closed on or before <paramref name="asOf"/>, or not yet set then, are left out.
    /// </summary>
    public static IReadOnlyList<OverdueReview> Overdue(IReadOnlyList<SupportGoal> goals, ReviewSchedule schedule, LocalDate asOf)
    {
        ArgumentNullException.ThrowIfNull(goals);
        ArgumentNullException.ThrowIfNull(schedule);
        return [.. goals
            .Where(goal => goal.SetOn <= asOf && !(goal.ClosedOn <= asOf))
            .Select(goal => (Goal: goal, Due: NextReview(goal, schedule)))
            .Where(x => x.Due < asOf)
            .OrderBy(x => x.Due)
            .Select(x => new OverdueReview(x.Goal, x.Due, Period.Between(x.Due, asOf, PeriodUnits.Days).Days))];
    }

    public static IReadOnlyList<OverdueReview> Overdue(IReadOnlyList<SupportGoal> goals, LocalDate asOf) =>
        Overdue(goals, ReviewSchedule.Default, asOf);
}
