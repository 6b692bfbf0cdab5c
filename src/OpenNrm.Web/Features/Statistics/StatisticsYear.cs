using System.Globalization;
using OpenNrm.Web.Features.Shared;

namespace OpenNrm.Web.Features.Statistics;

/// <summary>The reference year a caller asks for, checked before anything is read.</summary>
public static class StatisticsYear
{
    /// <summary>Trafficking became an offence of its own with the Act of 13 April 1995: there is nothing to count before.</summary>
    public const int First = 1995;

    /// <summary>The last complete year: what the rapporteur reports on unless they ask for another.</summary>
    public static int LastComplete(TimeProvider clock) => LegalCalendar.Today(clock).Year - 1;

    /// <summary>A year with something to count: from <see cref="First"/> to the current year.</summary>
    public static bool IsCountable(int year, TimeProvider clock) => year >= First && year <= LegalCalendar.Today(clock).Year;

    /// <summary>
    /// The year in <paramref name="raw"/>, or <paramref name="fallback"/> when none is given; null with an error on
    /// the "year" field when it is not a year from <see cref="First"/> to the current year.
    /// </summary>
    public static int? Parse(string? raw, TimeProvider clock, Validation v, int? fallback)
    {
        ArgumentNullException.ThrowIfNull(v);
        if (string.IsNullOrWhiteSpace(raw))
        {
            v.Require(fallback is not null, "year", "This field is required.");
            return fallback;
        }

        var current = LegalCalendar.Today(clock).Year;
        if (!int.TryParse(raw.Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out var year))
        {
            v.Require(false, "year", "Give a year in four digits, for example {0}.", current - 1);
            return null;
        }

        v.Require(IsCountable(year, clock), "year", "Give a year from {0} to {1}.", First, current);
        return v.IsValid ? year : null;
    }
}
