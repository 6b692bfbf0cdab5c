using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using OpenNrm.Domain.Access;
using OpenNrm.Web.Data;

namespace OpenNrm.Web.Features.Access;

/// <summary>Adds missing organisations and roles; never overwrites what an administrator has edited.</summary>
public sealed class ReferenceDataSeeder(AppDbContext db, RoleManager<AppRole> roles)
{
    public async Task SeedAsync(CancellationToken ct = default)
    {
        var existing = await db.Organisations.Select(o => o.Code).ToListAsync(ct);
        foreach (var seed in BelgianReferenceData.Organisations.Where(s => !existing.Contains(s.Code)))
        {
            var parent = seed.ParentCode is null ? (Guid?)null : BelgianReferenceData.IdFor(seed.ParentCode);
            db.Organisations.Add(new Organisation(seed.Id, seed.Code, seed.Name, seed.Kind, parent, seed.JudicialDistrict));
        }

        await db.SaveChangesAsync(ct);
        foreach (var role in Enum.GetNames<Role>())
        {
            if (!await roles.RoleExistsAsync(role))
            {
                await roles.CreateAsync(new AppRole(role));
            }
        }
    }
}
