using System.Globalization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using OpenNrm.Domain.Access;
using OpenNrm.Web.Features.Access;
using OpenNrm.Web.Features.Shared;

namespace OpenNrm.Web.Features.Statistics;

/// <summary>
/// The exports for people signed in with the browser (the API takes bearer tokens only): the same files, audited the
/// same way.
/// </summary>
[RequirePermission(Permission.StatisticsExport)]
public sealed class StatisticsExportModel(StatisticsExports exports, Runs.ReportRuns runs, TimeProvider clock, IStringLocalizer<SharedResource> localizer) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public string? Year { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Kind { get; set; }

    public int? ShownYear { get; private set; }

    public IReadOnlyList<string> Errors { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync()
    {
        if (Validated() is not var (year, kind))
        {
            return Page();
        }

        Year = year.ToString(CultureInfo.InvariantCulture);
        if (kind is not { } k)
        {
            return Page();
        }

        var file = await exports.FileAsync(k, year, HttpContext.RequestAborted);
        return File(file.Content, file.ContentType, file.FileName);
    }

    /// <summary>Generates the export in the background and sends the person to its progress page.</summary>
    public async Task<IActionResult> OnPostAsync()
    {
        if (Validated() is not var (year, kind))
        {
            return Page();
        }

        Year = year.ToString(CultureInfo.InvariantCulture);
        if (kind is not { } k)
        {
            Errors = [localizer["Choose one of the exports."]];
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return Page();
        }

        var (outcome, id) = await runs.StartAsync(k, year, HttpContext.RequestAborted);
        if (outcome == Runs.StartOutcome.TooMany)
        {
            Errors = [localizer["You already have {0} exports under way: wait for one to finish.", Runs.ReportRuns.MaxUnfinished]];
            Response.StatusCode = StatusCodes.Status429TooManyRequests;
            return Page();
        }

        return RedirectToPage("/Statistics/Run", new { id });
    }

    /// <summary>The year and the kind asked for; null (with the errors and a 400) when either is wrong.</summary>
    private (int Year, ExportKind? Kind)? Validated()
    {
        var v = new Validation(localizer);
        ShownYear = StatisticsYear.Parse(Year, clock, v, StatisticsYear.LastComplete(clock));
        var kind = StatisticsExports.Find(Kind);
        v.Require(string.IsNullOrWhiteSpace(Kind) || kind is not null, "kind", "Choose one of the exports.");
        if (ShownYear is not { } year || !v.IsValid)
        {
            Errors = [.. v.Errors.SelectMany(e => e.Value)];
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return null;
        }

        return (year, kind);
    }
}
