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
public sealed class StatisticsExportModel(StatisticsExports exports, TimeProvider clock, IStringLocalizer<SharedResource> localizer) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public string? Year { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Kind { get; set; }

    public int? ShownYear { get; private set; }

    public IReadOnlyList<string> Errors { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync()
    {
        var v = new Validation(localizer);
        ShownYear = StatisticsYear.Parse(Year, clock, v, StatisticsYear.LastComplete(clock));
        var kind = StatisticsExports.Find(Kind);
        v.Require(string.IsNullOrWhiteSpace(Kind) || kind is not null, "kind", "Choose one of the exports.");
        if (ShownYear is not { } year || !v.IsValid)
        {
            Errors = [.. v.Errors.SelectMany(e => e.Value)];
            Response.StatusCode = StatusCodes.Status400BadRequest;
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
}
