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
/// and the upload of a source's file for a year. A file with problems is refused whole, with every problem and its
/// line; a valid one is staged and its preview opens, where it is committed.
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
    public async Task<IActionResult> OnGetTemplateAsync(string? source, string? year)
    {
        var found = AggregateSources.Find(source);
        var v = new Validation(localizer);
        v.Require(found is not null, "source", "Choose one of the sources: {0}.", string.Join(", ", AggregateSources.All.Select(AggregateSources.Code)));
        if (StatisticsYear.Parse(year, clock, v, StatisticsYear.LastComplete(clock)) is { } y && found is { } s && v.IsValid)
        {
            return File(System.Text.Encoding.UTF8.GetBytes(AggregateTemplate.Blank(s, y)), StatisticsImportsApi.CsvMediaType + "; charset=utf-8",
                $"opennrm-import-{AggregateSources.Code(s)}-{y}.csv");
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
        var result = await imports.StageAsync(Source, Year, content, ct);
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
