using NodaTime;

namespace OpenNrm.Domain.Assistance;

/// <summary>
/// How long a centre has supported a victim, measured against the usual three to five years. No law limits the
/// support: the five-year mark only prompts a coordinator to look at the case again.
/// </summary>
public static class SupportPeriod
{
    public static readonly Period UsualMinimum = Period.FromYears(3);
    public static readonly Period UsualMaximum = Period.FromYears(5);

    public static SupportPeriodStanding Assess(LocalDate start, SupportClosure? closure, LocalDate asOf) =>
        Assess(start, closure, asOf, SupportPeriodSettings.Default);

    /// <summary>
    /// The standing on <paramref name="asOf"/>. The fifth anniversary itself counts as beyond five years; a closure
    /// dated after <paramref name="asOf"/> is not known yet, so any past date can be re-read.
    /// </summary>
    public static SupportPeriodStanding Assess(LocalDate start, SupportClosure? closure, LocalDate asOf, SupportPeriodSettings settings)
    {
        ArgumentNullException.ThrowIfNull(settings);
        var threeYears = start.Plus(UsualMinimum);
        var fiveYears = start.Plus(UsualMaximum);
        var approachingFrom = fiveYears.Minus(settings.ApproachingNotice);

        if (asOf < start)
        {
            return Standing(SupportPeriodStatus.NotStarted, Period.Zero, false,
                $"Support starts on {Wording.Date(start)}.");
        }

        if (closure is { } closed && closed.ClosedOn <= asOf)
        {
            var lasted = Period.Between(start, closed.ClosedOn, PeriodUnits.YearMonthDay);
            return Standing(SupportPeriodStatus.Closed, lasted, false,
                $"Support closed on {Wording.Date(closed.ClosedOn)} after {Describe(lasted)}.");
        }

        var elapsed = Period.Between(start, asOf, PeriodUnits.YearMonthDay);
        if (asOf >= fiveYears)
        {
            return Standing(SupportPeriodStatus.BeyondFiveYears, elapsed, true,
                $"Support has lasted {Describe(elapsed)}, past the five years reached on {Wording.Date(fiveYears)}: the coordinator reviews the case. This is not a legal limit; support continues while the victim needs it.");
        }

        if (asOf >= approachingFrom)
        {
            return Standing(SupportPeriodStatus.ApproachingEnd, elapsed, false,
                $"Support has lasted {Describe(elapsed)}; five years are reached on {Wording.Date(fiveYears)}: prepare the end of support with the victim.");
        }

        return Standing(SupportPeriodStatus.WithinUsualPeriod, elapsed, false,
            $"Support has lasted {Describe(elapsed)}, within the usual three to five years.");

        SupportPeriodStanding Standing(SupportPeriodStatus status, Period lasted, bool review, string explanation) =>
            new(status, start, threeYears, fiveYears, lasted, review, explanation, AssistanceArticles.SupportDuration);
    }

    private static string Describe(Period period) => $"{period.Years} years, {period.Months} months and {period.Days} days";
}
