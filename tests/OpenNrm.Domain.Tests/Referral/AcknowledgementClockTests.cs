using NodaTime;
using OpenNrm.Domain.Detection;
using OpenNrm.Domain.Referral;

namespace OpenNrm.Domain.Tests.Referral;

public sealed class AcknowledgementClockTests
{
    private static readonly DateTimeZone Brussels = DateTimeZoneProviders.Tzdb["Europe/Brussels"];
    private static readonly Duration Hour = Duration.FromHours(1);

    private static Instant Local(int year, int month, int day, int hour, int minute) =>
        Brussels.AtStrictly(new LocalDateTime(year, month, day, hour, minute)).ToInstant();

    private static ReferralState SentAt(Instant at) => ReferralLifecycle.Send(at, SpecialisedCentre.PagAsa, null);

    private static ReferralState AcknowledgedAt(Instant sent, Instant acknowledged) =>
        ReferralLifecycle.Apply(SentAt(sent), new AcknowledgeReferral(acknowledged)).Value!;

    [Fact]
    public void The_default_window_is_one_hour() =>
        Assert.Equal(Instant.FromUtc(2024, 5, 10, 9, 0), AcknowledgementClock.Deadline(Instant.FromUtc(2024, 5, 10, 8, 0)));

    [Fact]
    public void The_window_runs_across_midnight_into_a_public_holiday()
    {
        var sent = Local(2024, 12, 31, 23, 30);

        var deadline = AcknowledgementClock.Deadline(sent, Hour);

        Assert.Equal(new LocalDateTime(2025, 1, 1, 0, 30), deadline.InZone(Brussels).LocalDateTime);
    }

    [Fact]
    public void The_window_runs_over_a_weekend_without_office_hours()
    {
        var sent = Local(2024, 6, 8, 22, 0); // A Saturday night.

        var deadline = AcknowledgementClock.Deadline(sent, Duration.FromHours(4));

        Assert.Equal(new LocalDateTime(2024, 6, 9, 2, 0), deadline.InZone(Brussels).LocalDateTime);
    }

    [Fact]
    public void An_hour_is_an_hour_when_summer_time_starts()
    {
        // 31 March 2024: at 02:00 the clocks in Brussels jump to 03:00.
        var sent = Local(2024, 3, 31, 1, 30);

        var deadline = AcknowledgementClock.Deadline(sent, Hour);

        Assert.Equal(Hour, deadline - sent);
        Assert.Equal(new LocalDateTime(2024, 3, 31, 3, 30), deadline.InZone(Brussels).LocalDateTime);
    }

    [Fact]
    public void An_hour_is_an_hour_when_summer_time_ends()
    {
        // 27 October 2024: at 03:00 the clocks in Brussels go back to 02:00, so 02:30 happens twice.
        var sent = Brussels.AtLeniently(new LocalDateTime(2024, 10, 27, 2, 30)).ToInstant();
        Assert.Equal(Offset.FromHours(2), Brussels.GetUtcOffset(sent));

        var deadline = AcknowledgementClock.Deadline(sent, Hour);

        var local = deadline.InZone(Brussels);
        Assert.Equal(new LocalDateTime(2024, 10, 27, 2, 30), local.LocalDateTime);
        Assert.Equal(Offset.FromHours(1), local.Offset);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(-30)]
    public void A_window_must_be_positive(int minutes) =>
        Assert.Throws<ArgumentOutOfRangeException>(() => AcknowledgementClock.Deadline(Instant.FromUtc(2024, 5, 10, 8, 0), Duration.FromMinutes(minutes)));

    private static readonly Instant Sent = Instant.FromUtc(2024, 5, 10, 8, 0);
    private static readonly Instant Deadline = Sent + Hour;

