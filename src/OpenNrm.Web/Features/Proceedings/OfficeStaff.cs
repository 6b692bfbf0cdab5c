using Microsoft.EntityFrameworkCore;
using OpenNrm.Domain.Access;
using OpenNrm.Web.Data;

namespace OpenNrm.Web.Features.Proceedings;

public sealed record StaffMember(Guid Id, string Name);

/// <summary>The prosecutors of an office, who alone may be its reference magistrates (COL 01/2015).</summary>
public sealed class OfficeStaff(AppDbContext db)
{
    private static readonly string ProsecutorRole = Role.Prosecutor.ToString();

    public async Task<IReadOnlyList<StaffMember>> ProsecutorsAsync(Guid officeId, CancellationToken ct) =>
        await Prosecutors(officeId).OrderBy(u => u.DisplayName).Select(u => new StaffMember(u.Id, u.DisplayName)).ToListAsync(ct);

    public Task<bool> IsProsecutorAsync(Guid officeId, Guid userId, CancellationToken ct) =>
        Prosecutors(officeId).AnyAsync(u => u.Id == userId, ct);

    /// <summary>Display names for a history, including magistrates who have since left or been disabled.</summary>
    public async Task<Dictionary<Guid, string>> NamesAsync(IReadOnlyCollection<Guid> userIds, CancellationToken ct) =>
        await db.Users.AsNoTracking().Where(u => userIds.Contains(u.Id)).ToDictionaryAsync(u => u.Id, u => u.DisplayName, ct);

    private IQueryable<Access.AppUser> Prosecutors(Guid officeId) =>
        db.Users.AsNoTracking().Where(u => u.OrganisationId == officeId && !u.IsDisabled
            && db.UserRoles.Any(ur => ur.UserId == u.Id && db.Roles.Any(r => r.Id == ur.RoleId && r.Name == ProsecutorRole)));
}
