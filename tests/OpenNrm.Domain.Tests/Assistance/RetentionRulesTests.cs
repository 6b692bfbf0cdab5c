using NodaTime;
using OpenNrm.Domain.Assistance;

namespace OpenNrm.Domain.Tests.Assistance;

public sealed class RetentionRulesTests
{
    private static readonly LegalHold Proceedings = new("Criminal proceedings pending", Dates.Of("2025-06-01"), null);

    public static TheoryData<RecordClass, string?, string, bool, RetentionVerdict, string?> Cases => new()
    {
        // Class, closed on, today, with the hold; then verdict and keep-until.
        { RecordClass.SupportCase, null, "2040-01-01", false, RetentionVerdict.Keep, null },
        { RecordClass.SupportCase, "2016-02-29", "2026-02-28", false, RetentionVerdict.Keep, "2026-02-28" }, // Leap-day closure.
        { RecordClass.SupportCase, "2016-02-29", "2026-03-01", false, RetentionVerdict.Purge, "2026-02-28" },
        { RecordClass.CaseNote, "2015-12-31", "2025-12-31", false, RetentionVerdict.Keep, "2025-12-31" },
        { RecordClass.CaseNote, "2015-12-31", "2026-01-01", false, RetentionVerdict.Purge, "2025-12-31" },
        { RecordClass.MedicalNote, "2015-12-31", "2026-01-01", true, RetentionVerdict.Held, "2025-12-31" },
        { RecordClass.Attachment, "2015-12-31", "2025-07-01", true, RetentionVerdict.Keep, "2025-12-31" }, // Within the period, hold or not.
        { RecordClass.ConsentRecord, "2015-12-31", "2026-01-01", false, RetentionVerdict.Purge, "2025-12-31" },
        { RecordClass.AuditEntry, "2015-12-31", "2026-01-01", true, RetentionVerdict.Held, "2025-12-31" },
        { RecordClass.StatisticsAggregate, "2015-12-31", "2060-01-01", false, RetentionVerdict.Keep, null },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void Records_are_kept_for_their_period_after_closure_unless_held(
        RecordClass recordClass, string? closedOn, string today, bool withHold, RetentionVerdict verdict, string? keepUntil)
    {
        var decision = RetentionRules.Due(recordClass, Dates.OrNull(closedOn), withHold ? [Proceedings] : [], Dates.Of(today), RetentionSchedule.Default);

        Assert.Equal((verdict, Dates.OrNull(keepUntil)), (decision.Verdict, decision.KeepUntil));
        Assert.StartsWith("GDPR art. 5(1)(e)", decision.Basis.Citation, StringComparison.Ordinal);
        Assert.Equal(withHold && Dates.Of(today) >= Proceedings.PlacedOn, decision.ActiveHolds.Count == 1);
        if (verdict == RetentionVerdict.Held)
        {
            Assert.Contains(Proceedings.Reason, decision.Explanation, StringComparison.Ordinal);
        }
    }

    public static TheoryData<string, string?, string, RetentionVerdict> Holds => new()
    {
        // Hold placed, lifted; today; then verdict for a case note closed 2010-01-15 (kept until 2020-01-15).
        { "2019-05-01", null, "2024-01-01", RetentionVerdict.Held },
        { "2019-05-01", "2024-01-01", "2023-12-31", RetentionVerdict.Held },
        { "2019-05-01", "2024-01-01", "2024-01-01", RetentionVerdict.Purge }, // Lifted that day: no longer in force.
        { "2024-02-01", null, "2024-01-31", RetentionVerdict.Purge }, // Not yet placed.
        { "2024-02-01", null, "2024-02-01", RetentionVerdict.Held },
    };

    [Theory]
    [MemberData(nameof(Holds))]
    public void A_hold_keeps_a_record_from_the_day_placed_to_the_day_lifted(string placed, string? lifted, string today, RetentionVerdict verdict)
    {
        var hold = new LegalHold("Claim for compensation", Dates.Of(placed), Dates.OrNull(lifted));

        var decision = RetentionRules.Due(RecordClass.CaseNote, Dates.Of("2010-01-15"), [hold], Dates.Of(today), RetentionSchedule.Default);

        Assert.Equal(verdict, decision.Verdict);
    }

    [Fact]
    public void Several_holds_are_all_named()
    {
        var holds = new[]
        {
            new LegalHold("Appeal pending", Dates.Of("2023-03-01"), null),
            new LegalHold("Data protection authority inquiry", Dates.Of("2022-03-01"), null),
        };

        var decision = RetentionRules.Due(RecordClass.SupportCase, Dates.Of("2010-01-15"), holds, Dates.Of("2024-01-01"), RetentionSchedule.Default);

        Assert.Equal(RetentionVerdict.Held, decision.Verdict);
        Assert.Equal(["Data protection authority inquiry", "Appeal pending"], decision.ActiveHolds.Select(h => h.Reason));
        Assert.Contains("legal holds are in force", decision.Explanation, StringComparison.Ordinal);
    }

    [Fact]
    public void The_periods_are_configurable_per_class()
    {
        var schedule = RetentionSchedule.Default.With(RecordClass.Attachment, RetentionPeriod.AfterClosureOf(Period.FromMonths(18)));

        var decision = RetentionRules.Due(RecordClass.Attachment, Dates.Of("2022-08-31"), [], Dates.Of("2024-03-01"), schedule);

        Assert.Equal((RetentionVerdict.Purge, (LocalDate?)Dates.Of("2024-02-29")), (decision.Verdict, decision.KeepUntil));
        Assert.Equal(RetentionPeriod.Years(10), schedule.PeriodOf(RecordClass.SupportCase));
    }

    [Fact]
    public void The_default_keeps_case_records_ten_years_and_aggregates_are_not_personal()
    {
        Assert.All(Enum.GetValues<RecordClass>().Where(RetentionSchedule.IsPersonal),
            c => Assert.Equal(Period.FromYears(10), RetentionSchedule.Default.PeriodOf(c).AfterClosure));
        Assert.False(RetentionSchedule.Default.PeriodOf(RecordClass.StatisticsAggregate).IsPersonalData);
        Assert.Equal(
            "GDPR art. 5(1)(e) and recital 26 (anonymous information)",
            RetentionRules.Due(RecordClass.StatisticsAggregate, null, [], Dates.Of("2024-01-01"), RetentionSchedule.Default).Basis.Citation);
    }

    [Fact]
    public void A_schedule_cannot_omit_a_class_or_mislabel_personal_data()
    {
        var partial = new Dictionary<RecordClass, RetentionPeriod> { [RecordClass.SupportCase] = RetentionPeriod.Years(10) };
        Assert.Throws<ArgumentException>(() => new RetentionSchedule(partial));
        Assert.Throws<ArgumentException>(() => RetentionSchedule.Default.With(RecordClass.MedicalNote, RetentionPeriod.NotPersonalData));
        Assert.Throws<ArgumentException>(() => RetentionSchedule.Default.With(RecordClass.StatisticsAggregate, RetentionPeriod.Years(5)));
    }

    [Fact]
    public void A_hold_lifted_before_it_was_placed_is_refused() =>
        Assert.Throws<ArgumentException>(() => RetentionRules.Due(
            RecordClass.CaseNote, Dates.Of("2010-01-15"), [new LegalHold("Appeal", Dates.Of("2024-01-02"), Dates.Of("2024-01-01"))], Dates.Of("2024-06-01"), RetentionSchedule.Default));
}
