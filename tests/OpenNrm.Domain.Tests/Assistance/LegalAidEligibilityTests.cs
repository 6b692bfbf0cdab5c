using OpenNrm.Domain.Assistance;
using OpenNrm.Domain.Common;

namespace OpenNrm.Domain.Tests.Assistance;

public sealed class LegalAidEligibilityTests
{
    // EXAMPLE DATA ONLY: round figures made up for these tests, not the limits of any year. The real limits are set by
    // royal decree, indexed, and loaded as configuration.
    private static readonly LegalAidThresholds ExampleFrom2023 = new(
        ValidFrom: Dates.Of("2023-09-01"),
        FullAidSingleCents: 1_300_00,
        PartialAidSingleCents: 1_600_00,
        FullAidWithDependantsCents: 1_600_00,
        PartialAidWithDependantsCents: 1_900_00,
        DeductionPerDependantCents: 300_00);

    private static readonly LegalAidThresholds ExampleFrom2024 = ExampleFrom2023 with
    {
        ValidFrom = Dates.Of("2024-09-01"),
        FullAidSingleCents = 1_400_00,
        PartialAidSingleCents = 1_700_00,
    };

    private static readonly LegalAidThresholds[] Versions = [ExampleFrom2024, ExampleFrom2023];

    // EXAMPLE DATA ONLY: a deployment loads the presumptions of the decree in force.
    private static readonly LegalAidPresumption[] Presumptions =
    [
        new(LegalAidCategory.Minor, Rebuttable: false, new LegalBasis("Example presumption text A")),
        new(LegalAidCategory.IntegrationIncomeOrPcswAssistance, Rebuttable: true, new LegalBasis("Example presumption text B")),
    ];

    private static LegalAidApplicant Applicant(long income, bool partner = false, int dependants = 0, params LegalAidCategory[] categories) =>
        new(income, partner, dependants, categories.ToHashSet());

    public static TheoryData<long, bool, int, string, LegalAidLevel, long> IncomeCases => new()
    {
        // Income, partner, dependants, date; then level and assessed income.
        { 1_300_00, false, 0, "2024-08-31", LegalAidLevel.Full, 1_300_00 },
        { 1_300_01, false, 0, "2024-08-31", LegalAidLevel.Partial, 1_300_01 },
        { 1_600_00, false, 0, "2024-08-31", LegalAidLevel.Partial, 1_600_00 },
        { 1_600_01, false, 0, "2024-08-31", LegalAidLevel.NotEligible, 1_600_01 },
        { 1_400_00, false, 0, "2024-09-01", LegalAidLevel.Full, 1_400_00 }, // The next version applies from its first day.
        { 1_650_00, false, 0, "2024-09-01", LegalAidLevel.Partial, 1_650_00 },
        { 1_650_00, false, 0, "2024-08-31", LegalAidLevel.NotEligible, 1_650_00 },
        { 1_600_00, true, 0, "2024-08-31", LegalAidLevel.Full, 1_600_00 },
        { 1_900_00, true, 0, "2024-08-31", LegalAidLevel.Partial, 1_900_00 },
        { 2_100_00, false, 1, "2024-08-31", LegalAidLevel.Partial, 1_800_00 }, // One dependant: deduction, then the limits with dependants.
        { 2_200_00, false, 2, "2024-08-31", LegalAidLevel.Full, 1_600_00 },
        { 2_500_00, true, 1, "2024-08-31", LegalAidLevel.NotEligible, 2_200_00 },
    };

    [Theory]
    [MemberData(nameof(IncomeCases))]
    public void Income_after_deductions_is_compared_with_the_limits_in_force(
        long income, bool partner, int dependants, string on, LegalAidLevel level, long assessed)
    {
        var assessment = LegalAidEligibility.Assess(Applicant(income, partner, dependants), Versions, Presumptions, Dates.Of(on));

        Assert.Equal((level, (long?)assessed), (assessment.Level, assessment.AssessedIncomeCents));
        Assert.Equal("Judicial Code art. 508/13", assessment.Basis.Citation);
        Assert.Null(assessment.Presumption);
        Assert.Equal(Dates.Of(on) >= ExampleFrom2024.ValidFrom ? ExampleFrom2024 : ExampleFrom2023, assessment.Thresholds);
    }

    [Fact]
    public void A_refusal_shows_how_far_above_the_limit_a_working_victim_is()
    {
        var assessment = LegalAidEligibility.Assess(Applicant(1_750_50), Versions, Presumptions, Dates.Of("2024-10-01"));

        Assert.Equal(LegalAidLevel.NotEligible, assessment.Level);
        Assert.Contains("EUR 1750.50", assessment.Reason, StringComparison.Ordinal);
        Assert.Contains("EUR 50.50 above EUR 1700.00", assessment.Reason, StringComparison.Ordinal);
        Assert.Contains("2024-09-01", assessment.Reason, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(new[] { LegalAidCategory.Minor }, LegalAidCategory.Minor, false)]
    [InlineData(new[] { LegalAidCategory.IntegrationIncomeOrPcswAssistance }, LegalAidCategory.IntegrationIncomeOrPcswAssistance, true)]
    [InlineData(new[] { LegalAidCategory.IntegrationIncomeOrPcswAssistance, LegalAidCategory.Minor }, LegalAidCategory.Minor, false)]
    public void A_presumption_gives_full_aid_whatever_the_income(LegalAidCategory[] categories, LegalAidCategory decisive, bool rebuttable)
    {
        var assessment = LegalAidEligibility.Assess(Applicant(5_000_00, categories: categories), Versions, Presumptions, Dates.Of("2024-10-01"));

        Assert.Equal(LegalAidLevel.Full, assessment.Level);
        Assert.Equal((decisive, rebuttable), (assessment.Presumption!.Category, assessment.Presumption.Rebuttable));
        Assert.StartsWith("Judicial Code art. 508/13; Example presumption text", assessment.Basis.Citation, StringComparison.Ordinal);
        Assert.Equal(rebuttable, assessment.Reason.Contains("rebutted", StringComparison.Ordinal));
        Assert.Null(assessment.AssessedIncomeCents);
    }

    [Fact]
    public void A_category_without_a_configured_presumption_decides_nothing()
    {
        var assessment = LegalAidEligibility.Assess(
            Applicant(5_000_00, categories: LegalAidCategory.ApplicantForInternationalProtection), Versions, Presumptions, Dates.Of("2024-10-01"));

        Assert.Equal(LegalAidLevel.NotEligible, assessment.Level);
    }

    [Fact]
    public void No_limits_in_force_is_a_configuration_fault() =>
        Assert.Throws<ArgumentException>(() => LegalAidEligibility.Assess(Applicant(1_000_00), Versions, Presumptions, Dates.Of("2023-08-31")));

    [Fact]
    public void Limits_with_partial_below_full_are_refused() =>
        Assert.Throws<ArgumentException>(() => LegalAidEligibility.Assess(
            Applicant(1_000_00), [ExampleFrom2023 with { PartialAidSingleCents = 1_000_00 }], [], Dates.Of("2024-01-01")));

    [Fact]
    public void The_version_in_force_is_the_latest_started()
    {
        Assert.Null(LegalAidThresholds.InForce(Versions, Dates.Of("2023-08-31")));
        Assert.Equal(ExampleFrom2023, LegalAidThresholds.InForce(Versions, Dates.Of("2023-09-01")));
        Assert.Equal(ExampleFrom2024, LegalAidThresholds.InForce(Versions, Dates.Of("2030-01-01")));
    }
}
