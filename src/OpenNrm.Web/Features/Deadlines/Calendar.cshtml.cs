using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using NodaTime;
using OpenNrm.Domain.Access;
using OpenNrm.Web.Features.Access;
using OpenNrm.Web.Features.Shared;

namespace OpenNrm.Web.Features.Deadlines;

/// <summary>The organisation's deadlines for one month, as a grid of weeks (Monday first, as in Belgium).</summary>
[RequirePermission(Permission.ProceduresRead)]
public sealed class DeadlinesCalendarModel(DeadlineQueries queries, TimeProvider clock) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public string? Month { get; set; }

    public LocalDate First { get; private set; }

    public LocalDate Today { get; private set; }

    public ILookup<LocalDate, CalendarEntry> ByDay { get; private set; } = Array.Empty<CalendarEntry>().ToLookup(e => LocalDate.FromDateOnly(e.Date));

    public int EntryCount { get; private set; }

    public async Task OnGetAsync()
    {
        Today = LegalCalendar.Today(clock);
        First = TryParseMonth(Month) ?? new LocalDate(Today.Year, Today.Month, 1);
        var last = First.PlusMonths(1).PlusDays(-1);
        var entries = await queries.CalendarAsync(First, last, HttpContext.RequestAborted);
        EntryCount = entries.Count;
        ByDay = entries.ToLookup(e => LocalDate.FromDateOnly(e.Date));
    }

    /// <summary>The Mondays starting each week row shown.</summary>
    public IEnumerable<LocalDate> Weeks()
    {
        var monday = First.PlusDays(-((int)First.DayOfWeek - 1));
        for (var week = monday; week <= First.PlusMonths(1).PlusDays(-1); week = week.PlusWeeks(1))
        {
            yield return week;
        }
    }

    public static string MonthParameter(LocalDate d) => $"{d.Year:D4}-{d.Month:D2}";

    private static LocalDate? TryParseMonth(string? value) =>
        value is { Length: 7 } && int.TryParse(value.AsSpan(0, 4), out var y) && value[4] == '-' && int.TryParse(value.AsSpan(5, 2), out var m)
            && y is >= 1990 and <= 2200 && m is >= 1 and <= 12
            ? new LocalDate(y, m, 1) : null;
}
