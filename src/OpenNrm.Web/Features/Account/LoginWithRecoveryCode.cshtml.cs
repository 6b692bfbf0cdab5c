using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;
using OpenNrm.Domain.Audit;
using OpenNrm.Web.Data;
using OpenNrm.Web.Features.Access;
using OpenNrm.Web.Features.Audit;

namespace OpenNrm.Web.Features.Account;

[AllowAnonymous]
[EnableRateLimiting(AccessSetup.LoginRateLimit)]
public sealed class LoginWithRecoveryCodeModel(AppSignInManager signIn, AuditLog audit, AppDbContext db) : PageModel
{
    [BindProperty]
    public string? Code { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? ReturnUrl { get; set; }

    public string? Error { get; private set; }

    public async Task<IActionResult> OnGetAsync() =>
        await signIn.GetTwoFactorAuthenticationUserAsync() is null ? RedirectToPage("/Account/Login") : Page();

    public async Task<IActionResult> OnPostAsync()
    {
        var user = await signIn.GetTwoFactorAuthenticationUserAsync();
        if (user is null)
        {
            return RedirectToPage("/Account/Login");
        }

        var result = await signIn.TwoFactorRecoveryCodeSignInAsync((Code ?? string.Empty).Replace(" ", string.Empty, StringComparison.Ordinal));
        audit.Record(result.Succeeded ? AuditEventType.RecoveryCodeUsed : AuditEventType.SecondFactorFailed, "User", user.Id.ToString(),
            userId: user.Id, organisationId: user.OrganisationId);
        await db.SaveChangesAsync();
        if (result.Succeeded)
        {
            return LocalRedirect(Shared.ReturnUrls.Safe(Url, ReturnUrl));
        }

        Error = result.IsLockedOut ? LoginModel.Failure : "This recovery code is not valid or was already used.";
        return Page();
    }
}
