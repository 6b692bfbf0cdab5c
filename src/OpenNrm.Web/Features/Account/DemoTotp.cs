using Microsoft.AspNetCore.Identity;
using OpenNrm.Web.Features.Access;
using OtpNet;

namespace OpenNrm.Web.Features.Account;

/// <summary>
/// Demo mode only: the code an authenticator app would show now, so that a newcomer can sign in without
/// installing one. Demo mode cannot be enabled on PostgreSQL (see <see cref="OpenNrmOptions"/>).
/// </summary>
internal static class DemoTotp
{
    public static async Task<string?> CurrentCodeAsync(OpenNrmOptions options, UserManager<AppUser> users, AppUser user, TimeProvider clock)
    {
        if (!options.DemoMode)
        {
            return null;
        }

        var key = await users.GetAuthenticatorKeyAsync(user);
        if (key is null)
        {
            return null;
        }

        // Codes are single-use: after a recent sign-in, show the next code, which the server accepts one step early.
        var now = clock.GetUtcNow().ToUnixTimeSeconds() / 30;
        var last = await SingleUseAuthenticatorTokenProvider.LastUsedStepAsync(users, user);
        var step = Math.Max(now, last + 1);
        return new Totp(Base32Encoding.ToBytes(key)).ComputeTotp(DateTimeOffset.FromUnixTimeSeconds(step * 30).UtcDateTime);
    }
}
