using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using OpenNrm.Domain.Access;
using OpenNrm.Web.Data;
using OpenNrm.Web.Features.Access;

namespace OpenNrm.Web.Features.Admin;

public sealed record UserRow(Guid Id, string Email, string DisplayName, string Organisation, bool IsDisabled, bool TwoFactorEnabled);

[RequirePermission(Permission.UsersManage)]
public sealed class UsersModel(AppDbContext db, UserAdministration admin) : PageModel
{
    private const int PageSize = 50;

    [BindProperty(SupportsGet = true, Name = "q")]
    public string? Query { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? After { get; set; }

    [BindProperty]
    public string? Email { get; set; }

    [BindProperty]
    public string? DisplayName { get; set; }

    [BindProperty]
    public Guid OrganisationId { get; set; }

    [BindProperty]
    public List<Role> Roles { get; set; } = [];

    public IReadOnlyList<UserRow> Users { get; private set; } = [];

    public IReadOnlyList<OrganisationDto> Organisations { get; private set; } = [];

    public string? NextAfter { get; private set; }

    public string? Created { get; private set; }

    public IReadOnlyList<string> Errors { get; private set; } = [];

    public async Task OnGetAsync() => await LoadAsync();

    public async Task<IActionResult> OnPostAsync()
    {
        var result = await admin.CreateAsync(Email, DisplayName, OrganisationId, Roles);
        if (result.Succeeded)
        {
            Created = result.TemporaryPassword;
            Email = DisplayName = null;
            Roles = [];
        }
        else
        {
            Errors = result.Errors;
        }

        await LoadAsync();
        return Page();
    }

    /// <summary>Keyset paging on the normalised e-mail: stable and fast however many accounts there are.</summary>
    private async Task LoadAsync()
    {
        var q = db.Users.AsNoTracking();
        if (!string.IsNullOrWhiteSpace(Query))
        {
            var needle = Query.Trim().ToUpperInvariant();
            q = q.Where(u => u.NormalizedEmail!.Contains(needle));
        }

        if (!string.IsNullOrEmpty(After))
        {
            q = q.Where(u => string.Compare(u.NormalizedEmail, After) > 0);
        }

        var rows = await q
            .Join(db.Organisations, u => u.OrganisationId, o => o.Id,
                (u, o) => new { u.Id, u.Email, u.NormalizedEmail, u.DisplayName, Org = o.Name, u.IsDisabled, u.TwoFactorEnabled })
            .OrderBy(r => r.NormalizedEmail).Take(PageSize + 1)
            .ToListAsync();
        Users = rows.Take(PageSize).Select(r => new UserRow(r.Id, r.Email ?? string.Empty, r.DisplayName, r.Org, r.IsDisabled, r.TwoFactorEnabled)).ToList();
        NextAfter = rows.Count > PageSize ? rows[PageSize - 1].NormalizedEmail : null;
        Organisations = (await db.Organisations.AsNoTracking().Where(o => o.IsActive).OrderBy(o => o.Code).ToListAsync()).Select(OrganisationDto.From).ToList();
    }
}
