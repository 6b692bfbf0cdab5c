using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using OpenNrm.Domain.Access;
using OpenNrm.Domain.Audit;
using OpenNrm.Web.Data;
using OpenNrm.Web.Features.Access;
using OpenNrm.Web.Features.Audit;

namespace OpenNrm.Web.Features.Account;

/// <summary>Signing out renews the security stamp, so every other session of the account ends too (a stolen cookie dies with it).</summary>
[RequirePermission(Permission.OwnAccount)]
public sealed class LogoutModel(AppSignInManager signIn, UserManager<AppUser> users, AuditLog audit, AppDbContext db) : PageModel
{
    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync()
    {
        var user = await users.GetUserAsync(User);
        if (user is not null)
        {
            await users.UpdateSecurityStampAsync(user);
            audit.Record(AuditEventType.Logout, "User", user.Id.ToString());
            await db.SaveChangesAsync();
        }

        await signIn.SignOutAsync();
        return RedirectToPage("/Account/Login");
    }
}
