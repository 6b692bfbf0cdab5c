using NodaTime;

namespace OpenNrm.Domain.Assistance;

/// <summary>
/// The outcomes of a long follow-up grouped by year of support, so that a centre can see how a victim's life changed
/// from one year to the next. Years run from anniversary to anniversary of the start; a start on 29 February has
/// its anniversaries on 28 February in common years.
/// </summary>
public static class FollowUpTimeline
{
    /// <summary>
    /// Every support year from the start up to the one containing <paramref name="asOf"/>, with its outcomes in date
    /// order. Outcomes dated before the start or after <paramref name="asOf"/> belong to no year shown and are left out.
    /// </summary>
    public static IReadOnlyList<FollowUpYear> ByYear(LocalDate supportStart, IReadOnlyList<FollowUpOutcome> outcomes, LocalDate asOf)
    {
        ArgumentNullException.ThrowIfNull(outcomes);
        var years = new List<FollowUpYear>();
        for (var year = 1; supportStart.PlusYears(year - 1) <= asOf; year++)
        {
            var from = supportStart.PlusYears(year - 1);
            var until = supportStart.PlusYears(year).PlusDays(-1);
            years.Add(new FollowUpYear(year, from, until, [.. outcomes
                .Where(o => o.On >= from && o.On <= until && o.On <= asOf)
                .OrderBy(o => o.On)]));
        }

        return years;
    }
}
