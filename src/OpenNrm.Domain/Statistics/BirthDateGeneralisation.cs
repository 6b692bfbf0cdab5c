using NodaTime;

namespace OpenNrm.Domain.Statistics;

/// <summary>
/// Once a person's data is past its retention period, the statistics still count them, and count their age on the
/// date of each counted event. An exact birth date is a strong identifier; keeping only the year would change ages
/// near birthdays and so change published tables. This finds the earliest date of the same year that gives the same
/// completed years (and the same "not yet born") on every date the statistics may count: often 1 January, otherwise
/// the day after the last counted anniversary-day before the birthday.
/// </summary>
public static class BirthDateGeneralisation
{
    /// <param name="referenceDates">Every date on which an age of this person may be taken (detections, referrals, procedure events).</param>
    public static LocalDate Coarsest(LocalDate birthDate, IEnumerable<LocalDate> referenceDates)
    {
        ArgumentNullException.ThrowIfNull(referenceDates);

        // Completed years on a date depend only on whether its day of the year comes before the birthday
        // (AgeBands.CompletedYears), so any date of the birth year after every such day and not after the birthday
        // gives the same ages. A reference date before the birth stays before the new date for the same reason.
        (int Month, int Day)? latestBefore = null;
        foreach (var date in referenceDates)
        {
            var day = (date.Month, date.Day);
            if (IsBefore(day, (birthDate.Month, birthDate.Day)) && (latestBefore is not { } latest || IsBefore(latest, day)))
            {
                latestBefore = day;
            }
        }

        if (latestBefore is not { } last)
        {
            return new LocalDate(birthDate.Year, 1, 1);
        }

        // A 29 February from a leap year, when the birth year has none: the next day of the birth year is 1 March.
        return last is (2, 29) && !CalendarSystem.Iso.IsLeapYear(birthDate.Year)
            ? new LocalDate(birthDate.Year, 3, 1)
            : new LocalDate(birthDate.Year, last.Month, last.Day).PlusDays(1);
    }

    private static bool IsBefore((int Month, int Day) a, (int Month, int Day) b) => a.Month < b.Month || (a.Month == b.Month && a.Day < b.Day);
}
