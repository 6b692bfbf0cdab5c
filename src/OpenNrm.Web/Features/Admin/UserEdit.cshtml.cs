using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using OpenNrm.Domain.Access;
using OpenNrm.Web.Data;
using OpenNrm.Web.Features.Access;

namespace OpenNrm.Web.Features.Admin;

[RequirePermission(Permission.UsersManage)]
public sealed class UserEditModel(AppDbContext db, UserManager<AppUser> users, UserAdministration admin) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public Guid Id { get; set; }

    [BindProperty]
    public string? DisplayName { get; set; }

    [BindProperty]
    public Guid OrganisationId { get; set; }

    [BindProperty]
    public List<Role> Roles { get; set; } = [];

    public string Email { get; private set; } = string.Empty;

    public bool IsDisabled { get; private set; }

    public IReadOnlyList<OrganisationDto> Organisations { get; private set; } = [];

    public IReadOnlyList<string> Errors { get; private set; } = [];

    public string? Message { get; private set; }

    public string? TemporaryPassword { get; private set; }

    public async Task<IActionResult> OnGetAsync() => await LoadAsync(overwriteForm: true) ? Page() : NotFound();

    public async Task<IActionResult> OnPostSaveAsync() =>
        await Apply(await admin.UpdateAsync(Id, DisplayName, OrganisationId, Roles), "Saved.", overwriteForm: false);

    public async Task<IActionResult> OnPostDisableAsync(bool disable) =>
        await Apply(await admin.SetDisabledAsync(Id, disable), disable ? "The account is disabled and its sessions have ended." : "The account is enabled.");

    public async Task<IActionResult> OnPostResetPasswordAsync()
    {
        var result = await admin.ResetPasswordAsync(Id);
        TemporaryPassword = result.TemporaryPassword;
        return await Apply(result, "New temporary password (shown once):");
    }

    public async Task<IActionResult> OnPostResetSecondFactorAsync() =>
        await Apply(await admin.ResetSecondFactorAsync(Id), "The person will enrol a new authenticator at their next sign-in.");

    private async Task<IActionResult> Apply(UserResult result, string message, bool overwriteForm = true)
    {
        if (result.Succeeded)
        {
            Message = message;
        }
        else
        {
            Errors = result.Errors;
        }

        return await LoadAsync(overwriteForm || result.Succeeded) ? Page() : NotFound();
    }

    private async Task<bool> LoadAsync(bool overwriteForm)
    {
        var user = await users.FindByIdAsync(Id.ToString());
        if (user is null)
        {
            return false;
        }

        Email = user.Email ?? string.Empty;
        IsDisabled = user.IsDisabled;
        if (overwriteForm)
        {
            DisplayName = user.DisplayName;
            OrganisationId = user.OrganisationId;
            Roles = (await users.GetRolesAsync(user)).Select(r => Enum.TryParse<Role>(r, out var role) ? role : (Role?)null).OfType<Role>().ToList();
        }

        Organisations = (await db.Organisations.AsNoTracking().Where(o => o.IsActive).OrderBy(o => o.Code).ToListAsync()).Select(OrganisationDto.From).ToList();
        return true;
    }
}
