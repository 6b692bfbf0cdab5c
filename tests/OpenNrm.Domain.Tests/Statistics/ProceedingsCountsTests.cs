using NodaTime;
using OpenNrm.Domain.Proceedings;
using OpenNrm.Domain.Statistics;

namespace OpenNrm.Domain.Tests.Statistics;

/// <summary>What one case counts for in a year: each act in the year of its date, a case counted once per indicator, judgments each.</summary>
public sealed class ProceedingsCountsTests
{
    private static readonly LocalDate Today = new(2030, 1, 1);

    /// <summary>The history as the register accepts it, so that no test counts a case the law would not allow.</summary>
    private static IReadOnlyList<ProceedingsEvent> Case(LocalDate opened, params ProceedingsEvent[] acts)
    {
        var state = ProceedingsRegister.Open("PROS-BXL", "BR.12.L1.000001/20", opened, "magistrate", Today).Value!;
        foreach (var act in acts)
        {
            state = ProceedingsRegister.Record(state, act, Today).Value ?? throw new InvalidOperationException($"refused: {act}");
        }

        return state.Events;
    }

    [Fact]
    public void A_case_opened_charged_and_judged_twice_in_one_year_counts_once_as_opened_and_charged_and_twice_as_judgments()
    {
        var history = Case(new(2020, 1, 10),
            new ChargesBrought(new(2020, 3, 1), ChargeRoute.DirectSummons, IncludesTrafficking: true),
            new TrialOpened(new(2020, 4, 1)),
            new JudgmentDelivered(new(2020, 5, 1), JudgmentOutcome.Partial, ExploitationCategory.EconomicExploitation, TraffickingRetained: false),
            new AppealLodged(new(2020, 5, 20)),
            new JudgmentDelivered(new(2020, 11, 2), JudgmentOutcome.Conviction, ExploitationCategory.EconomicExploitation, TraffickingRetained: true));

        var year = ProceedingsCounts.Of(history, 2020);

        Assert.True(year.Opened);
        Assert.Equal(new ChargesBrought(new(2020, 3, 1), ChargeRoute.DirectSummons, true), year.Charges);
        Assert.Null(year.Dismissal);
        Assert.Equal([(false, false), (true, true)], year.Convictions.Select(j => (j.OnAppeal, j.Judgment.TraffickingRetained)));
        Assert.True(ProceedingsCounts.Of(history, 2021).CountsForNothing);
    }

    [Fact]
    public void Acts_count_in_the_year_of_their_date_and_an_acquittal_is_no_conviction()
    {
        var history = Case(new(2019, 12, 30),
            new ChargesBrought(new(2020, 1, 2), ChargeRoute.DirectSummons, IncludesTrafficking: false),
            new TrialOpened(new(2020, 12, 31)),
            new JudgmentDelivered(new(2021, 1, 1), JudgmentOutcome.Acquittal, ExploitationCategory.Begging, TraffickingRetained: false));

        Assert.Equal((true, false), (ProceedingsCounts.Of(history, 2019).Opened, ProceedingsCounts.Of(history, 2019).Charges is not null));
        Assert.Equal((false, true), (ProceedingsCounts.Of(history, 2020).Opened, ProceedingsCounts.Of(history, 2020).Charges is not null));
        Assert.True(ProceedingsCounts.Of(history, 2021).CountsForNothing);
    }

    [Fact]
    public void A_reopening_is_not_an_opening_and_a_case_dismissed_twice_in_a_year_counts_once_by_its_first_reason()
    {
        var history = Case(new(2018, 6, 1),
            new CaseDismissed(new(2020, 2, 1), DismissalReason.PerpetratorUnknown),
            new CaseReopened(new(2020, 5, 1), "A fingerprint matched", new LocalDate(2028, 1, 1)),
            new CaseDismissed(new(2020, 9, 1), DismissalReason.InsufficientEvidence));

        var year = ProceedingsCounts.Of(history, 2020);

        Assert.False(year.Opened);
        Assert.Equal(DismissalReason.PerpetratorUnknown, year.Dismissal!.Reason);
    }

    [Theory]
    [InlineData(JudgmentOutcome.Conviction, true)]
    [InlineData(JudgmentOutcome.Partial, true)]
    [InlineData(JudgmentOutcome.Acquittal, false)]
    public void A_judgment_convicts_when_it_finds_someone_guilty_of_at_least_one_count(JudgmentOutcome outcome, bool convicts) =>
        Assert.Equal(convicts, ProceedingsCounts.Convicts(outcome));

    [Fact]
    public void A_history_must_start_with_the_opening() =>
        Assert.Throws<ArgumentException>(() => ProceedingsCounts.Of([new TrialOpened(new(2020, 1, 1))], 2020));
}
