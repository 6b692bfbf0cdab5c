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
/// The rapporteur's dashboard: a year's published figures for Belgium or one judicial district, the path from
/// detection to the B-card, the five-year trend, the durations, and each indicator's tables. Aggregates only.
/// </summary>
[RequirePermission(Permission.StatisticsRead)]
public sealed class StatisticsIndexModel(StatisticsQuery query, AuditLog audit, AppDbContext db, TimeProvider clock, CurrentUser me,
    IStringLocalizer<SharedResource> localizer) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public string? Year { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? District { get; set; }

    public StatisticsReport? Report { get; private set; }

    public IReadOnlyList<string> Errors { get; private set; } = [];

    public bool CanExport => me.Can(Permission.StatisticsExport);

    public bool CanWrite => me.Can(Permission.ReportSectionsWrite);

    public int CurrentYear => LegalCalendar.Today(clock).Year;

    public async Task<IActionResult> OnGetAsync()
    {
        var v = new Validation(localizer);
        var year = StatisticsYear.Parse(Year, clock, v, StatisticsYear.LastComplete(clock));
        var district = string.IsNullOrWhiteSpace(District) ? null : District.Trim();
        v.Require(district is null || StatisticsLabels.IsDistrict(district), "district", "Choose one of the judicial districts.");
        if (year is not { } y || !v.IsValid)
        {
            Errors = [.. v.Errors.SelectMany(e => e.Value)];
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return Page();
        }

        Year = y.ToString(CultureInfo.InvariantCulture);
        District = district;
        Report = await query.ForYearAsync(y, district, HttpContext.RequestAborted);
        audit.Record(AuditEventType.StatisticsViewed, "Statistics", Year, details: $"year={y} district={district ?? "all"}");
        await db.SaveChangesAsync(HttpContext.RequestAborted);
        return Page();
    }
}
