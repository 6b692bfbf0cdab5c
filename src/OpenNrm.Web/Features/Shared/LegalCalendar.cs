using NodaTime;

namespace OpenNrm.Web.Features.Shared;

/// <summary>Legal dates are calendar dates in Belgium: "today" is today in Brussels, whatever the server's zone.</summary>
public static class LegalCalendar
{
    private static readonly DateTimeZone Brussels = DateTimeZoneProviders.Tzdb["Europe/Brussels"];

    public static LocalDate Today(TimeProvider clock) => Instant.FromDateTimeOffset(clock.GetUtcNow()).InZone(Brussels).Date;
}
