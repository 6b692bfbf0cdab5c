using NodaTime;

namespace OpenNrm.Domain.Proceedings;

/// <summary>
/// What other parts of the system need to know about a criminal case on one date, read from its history alone, so
/// any past date can be re-read.
/// </summary>
/// <param name="IsOngoing">
/// False only once the case is final or dismissed; this is what the residence procedure means by proceedings
/// still running.
/// </param>
/// <param name="TraffickingChargesRetained">The latest charges brought include trafficking (Criminal Code art. 433quinquies).</param>
/// <param name="ReferenceMagistrate">Who held the case at the end of <paramref name="AsOf"/>.</param>
/// <param name="InvestigationEndedOn">
/// The day charges were brought or the case was dismissed; null while the case is (again) under investigation.
/// </param>
/// <param name="InvestigationLastedMoreThanTwoYears">
/// The investigation ran, or has run so far, for more than two years from the notice (exactly two years is not
/// more). This is the length the humanitarian "stop procedure" route looks at
/// (<see cref="ProceedingsArticles.StopProcedure"/>); the residence rules additionally need a dismissal and count
/// from the opening of the residence procedure.
/// </param>
public sealed record ProceedingsSummary(
    LocalDate AsOf,
    CriminalProceedingsStatus Status,
    LocalDate StatusSince,
    bool IsOngoing,
    bool TraffickingChargesRetained,
    JudgmentDelivered? LatestJudgment,
    MagistrateAssignment ReferenceMagistrate,
    int DaysSinceNoticeOpened,
    LocalDate? InvestigationEndedOn,
    bool InvestigationLastedMoreThanTwoYears)
{
    public static readonly Period StopProcedureInvestigationLength = Period.FromYears(2);

    /// <summary>The case at the end of <paramref name="asOf"/>, which may not be before the notice was opened.</summary>
    public static ProceedingsSummary Of(CriminalProceedings proceedings, LocalDate asOf)
    {
        ArgumentNullException.ThrowIfNull(proceedings);
        if (asOf < proceedings.OpenedOn)
        {
            throw new ArgumentOutOfRangeException(nameof(asOf), asOf,
                $"The notice was opened on {Wording.Date(proceedings.OpenedOn)}; there is nothing to summarise before");
        }

        var events = proceedings.EventsUpTo(asOf);
        var last = events[^1];
        var status = StatusLifecycle.After(last);
        var investigationEnded = StatusLifecycle.IsInvestigation(status)
            ? (LocalDate?)null
            : events.Last(e => e is ChargesBrought or CaseDismissed).Date;
        var investigatedUntil = investigationEnded ?? asOf;

        return new ProceedingsSummary(
            asOf,
            status,
            last.Date,
            StatusLifecycle.IsOngoing(status),
            events.OfType<ChargesBrought>().LastOrDefault() is { IncludesTrafficking: true },
            events.OfType<JudgmentDelivered>().LastOrDefault(),
            proceedings.MagistrateOn(asOf)!,
            Period.Between(proceedings.OpenedOn, asOf, PeriodUnits.Days).Days,
            investigationEnded,
            investigatedUntil > proceedings.OpenedOn.Plus(StopProcedureInvestigationLength));
    }
}