    public static TheoryData<int?, int, AcknowledgementStatus, int, EscalationTarget> Levels => new()
    {
        // Minutes after sending: acknowledgement (null: none), moment asked about; then status, minutes overdue, target.
        { null, -5, AcknowledgementStatus.NotDue, 0, EscalationTarget.None },
        { null, 0, AcknowledgementStatus.Due, 0, EscalationTarget.None },
        { null, 59, AcknowledgementStatus.Due, 0, EscalationTarget.None },
        { null, 60, AcknowledgementStatus.Due, 0, EscalationTarget.None },
        { null, 61, AcknowledgementStatus.Overdue, 1, EscalationTarget.CentreCoordinator },
        // Overdue by exactly twice the window: still the first level.
        { null, 180, AcknowledgementStatus.Overdue, 120, EscalationTarget.CentreCoordinator },
        { null, 181, AcknowledgementStatus.Overdue, 121, EscalationTarget.EveryCentreCoordinator },
        { null, 60 * 24, AcknowledgementStatus.Overdue, 60 * 23, EscalationTarget.EveryCentreCoordinator },
        { 10, 30, AcknowledgementStatus.Met, 0, EscalationTarget.None },
        { 60, 61, AcknowledgementStatus.Met, 0, EscalationTarget.None },
        { 61, 300, AcknowledgementStatus.MetLate, 1, EscalationTarget.None },
        { 200, 200, AcknowledgementStatus.MetLate, 140, EscalationTarget.None },
        // Re-read before the acknowledgement happened: as it stood then.
        { 200, 100, AcknowledgementStatus.Overdue, 40, EscalationTarget.CentreCoordinator },
        { 30, 20, AcknowledgementStatus.Due, 0, EscalationTarget.None },
    };

    [Theory]
    [MemberData(nameof(Levels))]
    public void The_acknowledgement_is_met_due_or_escalated(
        int? acknowledgedAfter, int nowAfter, AcknowledgementStatus status, int overdueMinutes, EscalationTarget target)
    {
        var state = acknowledgedAfter is { } ack ? AcknowledgedAt(Sent, Sent + Duration.FromMinutes(ack)) : SentAt(Sent);

        var escalation = AcknowledgementClock.As(state, Sent + Duration.FromMinutes(nowAfter), Hour);

        Assert.Equal(
            (status, Deadline, Duration.FromMinutes(overdueMinutes), target),
            (escalation.Status, escalation.Deadline, escalation.Overdue, escalation.Escalation));
        Assert.Equal(target == EscalationTarget.EveryCentreCoordinator, escalation.IsSecondLevel);
        Assert.Equal("Circular of 23 December 2016, 4.1", escalation.Basis.Citation);
        Assert.False(string.IsNullOrWhiteSpace(escalation.Explanation));
    }

    [Fact]
    public void The_window_is_configurable()
    {
        var window = Duration.FromMinutes(30);

        var escalation = AcknowledgementClock.As(SentAt(Sent), Sent + Duration.FromMinutes(45), window);

        Assert.Equal((AcknowledgementStatus.Overdue, Sent + window, Duration.FromMinutes(15)),
            (escalation.Status, escalation.Deadline, escalation.Overdue));
    }

    [Fact]
    public void The_default_window_applies_when_none_is_given() =>
        Assert.Equal(AcknowledgementStatus.Overdue, AcknowledgementClock.As(SentAt(Sent), Sent + Duration.FromMinutes(61)).Status);

    [Fact]
    public void A_referral_cancelled_unanswered_is_no_longer_awaited()
    {
        var cancelled = ReferralLifecycle.Apply(SentAt(Sent), new CancelReferral(Sent + Duration.FromMinutes(90), "Person found by family"))
            .Value!;

        Assert.Equal(AcknowledgementStatus.Overdue, AcknowledgementClock.As(cancelled, Sent + Duration.FromMinutes(80), Hour).Status);
        Assert.Equal(AcknowledgementStatus.NotDue, AcknowledgementClock.As(cancelled, Sent + Duration.FromMinutes(90), Hour).Status);
    }

    [Fact]
    public void An_acknowledgement_in_time_stays_met_after_the_intake()
    {
        var acknowledged = AcknowledgedAt(Sent, Sent + Duration.FromMinutes(40));
        var done = ReferralLifecycle.Apply(acknowledged,
            new RecordIntake(Sent + Duration.FromDays(1), IntakeOutcome.EnteredResidenceProcedure, CitizenshipGroup.ThirdCountry)).Value!;

        Assert.Equal(AcknowledgementStatus.Met, AcknowledgementClock.As(done, Sent + Duration.FromDays(3), Hour).Status);
    }

    [Theory]
    [InlineData(120, 60, false)]
    [InlineData(121, 60, true)]
    [InlineData(61, 30, true)]
    [InlineData(0, 60, false)]
    public void The_second_level_applies_past_twice_the_window(int overdueMinutes, int windowMinutes, bool expected) =>
        Assert.Equal(expected, AcknowledgementClock.SecondLevelApplies(Duration.FromMinutes(overdueMinutes), Duration.FromMinutes(windowMinutes)));
}
