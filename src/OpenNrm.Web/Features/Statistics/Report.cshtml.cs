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
public sealed class StatisticsReportModel(StatisticsQuery query, ReportSectionsService sections, AuditLog audit, AppDbContext db, TimeProvider clock,
    CurrentUser me, IStringLocalizer<SharedResource> localizer) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public string? Year { get; set; }

    public StatisticsReport? Report { get; private set; }

    /// <summary>The rapporteur's own sections, as they stand.</summary>
    public ReportSectionTexts Sections { get; private set; } = ReportSectionTexts.Empty;

    public bool CanWrite => me.Can(Permission.ReportSectionsWrite);

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
        Sections = await sections.TextsAsync(year, HttpContext.RequestAborted);
        audit.Record(AuditEventType.StatisticsReportViewed, "Statistics", year.ToString(CultureInfo.InvariantCulture),
            details: $"year={year} sha256={Report.Stamp.Sha256}");
        await db.SaveChangesAsync(HttpContext.RequestAborted);
        return Page();
    }
}
