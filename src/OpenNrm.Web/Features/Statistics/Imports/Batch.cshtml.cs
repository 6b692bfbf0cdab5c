using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using OpenNrm.Domain.Access;
using OpenNrm.Web.Features.Access;

namespace OpenNrm.Web.Features.Statistics.Imports;

/// <summary>
/// One batch: what it publishes, after disclosure control, exactly as the dashboard will show it; and, while it is
/// staged, the button that puts it in force for its source and year.
/// </summary>
[RequirePermission(Permission.StatisticsImport)]
public sealed class StatisticsImportBatchModel(StatisticsImports imports) : PageModel
{
    public ImportPreview? Preview { get; private set; }

    public string? Message { get; private set; }

    [BindProperty(SupportsGet = true)]
    public bool Committed { get; set; }

    public async Task<IActionResult> OnGetAsync(Guid id)
    {
        Preview = await imports.PreviewAsync(id, HttpContext.RequestAborted);
        return Preview is null ? NotFound() : Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid id)
    {
        var result = await imports.CommitAsync(id, HttpContext.RequestAborted);
        switch (result.Outcome)
        {
            case ImportOutcome.Done:
                return Redirect($"/Statistics/Imports/{id}?committed=true");
            case ImportOutcome.NotFound:
                return NotFound();
            default:
                Message = result.Conflict;
                Response.StatusCode = StatusCodes.Status409Conflict;
                Preview = await imports.PreviewAsync(id, HttpContext.RequestAborted);
                return Preview is null ? NotFound() : Page();
        }
    }
}
