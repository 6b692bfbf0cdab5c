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
    public static async Task<string?> CurrentCodeAsync(OpenNrmOptions options, UserManager<AppUser> users, AppUser user)
    {
        if (!options.DemoMode)
        {
            return null;
        }

        var key = await users.GetAuthenticatorKeyAsync(user);
        return key is null ? null : new Totp(Base32Encoding.ToBytes(key)).ComputeTotp();
    }
}
