using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;
using OpenNrm.Domain.Audit;
using OpenNrm.Web.Data;
using OpenNrm.Web.Features.Access;
using OpenNrm.Web.Features.Audit;

namespace OpenNrm.Web.Features.Account;

/// <summary>Second factor (TOTP). Reached only after a correct password; wrong codes count towards the lockout.</summary>
[AllowAnonymous]
[EnableRateLimiting(AccessSetup.LoginRateLimit)]
public sealed class LoginWith2faModel(AppSignInManager signIn, UserManager<AppUser> users, AuditLog audit, AppDbContext db, OpenNrmOptions options, TimeProvider clock)
    : PageModel
{
    [BindProperty]
    public string? Code { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? ReturnUrl { get; set; }

    public string? Error { get; private set; }

    public string? DemoCode { get; private set; }

    public async Task<IActionResult> OnGetAsync()
    {
        var user = await signIn.GetTwoFactorAuthenticationUserAsync();
        if (user is null)
        {
            return RedirectToPage("/Account/Login");
        }

        DemoCode = await DemoTotp.CurrentCodeAsync(options, users, user, clock);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync()
    {
        var user = await signIn.GetTwoFactorAuthenticationUserAsync();
        if (user is null)
        {
            return RedirectToPage("/Account/Login");
        }

        var code = (Code ?? string.Empty).Replace(" ", string.Empty, StringComparison.Ordinal);
        var result = code.Length is 6 && code.All(char.IsAsciiDigit)
            ? await signIn.TwoFactorAuthenticatorSignInAsync(code, isPersistent: false, rememberClient: false)
            : Microsoft.AspNetCore.Identity.SignInResult.Failed;
        if (result.Succeeded)
        {
            audit.Record(AuditEventType.LoginSucceeded, "User", user.Id.ToString(), userId: user.Id, organisationId: user.OrganisationId);
            await db.SaveChangesAsync();
            return LocalRedirect(Shared.ReturnUrls.Safe(Url, ReturnUrl));
        }

        audit.Record(result.IsLockedOut ? AuditEventType.LoginLockedOut : AuditEventType.SecondFactorFailed, "User", user.Id.ToString(),
            userId: user.Id, organisationId: user.OrganisationId);
        await db.SaveChangesAsync();
        Error = result.IsLockedOut ? LoginModel.Failure : "This code is not valid. Codes change every 30 seconds.";
        DemoCode = await DemoTotp.CurrentCodeAsync(options, users, user, clock);
        return Page();
    }
}
