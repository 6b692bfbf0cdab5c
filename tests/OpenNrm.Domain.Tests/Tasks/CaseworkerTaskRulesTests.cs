using NodaTime;
using OpenNrm.Domain.Tasks;

namespace OpenNrm.Domain.Tests.Tasks;

public sealed class CaseworkerTaskRulesTests
{
    private static readonly LocalDate Today = new(2026, 3, 31);

    public static TheoryData<CaseworkerTaskStatus, CaseworkerTaskStatus, CaseworkerTaskRefusalCode?> Table => new()
    {
        { CaseworkerTaskStatus.Open, CaseworkerTaskStatus.Done, null },
        { CaseworkerTaskStatus.Open, CaseworkerTaskStatus.Cancelled, null },
        { CaseworkerTaskStatus.Done, CaseworkerTaskStatus.Done, CaseworkerTaskRefusalCode.AlreadyDone },
        { CaseworkerTaskStatus.Done, CaseworkerTaskStatus.Cancelled, CaseworkerTaskRefusalCode.AlreadyDone },
        { CaseworkerTaskStatus.Cancelled, CaseworkerTaskStatus.Done, CaseworkerTaskRefusalCode.AlreadyCancelled },
        { CaseworkerTaskStatus.Cancelled, CaseworkerTaskStatus.Cancelled, CaseworkerTaskRefusalCode.AlreadyCancelled },
    };

    [Theory]
    [MemberData(nameof(Table))]
    public void A_task_is_finished_once_and_the_refusal_names_the_product_rule(CaseworkerTaskStatus from, CaseworkerTaskStatus to,
        CaseworkerTaskRefusalCode? expected)
    {
        var refusal = CaseworkerTaskRules.Finish(from, to);

        Assert.Equal(expected, refusal?.Code);
        if (refusal is not null)
        {
            Assert.StartsWith("product rule", refusal.Basis.Citation, StringComparison.Ordinal);
            Assert.Contains("nothing was changed", refusal.Explanation, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Finishing_means_done_or_cancelled() =>
        Assert.Throws<ArgumentOutOfRangeException>(() => CaseworkerTaskRules.Finish(CaseworkerTaskStatus.Open, CaseworkerTaskStatus.Open));

    public static TheoryData<LocalDate, bool> DueDates => new()
    {
        { Today, true },
        { Today.PlusDays(-30), true },
        { Today.PlusDays(-31), false },
        { Today.PlusYears(-1), false },
        { Today.PlusYears(5), true },
        { Today.PlusYears(5).PlusDays(1), false },
    };

    [Theory]
    [MemberData(nameof(DueDates))]
    public void A_due_date_is_at_most_a_month_back_and_five_years_ahead(LocalDate dueOn, bool acceptable) =>
        Assert.Equal(acceptable, CaseworkerTaskRules.IsDueDateAcceptable(dueOn, Today));

    [Theory]
    [InlineData(CaseworkerTaskStatus.Open, -1, true)]
    [InlineData(CaseworkerTaskStatus.Open, 0, false)]
    [InlineData(CaseworkerTaskStatus.Done, -10, false)]
    [InlineData(CaseworkerTaskStatus.Cancelled, -10, false)]
    public void Only_an_open_task_past_its_day_is_overdue(CaseworkerTaskStatus status, int dueInDays, bool overdue) =>
        Assert.Equal(overdue, CaseworkerTaskRules.IsOverdue(status, Today.PlusDays(dueInDays), Today));
}
