using OpenNrm.Domain.Assistance;

namespace OpenNrm.Domain.Tests.Assistance;

public sealed class FollowUpTimelineTests
{
    [Fact]
    public void Outcomes_fall_in_years_from_anniversary_to_anniversary()
    {
        var outcomes = new[]
        {
            new FollowUpOutcome(FollowUpOutcomeKind.Housing, Dates.Of("2022-03-14")),
            new FollowUpOutcome(FollowUpOutcomeKind.LanguageSkills, Dates.Of("2021-03-15")),
            new FollowUpOutcome(FollowUpOutcomeKind.Employment, Dates.Of("2022-03-15")),
            new FollowUpOutcome(FollowUpOutcomeKind.NewTraffickingSignal, Dates.Of("2023-09-01")),
            new FollowUpOutcome(FollowUpOutcomeKind.Training, Dates.Of("2021-03-14")), // Before support began.
            new FollowUpOutcome(FollowUpOutcomeKind.PermanentResidence, Dates.Of("2024-01-10")), // After the date asked about.
        };

        var years = FollowUpTimeline.ByYear(Dates.Of("2021-03-15"), outcomes, Dates.Of("2023-12-31"));

        Assert.Equal([1, 2, 3], years.Select(y => y.Year));
        Assert.Equal([Dates.Of("2021-03-15"), Dates.Of("2022-03-15"), Dates.Of("2023-03-15")], years.Select(y => y.From));
        Assert.Equal([Dates.Of("2022-03-14"), Dates.Of("2023-03-14"), Dates.Of("2024-03-14")], years.Select(y => y.Until));
        Assert.Equal([FollowUpOutcomeKind.LanguageSkills, FollowUpOutcomeKind.Housing], years[0].Outcomes.Select(o => o.Kind));
        Assert.Equal([FollowUpOutcomeKind.Employment], years[1].Outcomes.Select(o => o.Kind));
        Assert.Equal([false, false, true], years.Select(y => y.HasNewTraffickingSignal));
    }

    [Fact]
    public void A_start_on_a_leap_day_has_contiguous_years()
    {
        var years = FollowUpTimeline.ByYear(Dates.Of("2024-02-29"), [], Dates.Of("2028-02-29"));

        Assert.Equal(5, years.Count);
        Assert.Equal(Dates.Of("2025-02-27"), years[0].Until);
        Assert.Equal(Dates.Of("2025-02-28"), years[1].From);
        Assert.Equal(Dates.Of("2028-02-28"), years[3].Until);
        Assert.Equal(Dates.Of("2028-02-29"), years[4].From);
        Assert.All(years.Zip(years.Skip(1)), pair => Assert.Equal(pair.First.Until.PlusDays(1), pair.Second.From));
    }

    [Fact]
    public void Before_the_start_there_is_no_year() =>
        Assert.Empty(FollowUpTimeline.ByYear(Dates.Of("2024-01-01"), [], Dates.Of("2023-12-31")));
}
