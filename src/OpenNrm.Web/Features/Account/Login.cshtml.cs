using System.Security.Claims;
using Microsoft.AspNetCore.Authentication;
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

/// <summary>
/// First factor. Every failure (unknown address, wrong password, locked or disabled account) gets the same
/// answer, and an unknown address still costs one password hash, so neither the text nor the timing tells
/// whether an account exists.
/// </summary>
[AllowAnonymous]
[EnableRateLimiting(AccessSetup.LoginRateLimit)]
public sealed class LoginModel(
    UserManager<AppUser> users, AppSignInManager signIn, IPasswordHasher<AppUser> hasher, AuditLog audit, AppDbContext db, OpenNrmOptions options)
    : PageModel
{
    public const string Failure = "Sign-in failed. Check your e-mail address and password. After five failures the account is locked for 15 minutes.";

    // A hash of a random password, computed once, so that unknown addresses spend the same time hashing.
    private static readonly Lazy<string> DummyHash = new(() => new PasswordHasher<AppUser>().HashPassword(new AppUser(), Guid.NewGuid().ToString()));

    [BindProperty]
    public string? Email { get; set; }

    [BindProperty]
    public string? Password { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? ReturnUrl { get; set; }

    public string? Error { get; private set; }

    public bool DemoMode => options.DemoMode;

    public async Task OnGetAsync() => await HttpContext.SignOutAsync(IdentityConstants.ExternalScheme);

    public async Task<IActionResult> OnPostAsync()
    {
        var user = string.IsNullOrWhiteSpace(Email) || Email.Length > 256 ? null : await users.FindByEmailAsync(Email.Trim());
        if (user is null || string.IsNullOrEmpty(Password) || Password.Length > 512)
        {
            hasher.VerifyHashedPassword(new AppUser(), DummyHash.Value, Password ?? string.Empty);
            return await FailAsync(null, "unknown account or empty password");
        }

        if (user.TwoFactorEnabled)
        {
            var result = await signIn.PasswordSignInAsync(user, Password, isPersistent: false, lockoutOnFailure: true);
            if (result.RequiresTwoFactor)
            {
                return RedirectToPage("/Account/LoginWith2fa", new { ReturnUrl });
            }

            return await FailAsync(user, result.IsLockedOut ? "locked out" : result.IsNotAllowed ? "not allowed" : "wrong password");
        }

        // Not yet enrolled: the password alone never opens a session; it opens the enrolment step.
        var check = await signIn.CheckPasswordSignInAsync(user, Password, lockoutOnFailure: true);
        if (!check.Succeeded)
        {
            return await FailAsync(user, check.IsLockedOut ? "locked out" : check.IsNotAllowed ? "not allowed" : "wrong password");
        }

        var identity = new ClaimsIdentity(IdentityConstants.TwoFactorUserIdScheme);
        identity.AddClaim(new Claim(ClaimTypes.Name, user.Id.ToString()));
        await HttpContext.SignInAsync(IdentityConstants.TwoFactorUserIdScheme, new ClaimsPrincipal(identity));
        return RedirectToPage("/Account/Enrol", new { ReturnUrl });
    }

    private async Task<IActionResult> FailAsync(AppUser? user, string reason)
    {
        audit.Record(reason == "locked out" ? AuditEventType.LoginLockedOut : AuditEventType.LoginFailed, "User", user?.Id.ToString(),
            details: reason, userId: user?.Id, organisationId: user?.OrganisationId);
        await db.SaveChangesAsync();
        Error = Failure;
        Password = null;
        return Page();
    }
}
