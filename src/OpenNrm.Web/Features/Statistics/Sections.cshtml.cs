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
/// The rapporteur writes their own sections of a year's report, one text area per section. The version read with
/// the form guards a colleague's save: on a conflict the editor keeps what they typed and sees the text now stored,
/// to merge by hand, and the next save is made against that stored version.
/// </summary>
[RequirePermission(Permission.ReportSectionsWrite)]
public sealed class StatisticsSectionsModel(ReportSectionsService sections, TimeProvider clock, IStringLocalizer<SharedResource> localizer) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public string? Year { get; set; }

    /// <summary>A past version to show beside the form.</summary>
    [BindProperty(SupportsGet = true)]
    public string? Revision { get; set; }

    [BindProperty]
    public string? Trends { get; set; }

    [BindProperty]
    public string? Policy { get; set; }

    [BindProperty]
    public string? CaseLawCommentary { get; set; }

    [BindProperty]
    public string? Recommendations { get; set; }

    [BindProperty]
    public int Version { get; set; }

    public int? ShownYear { get; private set; }

    public ReportSectionsView? Stored { get; private set; }

    public ReportRevisionView? Past { get; private set; }

    public string? Conflict { get; private set; }

    public bool Saved { get; private set; }

    public IReadOnlyDictionary<string, List<string>> Errors { get; private set; } = new Dictionary<string, List<string>>();

    public string? TextOf(string field) => field switch
    {
        "trends" => Trends,
        "policy" => Policy,
        "caseLawCommentary" => CaseLawCommentary,
        "recommendations" => Recommendations,
        _ => null,
    };

    public async Task<IActionResult> OnGetAsync()
    {
        var v = new Validation(localizer);
        if (StatisticsYear.Parse(Year, clock, v, StatisticsYear.LastComplete(clock)) is not { } year)
        {
            return Invalid(v);
        }

        ShownYear = year;
        Year = year.ToString(CultureInfo.InvariantCulture);
        Stored = await sections.ReadAsync(year, HttpContext.RequestAborted);
        (Trends, Policy, CaseLawCommentary, Recommendations, Version) = (Stored.Trends, Stored.Policy, Stored.CaseLawCommentary, Stored.Recommendations, Stored.Version);
        Saved = Request.Query.ContainsKey("saved");
        if (!string.IsNullOrWhiteSpace(Revision))
        {
            Past = int.TryParse(Revision, NumberStyles.None, CultureInfo.InvariantCulture, out var n)
                ? await sections.RevisionAsync(year, n, HttpContext.RequestAborted)
                : null;
            if (Past is null)
            {
                Response.StatusCode = StatusCodes.Status404NotFound;
            }
        }

        return Page();
    }

    public async Task<IActionResult> OnPostAsync()
    {
        // The form always sends the four text areas; model binding turns an empty one into null, which here means "not written".
        var input = new ReportSectionsInput(Trends ?? string.Empty, Policy ?? string.Empty, CaseLawCommentary ?? string.Empty, Recommendations ?? string.Empty, Version);
        var result = await sections.SaveAsync(Year, input, HttpContext.RequestAborted);
        switch (result.Outcome)
        {
            case ReportSectionsOutcome.Saved:
                return Redirect($"/Statistics/Sections?year={result.Sections!.Year}&saved=1");
            case ReportSectionsOutcome.Conflict:
                ShownYear = int.Parse(Year!.Trim(), CultureInfo.InvariantCulture);
                Conflict = ReportSectionsText.Conflict(result.Current, localizer);
                // What the editor typed stays in the form; the next save is made knowingly against the stored version.
                Stored = result.Current;
                Version = result.Current?.Version ?? 0;
                Response.StatusCode = StatusCodes.Status409Conflict;
                return Page();
            case ReportSectionsOutcome.Invalid:
            default:
                return Invalid(result.Validation);
        }
    }

    private PageResult Invalid(Validation v)
    {
        Errors = v.Errors;
        ShownYear = v.Errors.ContainsKey("year") ? null : int.Parse(Year!.Trim(), CultureInfo.InvariantCulture);
        Response.StatusCode = StatusCodes.Status400BadRequest;
        return Page();
    }
}
