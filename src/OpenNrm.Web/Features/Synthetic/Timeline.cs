using NodaTime;

namespace OpenNrm.Web.Features.Synthetic;

/// <summary>Belgian calendar days and office hours, turned into the UTC instants the database stores.</summary>
internal static class Timeline
{
    private static readonly DateTimeZone Brussels = DateTimeZoneProviders.Tzdb["Europe/Brussels"];

    public static DateTimeOffset At(LocalDate date, int minuteOfDay) =>
        date.At(LocalTime.FromMinutesSinceMidnight(Math.Clamp(minuteOfDay, 0, (24 * 60) - 1))).InZoneLeniently(Brussels).ToDateTimeOffset().ToUniversalTime();

    /// <summary>A moment of a working day, when files, decisions and intakes are recorded.</summary>
    public static DateTimeOffset OfficeHours(Random random, LocalDate date) => At(date, random.Between(8 * 60, 17 * 60));

    public static LocalDate DateOf(DateTimeOffset at) => Instant.FromDateTimeOffset(at).InZone(Brussels).Date;

    public static DateTimeOffset StartOf(LocalDate date) => At(date, 0);

    /// <summary>
    /// The share <paramref name="t"/> (0 to 1) of all detections falls this far into the period, with detections
    /// growing by <paramref name="growth"/> (0.6: 60 % more per day at the end than at the start), as the yearly
    /// reports show awareness and detection rising.
    /// </summary>
    public static double Growing(double t, double growth = 0.6) =>
        (-1 + Math.Sqrt(1 + (growth * (2 + growth) * t))) / growth;
}
