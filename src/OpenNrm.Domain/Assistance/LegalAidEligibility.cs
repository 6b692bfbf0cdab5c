using NodaTime;
using OpenNrm.Domain.Common;

namespace OpenNrm.Domain.Assistance;

/// <summary>
/// Whether a victim is likely to get second-line legal aid in full, in part, or not at all. A presumption of
/// insufficient means decides first; otherwise the income, less any deduction for dependants, is compared with the
/// limits in force on the date.
/// </summary>
public static class LegalAidEligibility
{
    /// <exception cref="ArgumentException">No thresholds are in force on <paramref name="on"/>, or they are inconsistent: a configuration fault, not a fact about the person.</exception>
    public static LegalAidAssessment Assess(
        LegalAidApplicant applicant,
        IReadOnlyList<LegalAidThresholds> thresholdVersions,
        IReadOnlyList<LegalAidPresumption> presumptions,
        LocalDate on)
    {
        ArgumentNullException.ThrowIfNull(applicant);
        ArgumentNullException.ThrowIfNull(presumptions);
        ArgumentOutOfRangeException.ThrowIfNegative(applicant.Dependants, nameof(applicant));

        var presumed = presumptions
            .Where(p => applicant.Categories.Contains(p.Category))
            .OrderBy(p => p.Rebuttable)
            .ThenBy(p => p.Category)
            .FirstOrDefault();
        if (presumed is not null)
        {
            var rebuttal = presumed.Rebuttable ? " The presumption can be rebutted by proof of higher means." : string.Empty;
            return new(LegalAidLevel.Full,
                $"Presumed to lack sufficient means (category {presumed.Category}).{rebuttal}",
                Cite(presumed.Basis), null, presumed, null);
        }

        var limits = LegalAidThresholds.InForce(thresholdVersions, on)
            ?? throw new ArgumentException($"No legal aid thresholds are in force on {Wording.Date(on)}.", nameof(thresholdVersions));
        limits.RequireConsistent();

        var withOthers = applicant.LivesWithPartner || applicant.Dependants > 0;
        var (full, partial) = withOthers
            ? (limits.FullAidWithDependantsCents, limits.PartialAidWithDependantsCents)
            : (limits.FullAidSingleCents, limits.PartialAidSingleCents);
        var income = applicant.NetMonthlyIncomeCents - (applicant.Dependants * limits.DeductionPerDependantCents);
        var household = withOthers ? "a person with a partner or dependants" : "a person living alone";
        var version = $"limits from {Wording.Date(limits.ValidFrom)}";

        if (income <= full)
        {
            return new(LegalAidLevel.Full,
                $"Assessed income {Wording.Euro(income)} is at or below {Wording.Euro(full)}, the full-aid limit for {household} ({version}).",
                AssistanceArticles.LegalAid, limits, null, income);
        }

        if (income <= partial)
        {
            return new(LegalAidLevel.Partial,
                $"Assessed income {Wording.Euro(income)} is above the full-aid limit of {Wording.Euro(full)} and at or below {Wording.Euro(partial)}, the partial-aid limit for {household} ({version}).",
                AssistanceArticles.LegalAid, limits, null, income);
        }

        return new(LegalAidLevel.NotEligible,
            $"Assessed income {Wording.Euro(income)} is {Wording.Euro(income - partial)} above {Wording.Euro(partial)}, the partial-aid limit for {household} ({version}), and no presumption of insufficient means applies.",
            AssistanceArticles.LegalAid, limits, null, income);
    }

    private static LegalBasis Cite(LegalBasis presumption) =>
        new($"{AssistanceArticles.LegalAid.Citation}; {presumption.Citation}");
}
