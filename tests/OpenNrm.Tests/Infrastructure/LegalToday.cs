namespace OpenNrm.Tests.Infrastructure;

/// <summary>
/// Today as the server counts legal dates: in Brussels (<c>LegalCalendar</c>). Tests that took today in UTC failed
/// every night between midnight in Brussels and midnight in UTC, when the two are different days.
/// </summary>
public static class LegalToday
{
    public static DateOnly Date =>
        DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(DateTimeOffset.UtcNow, TimeZoneInfo.FindSystemTimeZoneById("Europe/Brussels")).DateTime);
}
