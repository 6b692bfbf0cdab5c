using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using OpenNrm.Domain.Access;
using OpenNrm.Web.Data;
using OpenNrm.Web.Features.Access;

namespace OpenNrm.Web.Features.Cases;

public sealed record FileRow(Guid Id, string Reference, DateTimeOffset OpenedAt);

/// <summary>The organisation's files, newest first, keyset-paged on the (time-ordered) identifier. No names in lists.</summary>
[RequirePermission(Permission.CasesRead)]
public sealed class CasesIndexModel(AppDbContext db, CurrentUser me, CaseService cases) : PageModel
{
    private const int PageSize = 50;

    [BindProperty(SupportsGet = true)]
    public Guid? Before { get; set; }

    [BindProperty]
    public string? PersonName { get; set; }

    public IReadOnlyList<FileRow> Files { get; private set; } = [];

    public Guid? NextBefore { get; private set; }

    public IReadOnlyList<string> Errors { get; private set; } = [];

    public bool CanCreate => me.Can(Permission.CasesCreate);

    public async Task OnGetAsync() => await LoadAsync();

    public async Task<IActionResult> OnPostAsync()
    {
        if (!CanCreate)
        {
            return Forbid();
        }

        var (file, validation) = await cases.OpenAsync(new CaseInput(PersonName), HttpContext.RequestAborted);
        if (file is not null)
        {
            return Redirect($"/Cases/Detail?id={file.Id}");
        }

        Errors = validation.Errors.SelectMany(e => e.Value).ToList();
        await LoadAsync();
        return Page();
    }

    private async Task LoadAsync()
    {
        var organisation = me.OrganisationId;
        var q = db.Cases.AsNoTracking().Where(c => c.Involvements.Any(i => i.OrganisationId == organisation));
        if (Before is { } before)
        {
            q = q.Where(c => c.Id.CompareTo(before) < 0);
        }

        var rows = await q.OrderByDescending(c => c.Id).Take(PageSize + 1).Select(c => new FileRow(c.Id, c.Reference, c.OpenedAt)).ToListAsync();
        Files = rows.Take(PageSize).ToList();
        NextBefore = rows.Count > PageSize ? Files[^1].Id : null;
    }
}
