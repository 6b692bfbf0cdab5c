using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using OpenNrm.Domain.Access;
using OpenNrm.Domain.Assistance;
using OpenNrm.Web.Features.Access;

namespace OpenNrm.Web.Features.Retention;

/// <summary>
/// The retention schedule with the basis of each period, and the purge: a preview that only counts, and a run
/// that erases. Counts only, as in the audit trail: no file, name or content is shown here.
/// </summary>
[RequirePermission(Permission.RetentionManage)]
public sealed class RetentionIndexModel(RetentionOptions options, IEnumerable<IRecordEraser> erasers, RetentionPurge purge) : PageModel
{
    public sealed record Row(RecordClass RecordClass, RetentionPeriod Period, string Basis, bool Erasable);

    public IReadOnlyList<Row> Rows { get; private set; } = [];

    public PurgeReport? Report { get; private set; }

    public TimeSpan Interval => options.PurgeInterval;

    public void OnGet() => Rows = [.. Enum.GetValues<RecordClass>().Select(c =>
        new Row(c, options.Schedule.PeriodOf(c), options.BasisOf(c).Citation, erasers.Any(e => e.RecordClass == c)))];

    public async Task<IActionResult> OnPostPreviewAsync()
    {
        Report = await purge.RunAsync(dryRun: true, HttpContext.RequestAborted);
        OnGet();
        return Page();
    }

    public async Task<IActionResult> OnPostRunAsync()
    {
        Report = await purge.RunAsync(dryRun: false, HttpContext.RequestAborted);
        OnGet();
        return Page();
    }
}
