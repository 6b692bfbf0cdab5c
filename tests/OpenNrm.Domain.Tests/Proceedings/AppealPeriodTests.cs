using NodaTime;
using NodaTime.Text;
using OpenNrm.Domain.Proceedings;
using static OpenNrm.Domain.Proceedings.CriminalProceedingsStatus;
using static OpenNrm.Domain.Tests.Proceedings.Cases;

namespace OpenNrm.Domain.Tests.Proceedings;

/// <summary>
/// Thirty calendar days from the day after the judgment: day 30 is the last day, day 31 is too late. The rows cross
/// month ends, February in leap and common years, and a year end; each last day is counted by hand in its comment.
/// </summary>
public sealed class AppealPeriodTests
{
    public static TheoryData<string, string> LastDays => new()
    {
        { "2024-01-15", "2024-02-14" },   // 16 days left in January + 14 in February
        { "2024-01-31", "2024-03-01" },   // leap year: 29 days of February + 1 March
        { "2023-01-31", "2023-03-02" },   // common year: 28 days of February + 2 March
        { "2024-02-29", "2024-03-30" },   // judgment on the leap day
        { "2024-02-10", "2024-03-11" },   // 19 days left in February 2024 + 11 March
        { "2023-02-10", "2023-03-12" },   // 18 days left in February 2023 + 12 March
        { "2023-12-15", "2024-01-14" },   // 16 days left in December + 14 January
        { "2024-04-30", "2024-05-30" },   // judgment on a month end
    };

    [Theory]
    [MemberData(nameof(LastDays))]
    public void Day_30_is_the_last_day_to_appeal_and_day_31_is_late(string judgedOn, string lastDay)
    {
        var judgment = Parse(judgedOn);
        var last = Parse(lastDay);
        var judged = JudgedOn(judgment);

        Assert.Equal(last, AppealPeriod.LastDay(judgment));
        Assert.Equal(30, Period.Between(judgment, last, PeriodUnits.Days).Days);
        Assert.Empty(ProceedingsRegister.Check(judged, new AppealLodged(last), Today));
        Assert.True(AppealPeriod.IsOpen(judgment, last));

        var late = Assert.Single(ProceedingsRegister.Check(judged, new AppealLodged(last.PlusDays(1)), Today));
        Assert.Equal(ProceedingsRefusalCode.AppealPeriodExpired, late.Code);
        Assert.Equal("Code of Criminal Procedure art. 203 §1", late.Basis.Citation);
        Assert.Contains(lastDay, late.Explanation, StringComparison.Ordinal);
        Assert.False(AppealPeriod.IsOpen(judgment, last.PlusDays(1)));
    }

    [Fact]
    public void An_appeal_on_the_day_of_the_judgment_is_in_time()
    {
        var judgment = new LocalDate(2024, 1, 15);

        Assert.Empty(ProceedingsRegister.Check(JudgedOn(judgment), new AppealLodged(judgment), Today));
        Assert.False(AppealPeriod.IsOpen(judgment, judgment.PlusDays(-1)));
    }

    private static CriminalProceedings JudgedOn(LocalDate date) =>
        ProceedingsRegister.Open(Office, Notice, date.PlusYears(-2), Magistrate, Today).Value!
            .Then(new ChargesBrought(date.PlusYears(-1), ChargeRoute.DirectSummons, IncludesTrafficking: true))
            .Then(new TrialOpened(date.PlusMonths(-1)))
            .Then(Convicted(date));

    private static LocalDate Parse(string text) => LocalDatePattern.Iso.Parse(text).Value;
}
