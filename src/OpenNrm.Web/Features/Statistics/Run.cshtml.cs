using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using OpenNrm.Domain.Access;
using OpenNrm.Web.Features.Access;
using OpenNrm.Web.Features.Statistics.Runs;

namespace OpenNrm.Web.Features.Statistics;

/// <summary>
/// The progress of one background export, refreshed every second by the page itself (no script), then its file.
/// Only the person who started it sees it; anyone else gets 404.
/// </summary>
[RequirePermission(Permission.StatisticsExport)]
public sealed class StatisticsRunModel(ReportRuns runs, TimeProvider clock) : PageModel
{
    public const int RefreshSeconds = 1;

    [BindProperty(SupportsGet = true)]
    public Guid Id { get; set; }

    public ReportRunView? Run { get; private set; }

    public ReportRunStatus Status { get; private set; }

    public async Task<IActionResult> OnGetAsync()
    {
        Run = await runs.FindAsync(Id, HttpContext.RequestAborted);
        if (Run is null)
        {
            return NotFound();
        }

        Status = Run.StatusAt(clock.GetUtcNow());
        return Page();
    }

    public async Task<IActionResult> OnGetDownloadAsync() =>
        await runs.FileAsync(Id, HttpContext.RequestAborted) is { } file ? File(file.Content, file.ContentType, file.FileName) : NotFound();
}
