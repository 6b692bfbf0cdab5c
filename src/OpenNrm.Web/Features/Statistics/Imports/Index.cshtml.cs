using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using OpenNrm.Domain.Access;
using OpenNrm.Domain.Statistics.Imports;
using OpenNrm.Web.Data;
using OpenNrm.Web.Features.Access;
using OpenNrm.Web.Features.Shared;

namespace OpenNrm.Web.Features.Statistics.Imports;

/// <summary>
/// The rapporteur's imports of other actors' figures: the history of every batch (staged, in force, superseded)
/// and the upload of a source's file for a year, CSV or XLSX. A file with problems is refused whole, with every
/// problem and its line (a sheet's row); a valid one is staged and its preview opens, where it is committed.
/// </summary>
[RequirePermission(Permission.StatisticsImport)]
public sealed class StatisticsImportsIndexModel(StatisticsImports imports, AppDbContext db, TimeProvider clock, IStringLocalizer<SharedResource> localizer) : PageModel
{
    [BindProperty]
    public string? Source { get; set; }

    [BindProperty]
    public string? Year { get; set; }

    [BindProperty]
    public IFormFile? Upload { get; set; }

    public IReadOnlyList<ImportBatchView> Batches { get; private set; } = [];

    public IReadOnlyDictionary<Guid, string> Names { get; private set; } = new Dictionary<Guid, string>();

    public IReadOnlyList<string> Errors { get; private set; } = [];

    public ImportReport? Report { get; private set; }

    public int DefaultYear => StatisticsYear.LastComplete(clock);

    public Task OnGetAsync() => LoadAsync();

    /// <summary>The blank file of a source for a year, for people signed in with the browser (the API takes bearer tokens only).</summary>
    public async Task<IActionResult> OnGetTemplateAsync(string? source, string? year, string? format)
    {
        var v = new Validation(localizer);
        if (TemplateRequest.Parse(source, year, format, clock, v, StatisticsYear.LastComplete(clock)) is { } request)
        {
            return File(request.Bytes(), request.ContentType, request.FileName);
        }

        Errors = [.. v.Errors.SelectMany(e => e.Value)];
        Response.StatusCode = StatusCodes.Status400BadRequest;
        await LoadAsync();
        return Page();
    }

    public async Task<IActionResult> OnPostAsync()
    {
        var ct = HttpContext.RequestAborted;
        await using var content = Upload?.OpenReadStream() ?? Stream.Null;
        // The page takes either format and tells them apart by the file's first bytes and its name.
        var result = await imports.StageAsync(Source, Year, content, format: null, Upload?.FileName, ct);
        switch (result.Outcome)
        {
            case ImportOutcome.Done:
                return Redirect($"/Statistics/Imports/{result.Preview!.Batch.Id}");
            case ImportOutcome.FileRefused:
                Report = result.Report;
                break;
            default:
                Errors = [.. result.Validation?.Errors.SelectMany(e => e.Value) ?? []];
                break;
        }

        Response.StatusCode = StatusCodes.Status400BadRequest;
        await LoadAsync();
        return Page();
    }

    private async Task LoadAsync()
    {
        var ct = HttpContext.RequestAborted;
        Batches = await imports.HistoryAsync(null, null, ct);
        var people = Batches.SelectMany(b => new[] { b.StagedBy, b.CommittedBy }).OfType<Guid>().Distinct().ToList();
        Names = await db.Users.AsNoTracking().Where(u => people.Contains(u.Id)).ToDictionaryAsync(u => u.Id, u => u.DisplayName, ct);
    }
}
