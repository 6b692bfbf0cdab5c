using Microsoft.AspNetCore.Identity;
using OpenNrm.Domain.Access;
using OpenNrm.Domain.Audit;
using OpenNrm.Web.Data;
using OpenNrm.Web.Features.Audit;

namespace OpenNrm.Web.Features.Access;

/// <summary>
/// One account per role, for demo mode only: enrolled in TOTP with a random key, whose current code the
/// sign-in page shows (marked as demo), so that a newcomer needs no authenticator app.
/// </summary>
public sealed class DemoAccounts(UserManager<AppUser> users, AppDbContext db, AuditLog audit, TimeProvider clock)
{
    public const string Password = "demo-opennrm-2026";

    public static string EmailFor(Role role) => role.ToString().ToLowerInvariant() + "@demo.opennrm.local";

    public async Task<int> EnsureAsync(CancellationToken ct = default)
    {
        var created = 0;
        foreach (var role in Enum.GetValues<Role>())
        {
            if (await users.FindByEmailAsync(EmailFor(role)) is not null)
            {
                continue;
            }

            var user = new AppUser
            {
                Id = Guid.CreateVersion7(),
                UserName = EmailFor(role),
                Email = EmailFor(role),
                EmailConfirmed = true,
                DisplayName = "Demo " + role,
                OrganisationId = BelgianReferenceData.IdFor(BelgianReferenceData.DemoSeats[role]),
                CreatedAt = clock.GetUtcNow(),
            };
            Check(await users.CreateAsync(user, Password));
            Check(await users.AddToRoleAsync(user, role.ToString()));
            Check(await users.ResetAuthenticatorKeyAsync(user));
            Check(await users.SetTwoFactorEnabledAsync(user, true));
            created++;
        }

        if (created > 0)
        {
            audit.Record(AuditEventType.DemoDataSeeded, details: $"demo accounts created: {created}");
            await db.SaveChangesAsync(ct);
        }

        return created;
    }

    private static void Check(IdentityResult result)
    {
        if (!result.Succeeded)
        {
            throw new InvalidOperationException("Demo account setup failed: " + string.Join("; ", result.Errors.Select(e => e.Description)));
        }
    }
}
