using OpenNrm.Domain.Assistance;

namespace OpenNrm.Domain.Tests.Assistance;

public sealed class LegalAidAlertTests
{
    public static TheoryData<string, string?, string, int, LegalAidAlertStatus, string, int> Cases => new()
    {
        // Complaint, lawyer appointed, as of, days; then status, deadline, days late.
        { "2024-02-20", null, "2024-02-19", 14, LegalAidAlertStatus.NotDue, "2024-03-05", 0 },
        { "2024-02-20", null, "2024-02-20", 14, LegalAidAlertStatus.Awaiting, "2024-03-05", 0 },
        { "2024-02-20", null, "2024-03-05", 14, LegalAidAlertStatus.Awaiting, "2024-03-05", 0 }, // Across 29 February.
        { "2024-02-20", null, "2024-03-06", 14, LegalAidAlertStatus.Overdue, "2024-03-05", 1 },
        { "2023-02-20", null, "2023-03-06", 14, LegalAidAlertStatus.Awaiting, "2023-03-06", 0 }, // A common year: one day later.
        { "2023-02-20", null, "2023-03-07", 14, LegalAidAlertStatus.Overdue, "2023-03-06", 1 },
        { "2024-12-20", null, "2025-01-10", 14, LegalAidAlertStatus.Overdue, "2025-01-03", 7 },
        { "2024-02-20", "2024-03-05", "2024-06-01", 14, LegalAidAlertStatus.AppointedInTime, "2024-03-05", 0 },
        { "2024-02-20", "2024-01-10", "2024-06-01", 14, LegalAidAlertStatus.AppointedInTime, "2024-03-05", 0 },
        { "2024-02-20", "2024-04-04", "2024-06-01", 14, LegalAidAlertStatus.AppointedLate, "2024-03-05", 30 },
        { "2024-02-20", "2024-04-04", "2024-03-10", 14, LegalAidAlertStatus.Overdue, "2024-03-05", 5 }, // Re-read before the appointment.
        { "2024-02-20", null, "2024-02-27", 7, LegalAidAlertStatus.Awaiting, "2024-02-27", 0 },
        { "2024-02-20", null, "2024-02-28", 7, LegalAidAlertStatus.Overdue, "2024-02-27", 1 },
        { "2024-02-20", "2024-02-28", "2024-02-28", 7, LegalAidAlertStatus.AppointedLate, "2024-02-27", 1 },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void An_alert_follows_a_complaint_without_a_lawyer(
        string complaint, string? lawyer, string asOf, int days, LegalAidAlertStatus status, string deadline, int daysLate)
    {
        var state = LegalAidAlert.As(Dates.Of(complaint), Dates.OrNull(lawyer), Dates.Of(asOf), days);

        Assert.Equal((status, Dates.Of(deadline), daysLate), (state.Status, state.Deadline, state.DaysLate));
        Assert.Equal(status == LegalAidAlertStatus.Overdue, state.RaisesAlert);
        Assert.Contains("product rule", state.Basis.Citation, StringComparison.Ordinal);
        Assert.False(string.IsNullOrWhiteSpace(state.Explanation));
    }

    [Fact]
    public void The_default_period_is_fourteen_days()
    {
        Assert.Equal(14, LegalAidAlert.DefaultDays);
        Assert.True(LegalAidAlert.As(Dates.Of("2024-05-01"), null, Dates.Of("2024-05-16")).RaisesAlert);
        Assert.False(LegalAidAlert.As(Dates.Of("2024-05-01"), null, Dates.Of("2024-05-15")).RaisesAlert);
    }

    [Fact]
    public void A_negative_period_is_refused() =>
        Assert.Throws<ArgumentOutOfRangeException>(() => LegalAidAlert.As(Dates.Of("2024-05-01"), null, Dates.Of("2024-05-16"), -1));
}
