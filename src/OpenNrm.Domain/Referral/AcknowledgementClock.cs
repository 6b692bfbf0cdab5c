using NodaTime;

namespace OpenNrm.Domain.Referral;

/// <summary>
/// When a centre must have acknowledged a referral, and whom to alert when it has not. The centres are reachable
/// 24 hours a day, 7 days a week, so the window runs on elapsed time: no office hours, no holidays, and an hour is
/// an hour even across a change to or from summer time (the deadline is an <see cref="Instant"/>, not a wall-clock
/// time). The length of the window and the escalation levels are product rules; the law only sets the availability.
/// </summary>
public static class AcknowledgementClock
{
    public static readonly Duration DefaultWindow = Duration.FromHours(1);

    /// <summary>
    /// A product rule: once a referral is unanswered for more than this many windows past its deadline, the
    /// coordinators of every centre are alerted, so that another centre can take the person in.
    /// </summary>
    public const int SecondLevelAfterWindows = 2;

    public static Instant Deadline(Instant sentAt) => Deadline(sentAt, DefaultWindow);

    public static Instant Deadline(Instant sentAt, Duration window)
    {
        RequirePositive(window);
        return sentAt + window;
    }

    /// <summary>
    /// The acknowledgement as it stood at <paramref name="now"/>: steps of the state dated after
    /// <paramref name="now"/> are not yet known then, so the same state can be re-read at any past moment.
    /// </summary>
    public static EscalationState As(ReferralState state, Instant now, Duration window)
    {
        ArgumentNullException.ThrowIfNull(state);
        var deadline = Deadline(state.SentAt, window);

        if (state.AcknowledgedAt is { } acknowledged && acknowledged <= now)
        {
            return acknowledged <= deadline
                ? State(AcknowledgementStatus.Met, deadline, Duration.Zero, EscalationTarget.None,
                    $"Acknowledged at {acknowledged}, within the window ending {deadline}.")
                : State(AcknowledgementStatus.MetLate, deadline, acknowledged - deadline, EscalationTarget.None,
                    $"Acknowledged at {acknowledged}, {Describe(acknowledged - deadline)} after the deadline of {deadline}.");
        }

        if (now < state.SentAt)
        {
            return State(AcknowledgementStatus.NotDue, deadline, Duration.Zero, EscalationTarget.None,
                $"The referral was not yet sent at {now}.");
        }

        if (state.CancelledAt is { } cancelled && cancelled <= now)
        {
            return State(AcknowledgementStatus.NotDue, deadline, Duration.Zero, EscalationTarget.None,
                $"The referral was cancelled at {cancelled} before any acknowledgement; nothing is awaited.");
        }

        if (now <= deadline)
        {
            return State(AcknowledgementStatus.Due, deadline, Duration.Zero, EscalationTarget.None,
                $"Awaiting acknowledgement until {deadline}.");
        }

        var overdue = now - deadline;
        return SecondLevelApplies(overdue, window)
            ? State(AcknowledgementStatus.Overdue, deadline, overdue, EscalationTarget.EveryCentreCoordinator,
                $"Not acknowledged {Describe(overdue)} after the deadline of {deadline}, more than {SecondLevelAfterWindows} windows: alert the coordinators of every centre.")
            : State(AcknowledgementStatus.Overdue, deadline, overdue, EscalationTarget.CentreCoordinator,
                $"Not acknowledged {Describe(overdue)} after the deadline of {deadline}: alert the centre's coordinator and the referrer.");
    }

    public static EscalationState As(ReferralState state, Instant now) => As(state, now, DefaultWindow);

    /// <summary>Whether a delay of <paramref name="overdue"/> past the deadline calls for the second level.</summary>
    public static bool SecondLevelApplies(Duration overdue, Duration window)
    {
        RequirePositive(window);
        return overdue > window * SecondLevelAfterWindows;
    }

    private static EscalationState State(
        AcknowledgementStatus status, Instant deadline, Duration overdue, EscalationTarget target, string explanation) =>
        new(status, deadline, overdue, target, explanation, ReferralArticles.CentreReception);

    private static string Describe(Duration duration) =>
        duration.TotalMinutes < 60 ? $"{(long)duration.TotalMinutes} min" : $"{(long)duration.TotalHours} h {duration.Minutes} min";

    private static void RequirePositive(Duration window) =>
        ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(window, Duration.Zero, nameof(window));
}
