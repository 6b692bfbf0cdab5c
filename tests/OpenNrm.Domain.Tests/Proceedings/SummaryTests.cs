using NodaTime;
using NodaTime.Text;
using OpenNrm.Domain.Proceedings;
using static OpenNrm.Domain.Proceedings.CriminalProceedingsStatus;
using static OpenNrm.Domain.Tests.Proceedings.Cases;

namespace OpenNrm.Domain.Tests.Proceedings;

public sealed class SummaryTests
{
    /// <summary>
    /// A sexual exploitation case: opened 2021-02-10, investigating judge 2021-05-03, handed to magistrate-b on
    /// 2022-09-01, referred with trafficking 2023-09-14, partial conviction 2024-03-20, appealed, convicted on appeal
    /// 2025-01-30, final 2025-03-10.
    /// </summary>
    private static CriminalProceedings BrusselsCase()
    {
        var opened = ProceedingsRegister.Open("PDK-BRUSSEL", "BR.12.L1.004512/21", new(2021, 2, 10), "magistrate-a", Today).Value!;
        return ProceedingsRegister.AssignMagistrate(opened, "magistrate-b", new(2022, 9, 1), Today).Value!
            .Then(new JudicialInvestigationOpened(new(2021, 5, 3)))
            .Then(new ChargesBrought(new(2023, 9, 14), ChargeRoute.CouncilChamberReferral, IncludesTrafficking: true))
            .Then(new TrialOpened(new(2024, 1, 8)))
            .Then(new JudgmentDelivered(new(2024, 3, 20), JudgmentOutcome.Partial, ExploitationCategory.SexualExploitation, true))
            .Then(new AppealLodged(new(2024, 4, 15)))
            .Then(new JudgmentDelivered(new(2025, 1, 30), JudgmentOutcome.Conviction, ExploitationCategory.SexualExploitation, true))
            .Then(new BecameFinal(new(2025, 3, 10)));
    }

    public static TheoryData<string, CriminalProceedingsStatus, bool, bool, string?, string, int, string?, bool> BrusselsDates => new()
    {
        // as of, status, ongoing, trafficking charged, latest judgment, magistrate, days, investigation ended, > 2 years
        { "2021-02-10", PreliminaryInvestigation, true, false, null, "magistrate-a", 0, null, false },
        { "2022-01-01", JudicialInvestigation, true, false, null, "magistrate-a", 325, null, false },
        { "2023-02-10", JudicialInvestigation, true, false, null, "magistrate-b", 730, null, false },
        { "2023-02-11", JudicialInvestigation, true, false, null, "magistrate-b", 731, null, true },
        { "2023-09-14", ChargesWithTrafficking, true, true, null, "magistrate-b", 946, "2023-09-14", true },
        { "2024-05-01", Appeal, true, true, "2024-03-20", "magistrate-b", 1176, "2023-09-14", true },
        { "2025-03-10", Final, false, true, "2025-01-30", "magistrate-b", 1489, "2023-09-14", true },
    };

    [Theory]
    [MemberData(nameof(BrusselsDates))]
    public void A_case_through_appeal_reads_as_it_stood_on_each_date(
        string asOf, CriminalProceedingsStatus status, bool ongoing, bool charged, string? judgment, string magistrate,
        int days, string? investigationEnded, bool longInvestigation)
    {
        var summary = ProceedingsSummary.Of(BrusselsCase(), Parse(asOf));

        Assert.Equal(status, summary.Status);
        Assert.Equal(ongoing, summary.IsOngoing);
        Assert.Equal(charged, summary.TraffickingChargesRetained);
        Assert.Equal(judgment, summary.LatestJudgment is { } j ? LocalDatePattern.Iso.Format(j.Date) : null);
        Assert.Equal(magistrate, summary.ReferenceMagistrate.MagistrateId);
        Assert.Equal(days, summary.DaysSinceNoticeOpened);
        Assert.Equal(investigationEnded, summary.InvestigationEndedOn is { } e ? LocalDatePattern.Iso.Format(e) : null);
        Assert.Equal(longInvestigation, summary.InvestigationLastedMoreThanTwoYears);
    }

