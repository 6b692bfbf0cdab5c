using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using OpenNrm.Domain.Access;
using OpenNrm.Web.Features.Access;

namespace OpenNrm.Web.Features.Statistics.Microdata;

/// <summary>
/// The administrator's release of k-anonymised HTCDS microdata to researchers: the period, the stated purpose and
/// the agreement's reference, then a ZIP with the rows, what the release did to them and the data dictionary.
/// </summary>
[RequirePermission(Permission.MicrodataExport)]
public sealed class MicrodataIndexModel(MicrodataRelease release, TimeProvider clock) : PageModel
{
    [BindProperty]
    public int? From { get; set; }

    [BindProperty]
    public int? To { get; set; }

    [BindProperty]
    public string? Purpose { get; set; }

    [BindProperty]
    public string? AgreementReference { get; set; }

    [BindProperty]
    public int? K { get; set; }

    public IReadOnlyList<string> Errors { get; private set; } = [];

    public int DefaultK => release.DefaultK;

    public int Floor => release.Floor;

    public int LastYear => StatisticsYear.LastComplete(clock);

    public void OnGet()
    {
    }

    public FileContentResult OnGetDictionary() =>
        File(System.Text.Encoding.UTF8.GetBytes(release.Dictionary()), "text/markdown; charset=utf-8", "opennrm-htcds-data-dictionary.md");

    public async Task<IActionResult> OnPostAsync()
    {
        var result = await release.ReleaseAsync(new MicrodataRequest(From, To, Purpose, AgreementReference, K), HttpContext.RequestAborted);
        if (result.File is { } file)
        {
            return File(file.Content, file.ContentType, file.FileName);
        }

        Errors = [.. result.Validation!.Errors.SelectMany(e => e.Value)];
        Response.StatusCode = StatusCodes.Status400BadRequest;
        return Page();
    }
}
