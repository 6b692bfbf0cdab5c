using NodaTime;
using OpenNrm.Domain.Assistance;

namespace OpenNrm.Domain.Tests.Assistance;

public sealed class SupportPeriodTests
{
    private const string Basis = "EMN Belgium 2022, 7.2 (support for 3 to 5 years on average; not a legal limit)";

    public static TheoryData<string, string, string?, SupportPeriodStatus, bool> Cases => new()
    {
        // Start, as of, closed on; then status and whether the coordinator reviews.
        { "2020-03-01", "2020-02-29", null, SupportPeriodStatus.NotStarted, false },
        { "2020-03-01", "2020-03-01", null, SupportPeriodStatus.WithinUsualPeriod, false },
        { "2020-03-01", "2023-03-01", null, SupportPeriodStatus.WithinUsualPeriod, false },
        { "2020-03-01", "2024-08-31", null, SupportPeriodStatus.WithinUsualPeriod, false },
        { "2020-03-01", "2024-09-01", null, SupportPeriodStatus.ApproachingEnd, false }, // Six months before five years.
        { "2020-03-01", "2025-02-28", null, SupportPeriodStatus.ApproachingEnd, false },
        { "2020-03-01", "2025-03-01", null, SupportPeriodStatus.BeyondFiveYears, true }, // The fifth anniversary.
        { "2020-03-01", "2027-01-01", null, SupportPeriodStatus.BeyondFiveYears, true },
        { "2020-03-01", "2027-01-01", "2023-06-30", SupportPeriodStatus.Closed, false },
        { "2020-03-01", "2023-06-29", "2023-06-30", SupportPeriodStatus.WithinUsualPeriod, false }, // Closure not yet known.
        { "2020-02-29", "2025-02-27", null, SupportPeriodStatus.ApproachingEnd, false },
        { "2020-02-29", "2025-02-28", null, SupportPeriodStatus.BeyondFiveYears, true }, // Leap-day start: anniversary on 28 February.
        { "2019-08-31", "2024-02-29", null, SupportPeriodStatus.ApproachingEnd, false }, // Notice from a month end: 29 February.
        { "2019-08-31", "2024-02-28", null, SupportPeriodStatus.WithinUsualPeriod, false },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void Support_is_measured_against_the_usual_three_to_five_years(string start, string asOf, string? closedOn, SupportPeriodStatus status, bool review)
    {
        var closure = Dates.OrNull(closedOn) is { } on ? new SupportClosure(on, ClosureReason.GoalsReached, null) : null;

        var standing = SupportPeriod.Assess(Dates.Of(start), closure, Dates.Of(asOf));

        Assert.Equal((status, review), (standing.Status, standing.NeedsCoordinatorReview));
        Assert.Equal(Basis, standing.Basis.Citation);
        Assert.Equal(Dates.Of(start).PlusYears(3), standing.ThreeYearsOn);
        Assert.Equal(Dates.Of(start).PlusYears(5), standing.FiveYearsOn);
    }

    [Fact]
    public void Beyond_five_years_says_it_is_not_a_legal_limit()
    {
        var standing = SupportPeriod.Assess(Dates.Of("2019-01-15"), null, Dates.Of("2024-03-20"));

        Assert.Equal(SupportPeriodStatus.BeyondFiveYears, standing.Status);
        Assert.Contains("not a legal limit", standing.Explanation, StringComparison.Ordinal);
        Assert.Equal(new PeriodBuilder { Years = 5, Months = 2, Days = 5 }.Build(), standing.Elapsed);
    }

    [Fact]
    public void A_closed_support_reports_how_long_it_lasted()
    {
        var closure = new SupportClosure(Dates.Of("2024-02-29"), ClosureReason.ReturnedHome, null);

        var standing = SupportPeriod.Assess(Dates.Of("2021-01-31"), closure, Dates.Of("2026-01-01"));

        Assert.Equal(SupportPeriodStatus.Closed, standing.Status);
        Assert.Equal(new PeriodBuilder { Years = 3, Months = 1, Days = 0 }.Build(), standing.Elapsed);
    }

    [Theory]
    [InlineData(0, "2024-12-31", SupportPeriodStatus.WithinUsualPeriod)]
    [InlineData(0, "2025-01-01", SupportPeriodStatus.BeyondFiveYears)]
    [InlineData(24, "2022-12-31", SupportPeriodStatus.WithinUsualPeriod)]
    [InlineData(24, "2023-01-01", SupportPeriodStatus.ApproachingEnd)]
    public void The_notice_before_five_years_is_configurable(int noticeMonths, string asOf, SupportPeriodStatus status)
    {
        var settings = new SupportPeriodSettings(Period.FromMonths(noticeMonths));

        Assert.Equal(status, SupportPeriod.Assess(Dates.Of("2020-01-01"), null, Dates.Of(asOf), settings).Status);
    }

    [Fact]
    public void The_default_notice_is_six_months() =>
        Assert.Equal(Period.FromMonths(6), SupportPeriodSettings.Default.ApproachingNotice);

    [Theory]
    [InlineData("2020-01-01", "2023-05-31", ClosureReason.GoalsReached, null, null)]
    [InlineData("2020-01-01", "2020-01-01", ClosureReason.Declined, null, null)]
    [InlineData("2020-01-01", "2023-05-31", ClosureReason.Other, "Moved abroad for family reasons", null)]
    [InlineData("2020-01-01", "2019-12-31", ClosureReason.LostContact, null, AssistanceRefusalCode.ClosureBeforeStart)]
    [InlineData("2020-01-01", "2023-05-31", ClosureReason.Other, " ", AssistanceRefusalCode.ClosureExplanationMissing)]
    public void A_closure_is_dated_within_the_support_and_explains_other_reasons(
        string start, string closedOn, ClosureReason reason, string? explanation, AssistanceRefusalCode? refusal)
    {
        var outcome = SupportClosureRules.Close(Dates.Of(start), Dates.Of(closedOn), reason, explanation);

        Assert.Equal(refusal, outcome.Refusal?.Code);
        if (outcome.IsAccepted)
        {
            Assert.Equal((Dates.Of(closedOn), reason), (outcome.Value.ClosedOn, outcome.Value.Reason));
        }
        else
        {
            Assert.StartsWith("Circular of 23 December 2016, 4", outcome.Refusal.Basis.Citation, StringComparison.Ordinal);
        }
    }
}
