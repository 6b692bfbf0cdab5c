using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using OpenNrm.Domain.Access;
using OpenNrm.Web.Features.Access;
using OpenNrm.Web.Features.Assistance;
using OpenNrm.Web.Features.Shared;

namespace OpenNrm.Web.Features.Retention;

/// <summary>
/// The data-protection officer's answer to a request for access, as a printable page. Posted, not linked: the file
/// and request references stay out of addresses and logs, and the document is in this one response only.
/// </summary>
[RequirePermission(Permission.SubjectAccessExport)]
public sealed class SubjectAccessModel(SubjectAccessExport export, TimeProvider clock, IStringLocalizer<SharedResource> localizer) : PageModel
{
    [BindProperty] public string? CaseReference { get; set; }

    [BindProperty] public string? RequestReference { get; set; }

    [BindProperty] public DateOnly? ReceivedOn { get; set; }

    public SubjectAccessDocument? Document { get; private set; }

    public string? Message { get; private set; }

    public string Today => LegalCalendar.Today(clock).ToDateOnly().ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync()
    {
        var result = await export.ExportAsync(new SubjectAccessInput(CaseReference, RequestReference, ReceivedOn), HttpContext.RequestAborted);
        if (result.Kind == SupportOutcomeKind.Done)
        {
            Document = result.Value;
            return Page();
        }

        // The form again with what was wrong, under the status an API caller would get.
        Message = result.Kind == SupportOutcomeKind.NotFound ? localizer["No file has this reference."] : result.Message(localizer);
        Response.StatusCode = result.Kind == SupportOutcomeKind.NotFound ? StatusCodes.Status404NotFound : StatusCodes.Status400BadRequest;
        return Page();
    }
}