    [Fact]
    public void The_latest_judgment_on_appeal_replaces_the_first_instance_one()
    {
        var summary = ProceedingsSummary.Of(BrusselsCase(), new(2025, 2, 1));

        Assert.Equal(Judgment, summary.Status);
        Assert.Equal(new LocalDate(2025, 1, 30), summary.StatusSince);
        Assert.Equal(JudgmentOutcome.Conviction, summary.LatestJudgment!.Outcome);
        Assert.True(summary.LatestJudgment.TraffickingRetained);
    }

    [Fact]
    public void A_labour_case_summoned_directly_without_trafficking()
    {
        var proceedings = ProceedingsRegister.Open("AUD-GENT", "GE.60.S4.000310/23", new(2023, 5, 2), "auditor-a", Today).Value!
            .Then(new ChargesBrought(new(2024, 1, 22), ChargeRoute.DirectSummons, IncludesTrafficking: false))
            .Then(new TrialOpened(new(2024, 4, 9)))
            .Then(new JudgmentDelivered(new(2024, 6, 4), JudgmentOutcome.Acquittal, ExploitationCategory.EconomicExploitation, false));

        var summary = ProceedingsSummary.Of(proceedings, new(2024, 6, 20));

        Assert.Equal(Judgment, summary.Status);
        Assert.True(summary.IsOngoing);
        Assert.False(summary.TraffickingChargesRetained);
        Assert.Equal(JudgmentOutcome.Acquittal, summary.LatestJudgment!.Outcome);
        Assert.Equal(new LocalDate(2024, 1, 22), summary.InvestigationEndedOn);
        Assert.False(summary.InvestigationLastedMoreThanTwoYears);
    }

    public static TheoryData<string, bool> Dismissals => new()
    {
        // Opened 2021-03-01: two years later is 2023-03-01, and the route needs more than two years.
        { "2023-02-28", false },
        { "2023-03-01", false },
        { "2023-03-02", true },
    };

    [Theory]
    [MemberData(nameof(Dismissals))]
    public void A_dismissal_after_more_than_two_years_of_investigation_is_flagged(string dismissedOn, bool expected)
    {
        var dismissal = Parse(dismissedOn);
        var proceedings = Opened(new(2021, 3, 1)).Then(new CaseDismissed(dismissal, DismissalReason.PerpetratorUnknown));

        var summary = ProceedingsSummary.Of(proceedings, new(2025, 1, 1));

        Assert.Equal(Dismissed, summary.Status);
        Assert.False(summary.IsOngoing);
        Assert.Equal(dismissal, summary.InvestigationEndedOn);
        Assert.Equal(expected, summary.InvestigationLastedMoreThanTwoYears);
        Assert.Equal("Immigration Act art. 9bis (informal \"stop procedure\" guideline)", ProceedingsArticles.StopProcedure.Citation);
    }

    [Fact]
    public void A_reopened_case_is_ongoing_and_under_investigation_again()
    {
        var proceedings = Opened(new(2021, 3, 1))
            .Then(new CaseDismissed(new(2021, 10, 1), DismissalReason.InsufficientEvidence))
            .Then(new CaseReopened(new(2022, 6, 1), "Financial investigation traced the payments", new(2031, 3, 1)));

        var dismissed = ProceedingsSummary.Of(proceedings, new(2022, 5, 31));
        var reopened = ProceedingsSummary.Of(proceedings, new(2023, 6, 1));

        Assert.False(dismissed.IsOngoing);
        Assert.Equal(new LocalDate(2021, 10, 1), dismissed.InvestigationEndedOn);
        Assert.True(reopened.IsOngoing);
        Assert.Equal(PreliminaryInvestigation, reopened.Status);
        Assert.Null(reopened.InvestigationEndedOn);
        Assert.True(reopened.InvestigationLastedMoreThanTwoYears);
    }

    [Fact]
    public void There_is_nothing_to_summarise_before_the_notice() =>
        Assert.Throws<ArgumentOutOfRangeException>(() => ProceedingsSummary.Of(Opened(), OpenedOn.PlusDays(-1)));

    private static LocalDate Parse(string text) => LocalDatePattern.Iso.Parse(text).Value;
}
