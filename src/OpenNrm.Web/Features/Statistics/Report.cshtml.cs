using System.Globalization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using OpenNrm.Domain.Access;
using OpenNrm.Domain.Audit;
using OpenNrm.Web.Data;
using OpenNrm.Web.Features.Access;
using OpenNrm.Web.Features.Audit;
using OpenNrm.Web.Features.Shared;

namespace OpenNrm.Web.Features.Statistics;

/// <summary>
/// The key-figures chapter of the annual report for one year, national, ready to print, with the stamp that lets
/// anyone check later that the printed figures are the ones the system published.
/// </summary>
[RequirePermission(Permission.StatisticsRead)]
public sealed class StatisticsReportModel(StatisticsQuery query, AuditLog audit, AppDbContext db, TimeProvider clock,
    IStringLocalizer<SharedResource> localizer) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public string? Year { get; set; }

    public StatisticsReport? Report { get; private set; }

    public IReadOnlyList<string> Errors { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync()
    {
        var v = new Validation(localizer);
        if (StatisticsYear.Parse(Year, clock, v, StatisticsYear.LastComplete(clock)) is not { } year)
        {
            Errors = [.. v.Errors.SelectMany(e => e.Value)];
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return Page();
        }

        Report = await query.ForYearAsync(year, null, HttpContext.RequestAborted);
        audit.Record(AuditEventType.StatisticsReportViewed, "Statistics", year.ToString(CultureInfo.InvariantCulture),
            details: $"year={year} sha256={Report.Stamp.Sha256}");
        await db.SaveChangesAsync(HttpContext.RequestAborted);
        return Page();
    }
}
