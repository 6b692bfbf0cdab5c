using Microsoft.AspNetCore.Identity;
using OpenNrm.Domain.Access;
using OpenNrm.Domain.Audit;
using OpenNrm.Web.Data;
using OpenNrm.Web.Features.Access;
using OpenNrm.Web.Features.Audit;

namespace OpenNrm.Web.Features.Synthetic;

/// <summary>The accounts, per organisation, in whose name generated acts are recorded.</summary>
internal sealed class StaffRoster(IReadOnlyDictionary<string, IReadOnlyList<Guid>> byOrganisation)
{
    /// <summary>One draw whatever the pool's size, so the demo accounts joining a pool change nothing else.</summary>
    public Guid Pick(Random random, string organisationCode)
    {
        var pool = byOrganisation[organisationCode];
        return pool[(int)(random.NextDouble() * pool.Count)];
    }
}

/// <summary>
/// Staff for the synthetic data: a few accounts per organisation that detects, refers, assists, identifies or
/// decides, so that every generated act names an account of the right organisation and role. They have no password
/// and are disabled: nobody can sign in with them. In demo mode the demo account of the same seat joins the pool,
/// so that a newcomer signed in as a demo user finds work of their own among the generated files.
/// </summary>
public sealed class SyntheticStaff(UserManager<AppUser> users, AppDbContext db, AuditLog audit, TimeProvider clock)
{
    public const string EmailDomain = "synthetic.opennrm.local";

    internal static readonly (string Organisation, Role Role, int Count)[] Seats =
    [
        ("POL-ZP-BXL-IXL", Role.FrontlineOfficer, 4), ("POL-ZP-ANTWERPEN", Role.FrontlineOfficer, 4), ("POL-ZP-GENT", Role.FrontlineOfficer, 3),
        ("POL-ZP-LIEGE", Role.FrontlineOfficer, 3), ("POL-FED-THB", Role.FrontlineOfficer, 4), ("NSSO-INSPECTION", Role.FrontlineOfficer, 3),
        ("LABOUR-INSPECTION", Role.FrontlineOfficer, 3), ("FPSFA-PROTOCOL", Role.FrontlineOfficer, 1), ("IO-ASYLUM-REG", Role.AsylumRegistrationOfficer, 2),
        ("IO-RETURN", Role.ImmigrationReturnOfficer, 2), ("IO-DUBLIN", Role.ImmigrationDublinOfficer, 2), ("GUARDIANSHIP", Role.GuardianshipOfficer, 2),
        ("CENTRE-PAGASA", Role.CentreCaseworker, 5), ("CENTRE-PAYOKE", Role.CentreCaseworker, 5), ("CENTRE-SURYA", Role.CentreCaseworker, 4),
        ("PROS-BXL", Role.Prosecutor, 2), ("PROS-ANT", Role.Prosecutor, 2), ("PROS-LIE", Role.Prosecutor, 2), ("PROS-GENT", Role.Prosecutor, 2),
        ("AUD-BXL", Role.Prosecutor, 2), ("AUD-ANT", Role.Prosecutor, 2), ("AUD-LIE", Role.Prosecutor, 2), ("IO-THB", Role.ImmigrationThbOfficer, 4),
    ];

    internal async Task<(StaffRoster Roster, int Created)> EnsureAsync(CancellationToken ct)
    {
        var pools = new Dictionary<string, IReadOnlyList<Guid>>();
        var created = 0;
        foreach (var (organisation, role, count) in Seats)
        {
            var pool = new List<Guid>();
            for (var n = 1; n <= count; n++)
            {
                var (id, isNew) = await EnsureAccountAsync(organisation, role, n, ct);
                pool.Add(id);
                created += isNew ? 1 : 0;
            }

            var demo = BelgianReferenceData.DemoSeats.Where(s => s.Key == role && s.Value == organisation).Select(s => DemoAccounts.EmailFor(s.Key)).FirstOrDefault();
            if (demo is not null && await users.FindByEmailAsync(demo) is { } demoUser)
            {
                pool.Add(demoUser.Id);
            }

            pools[organisation] = pool;
        }

        return (new StaffRoster(pools), created);
    }

    private async Task<(Guid Id, bool Created)> EnsureAccountAsync(string organisation, Role role, int n, CancellationToken ct)
    {
        var email = $"{role}.{n}.{organisation}@{EmailDomain}".ToLowerInvariant();
        if (await users.FindByEmailAsync(email) is { } existing)
        {
            return (existing.Id, false);
        }

        var user = new AppUser
        {
            Id = Guid.CreateVersion7(),
            UserName = email,
            Email = email,
            DisplayName = $"Synthetic {role} {n}",
            OrganisationId = BelgianReferenceData.IdFor(organisation),
            IsDisabled = true,
            CreatedAt = clock.GetUtcNow(),
        };
        Check(await users.CreateAsync(user));
        Check(await users.AddToRoleAsync(user, role.ToString()));
        audit.Record(AuditEventType.UserCreated, "User", user.Id.ToString(), details: $"{role} (synthetic, disabled, no password)");
        await db.SaveChangesAsync(ct);
        return (user.Id, true);
    }

    private static void Check(IdentityResult result)
    {
        if (!result.Succeeded)
        {
            throw new InvalidOperationException("Synthetic account setup failed: " + string.Join("; ", result.Errors.Select(e => e.Description)));
        }
    }
}
