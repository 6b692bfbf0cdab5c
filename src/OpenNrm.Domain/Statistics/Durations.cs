using NodaTime;

namespace OpenNrm.Domain.Statistics;

/// <summary>
/// Medians and quartiles of how long things take (from signal to referral, from reflection to identification,
/// from complaint to conviction). The report gives medians, not means: a few cases that last a decade would
/// otherwise hide how long most victims wait.
/// </summary>
/// <remarks>
/// Method: linear interpolation between order statistics, type 7 of Hyndman and Fan (1996), the default of R and
/// of spreadsheet QUARTILE.INC. For n sorted values x[0..n-1] and probability p, h = (n - 1)p and the quantile is
/// x[floor h] + (h - floor h)(x[floor h + 1] - x[floor h]). One value is its own median and quartiles. No value
/// gives no quartiles (null), never zero, so that "nobody waited" and "nobody was counted" cannot be confused.
/// </remarks>
public static class Durations
{
    public const string Method = "Linear interpolation between order statistics (Hyndman and Fan type 7)";

    /// <summary>The <paramref name="probability"/> quantile (0 to 1), or null for no values.</summary>
    public static double? Quantile(IEnumerable<double> values, double probability)
    {
        ArgumentNullException.ThrowIfNull(values);
        ArgumentOutOfRangeException.ThrowIfLessThan(probability, 0d);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(probability, 1d);
        var sorted = values.Order().ToArray();
        return sorted.Length == 0 ? null : Interpolate(sorted, probability, Linear);
    }

    public static Quartiles? OfDays(IEnumerable<int> days)
    {
        ArgumentNullException.ThrowIfNull(days);
        var sorted = days.Select(d => (double)d).Order().ToArray();
        return sorted.Length == 0 ? null : new Quartiles(
            Interpolate(sorted, 0.25, Linear),
            Interpolate(sorted, 0.5, Linear),
            Interpolate(sorted, 0.75, Linear),
            sorted.Length);
    }

    public static DurationQuartiles? Of(IEnumerable<Duration> durations)
    {
        ArgumentNullException.ThrowIfNull(durations);
        var sorted = durations.Order().ToArray();
        return sorted.Length == 0 ? null : new DurationQuartiles(
            Interpolate(sorted, 0.25, Linear),
            Interpolate(sorted, 0.5, Linear),
            Interpolate(sorted, 0.75, Linear),
            sorted.Length);
    }

    private static double Linear(double lower, double upper, double fraction) => lower + (fraction * (upper - lower));

    // Whole nanoseconds are exact enough: the quartiles' fractions are quarters and durations here are days long.
    private static Duration Linear(Duration lower, Duration upper, double fraction) =>
        fraction == 0 ? lower : lower + ((upper - lower) * fraction);

    private static T Interpolate<T>(T[] sorted, double probability, Func<T, T, double, T> between)
    {
        var h = (sorted.Length - 1) * probability;
        var below = (int)Math.Floor(h);
        var fraction = h - below;
        return below + 1 < sorted.Length ? between(sorted[below], sorted[below + 1], fraction) : sorted[below];
    }
}
