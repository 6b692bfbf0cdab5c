using NodaTime;

namespace OpenNrm.Domain.Assistance;

/// <summary>
/// The income limits for second-line legal aid from one date on. The limits are set by royal decree and indexed,
/// so they change every year: they are data given to the rules, never figures written into them. Amounts are net
/// monthly income in euro cents; an income at or below a limit falls under it.
/// </summary>
/// <param name="ValidFrom">The first day these limits apply.</param>
/// <param name="FullAidSingleCents">Up to this income a person living alone has free legal aid in full.</param>
/// <param name="PartialAidSingleCents">Up to this income a person living alone has it in part.</param>
/// <param name="FullAidWithDependantsCents">Full aid limit for a person living with a partner or with dependants.</param>
/// <param name="PartialAidWithDependantsCents">Partial aid limit for a person living with a partner or with dependants.</param>
/// <param name="DeductionPerDependantCents">Amount taken off the income for each dependant before comparing; zero if none applies.</param>
public sealed record LegalAidThresholds(
    LocalDate ValidFrom,
    long FullAidSingleCents,
    long PartialAidSingleCents,
    long FullAidWithDependantsCents,
    long PartialAidWithDependantsCents,
    long DeductionPerDependantCents)
{
    /// <summary>The version in force on <paramref name="on"/>: the latest one that started on or before it.</summary>
    public static LegalAidThresholds? InForce(IReadOnlyList<LegalAidThresholds> versions, LocalDate on)
    {
        ArgumentNullException.ThrowIfNull(versions);
        return versions.Where(v => v.ValidFrom <= on).MaxBy(v => v.ValidFrom);
    }

    internal void RequireConsistent()
    {
        if (FullAidSingleCents < 0 || FullAidWithDependantsCents < 0 || DeductionPerDependantCents < 0)
        {
            throw new ArgumentException($"The legal aid thresholds from {Wording.Date(ValidFrom)} have a negative amount.");
        }

        if (PartialAidSingleCents < FullAidSingleCents || PartialAidWithDependantsCents < FullAidWithDependantsCents)
        {
            throw new ArgumentException($"The legal aid thresholds from {Wording.Date(ValidFrom)} put a partial-aid limit below its full-aid limit.");
        }
    }
}
