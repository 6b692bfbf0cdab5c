using OpenNrm.Web.Features.Shared;

namespace OpenNrm.Tests.Infrastructure;

/// <summary>
/// Today as the server counts legal dates, by the server's own calendar (in Brussels). Tests that took today in UTC
/// failed every night between midnight in Brussels and midnight in UTC, when the two are different days.
/// </summary>
public static class LegalToday
{
    public static DateOnly Date => LegalCalendar.Today(TimeProvider.System).ToDateOnly();
}
