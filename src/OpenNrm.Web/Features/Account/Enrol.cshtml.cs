using System.Text.Encodings.Web;
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
using QRCoder;

namespace OpenNrm.Web.Features.Account;

/// <summary>
/// Mandatory TOTP enrolment at first sign-in. Reachable only with the short-lived cookie that a correct
/// password gives to an account without a second factor; an enrolled account can never come back here.
/// </summary>
[AllowAnonymous]
[EnableRateLimiting(AccessSetup.LoginRateLimit)]
public sealed class EnrolModel(AppSignInManager signIn, UserManager<AppUser> users, AuditLog audit, AppDbContext db, OpenNrmOptions options, TimeProvider clock)
    : PageModel
{
    [BindProperty]
    public string? Code { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? ReturnUrl { get; set; }

    public string SharedKey { get; private set; } = string.Empty;

    public string QrCodeDataUri { get; private set; } = string.Empty;

    public string? DemoCode { get; private set; }

    public string? Error { get; private set; }

    public IReadOnlyList<string>? RecoveryCodes { get; private set; }

    public async Task<IActionResult> OnGetAsync()
    {
        var user = await signIn.GetTwoFactorAuthenticationUserAsync();
        if (user is null || user.TwoFactorEnabled)
        {
            return RedirectToPage("/Account/Login");
        }

        await LoadKeyAsync(user);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync()
    {
        var user = await signIn.GetTwoFactorAuthenticationUserAsync();
        if (user is null || user.TwoFactorEnabled)
        {
            return RedirectToPage("/Account/Login");
        }

        var code = (Code ?? string.Empty).Replace(" ", string.Empty, StringComparison.Ordinal);
        if (code.Length != 6 || !await users.VerifyTwoFactorTokenAsync(user, users.Options.Tokens.AuthenticatorTokenProvider, code))
        {
            await users.AccessFailedAsync(user);
            Error = "This code is not valid. Codes change every 30 seconds.";
            await LoadKeyAsync(user);
            return Page();
        }

        await users.SetTwoFactorEnabledAsync(user, true);
        RecoveryCodes = (await users.GenerateNewTwoFactorRecoveryCodesAsync(user, 10))?.ToList() ?? [];
        await HttpContext.SignOutAsync(IdentityConstants.TwoFactorUserIdScheme);
        await signIn.SignInWithClaimsAsync(user, isPersistent: false, [new System.Security.Claims.Claim("amr", "mfa")]);
        audit.Record(AuditEventType.SecondFactorEnrolled, "User", user.Id.ToString(), userId: user.Id, organisationId: user.OrganisationId);
        audit.Record(AuditEventType.LoginSucceeded, "User", user.Id.ToString(), details: "after enrolment", userId: user.Id, organisationId: user.OrganisationId);
        await db.SaveChangesAsync();
        ReturnUrl = Shared.ReturnUrls.Safe(Url, ReturnUrl);
        return Page();
    }

    private async Task LoadKeyAsync(AppUser user)
    {
        var key = await users.GetAuthenticatorKeyAsync(user);
        if (string.IsNullOrEmpty(key))
        {
            await users.ResetAuthenticatorKeyAsync(user);
            key = await users.GetAuthenticatorKeyAsync(user);
        }

        SharedKey = string.Join(' ', key!.Chunk(4).Select(c => new string(c))).ToLowerInvariant();
        var uri = $"otpauth://totp/OpenNRM:{UrlEncoder.Default.Encode(user.Email!)}?secret={key}&issuer=OpenNRM&digits=6";
        using var generator = new QRCodeGenerator();
        using var data = generator.CreateQrCode(uri, QRCodeGenerator.ECCLevel.Q);
        QrCodeDataUri = "data:image/png;base64," + Convert.ToBase64String(new PngByteQRCode(data).GetGraphic(6));
        DemoCode = await DemoTotp.CurrentCodeAsync(options, users, user, clock);
    }
}
