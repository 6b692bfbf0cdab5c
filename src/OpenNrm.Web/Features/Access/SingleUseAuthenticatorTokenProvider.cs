using System.Globalization;
using Microsoft.AspNetCore.Identity;
using OtpNet;

namespace OpenNrm.Web.Features.Access;

/// <summary>
/// TOTP with a narrow window (the current 30-second step and one on either side, for clock drift) and single
/// use: a code, once accepted, and every older code, is refused afterwards (OWASP ASVS 5.0 V6.5.1, V6.5.5), so a
/// code seen over someone's shoulder or in a proxy log cannot open a second session.
/// </summary>
public sealed class SingleUseAuthenticatorTokenProvider(TimeProvider clock) : IUserTwoFactorTokenProvider<AppUser>
{
    private const string LoginProvider = "OpenNrm";
    private const string LastStepName = "LastTotpStep";

    /// <summary>The last accepted time step of the account, or 0 when none was ever accepted.</summary>
    public static async Task<long> LastUsedStepAsync(UserManager<AppUser> manager, AppUser user) =>
        long.TryParse(await manager.GetAuthenticationTokenAsync(user, LoginProvider, LastStepName), NumberStyles.Integer, CultureInfo.InvariantCulture, out var step)
            ? step
            : 0;

    public Task<string> GenerateAsync(string purpose, UserManager<AppUser> manager, AppUser user) => Task.FromResult(string.Empty);

    public async Task<bool> CanGenerateTwoFactorTokenAsync(UserManager<AppUser> manager, AppUser user) =>
        !string.IsNullOrWhiteSpace(await manager.GetAuthenticatorKeyAsync(user));

    public async Task<bool> ValidateAsync(string purpose, string token, UserManager<AppUser> manager, AppUser user)
    {
        var key = await manager.GetAuthenticatorKeyAsync(user);
        if (string.IsNullOrWhiteSpace(key) || token.Length != 6 || !token.All(char.IsAsciiDigit))
        {
            return false;
        }

        var totp = new Totp(Base32Encoding.ToBytes(key));
        if (!totp.VerifyTotp(clock.GetUtcNow().UtcDateTime, token, out var step, new VerificationWindow(previous: 1, future: 1)))
        {
            return false;
        }

        if (step <= await LastUsedStepAsync(manager, user))
        {
            return false;
        }

        var stored = await manager.SetAuthenticationTokenAsync(user, LoginProvider, LastStepName, step.ToString(CultureInfo.InvariantCulture));
        return stored.Succeeded;
    }
}
