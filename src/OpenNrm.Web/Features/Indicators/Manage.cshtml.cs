using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using OpenNrm.Domain.Access;
using OpenNrm.Web.Data;
using OpenNrm.Web.Features.Access;
using OpenNrm.Web.Features.Shared;

namespace OpenNrm.Web.Features.Indicators;

public sealed record IndicatorListRow(IndicatorListEntry List, string? ImportedByName);

/// <summary>
/// The administrator's view of the indicator lists: which version of each is in force, importing a new one from a
/// file or pasted text, and putting a version in force. The lists' items are not shown here: the page is for
/// loading them, and frontline officers read them on the assessment page.
/// </summary>
[RequirePermission(Permission.IndicatorListsManage)]
public sealed class IndicatorListsManageModel(IndicatorListCatalogue catalogue, IndicatorListImport import, AppDbContext db,
    IStringLocalizer<SharedResource> localizer) : PageModel
{
    [BindProperty]
    public string? Definition { get; set; }

    [BindProperty]
    public IFormFile? Upload { get; set; }

    [BindProperty]
    public string? ListId { get; set; }

    [BindProperty]
    public string? ListVersion { get; set; }

    public IReadOnlyList<IndicatorListRow> Rows { get; private set; } = [];

    /// <summary>Each problem of a refused import, at its position in the JSON.</summary>
    public IReadOnlyList<KeyValuePair<string, List<string>>> Problems { get; private set; } = [];

    public string? Message { get; private set; }

    public Task OnGetAsync() => LoadAsync();

    public async Task<IActionResult> OnPostImportAsync()
    {
        var ct = HttpContext.RequestAborted;
        var text = Definition;
        if (Upload is { Length: > 0 } file)
        {
            await using var stream = file.OpenReadStream();
            var (read, problem) = await IndicatorListText.ReadAsync(stream, ct);
            if (problem is not null)
            {
                return await RefusedAsync(new Validation(localizer).Require(false, problem.Position, problem.Message, [.. problem.Arguments]), null);
            }

            text = read;
        }

        var result = await import.ImportAsync(text, ct);
        return result.Outcome == IndicatorListOutcome.Done ? Redirect("/Admin/IndicatorLists") : await RefusedAsync(result.Validation, result.Conflict);
    }

    public async Task<IActionResult> OnPostActivateAsync()
    {
        var result = await import.ActivateAsync(ListId, ListVersion, HttpContext.RequestAborted);
        return result.Outcome switch
        {
            IndicatorListOutcome.Done => Redirect("/Admin/IndicatorLists"),
            IndicatorListOutcome.NotFound => await RefusedAsync(null, localizer["Not found."]),
            _ => await RefusedAsync(result.Validation, result.Conflict),
        };
    }

    private async Task<IActionResult> RefusedAsync(Validation? validation, string? message)
    {
        Problems = validation?.Errors.ToList() ?? [];
        Message = message;
        await LoadAsync();
        return Page();
    }

    private async Task LoadAsync()
    {
        var ct = HttpContext.RequestAborted;
        var all = await catalogue.AllAsync(ct);
        var importers = all.Select(l => l.ImportedBy).OfType<Guid>().Distinct().ToList();
        var names = await db.Users.AsNoTracking().Where(u => importers.Contains(u.Id)).ToDictionaryAsync(u => u.Id, u => u.DisplayName, ct);
        Rows = all.Select(l => new IndicatorListRow(l, l.ImportedBy is { } by && names.TryGetValue(by, out var name) ? name : null)).ToList();
    }
}
