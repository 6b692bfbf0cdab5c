using Microsoft.EntityFrameworkCore;
using OpenNrm.Domain.Access;
using OpenNrm.Web.Data;
using OpenNrm.Web.Features.Access;

namespace OpenNrm.Web.Features.Tasks;

public sealed record StaffMember(Guid Id, string Name);

/// <summary>
/// The colleagues a task may be given to: active accounts of the caller's centre whose role reads the centre's
/// support cases. Anyone else (a disabled account, another organisation's user, an administrator) is not a choice.
/// </summary>
public sealed class CentreStaff(AppDbContext db, CurrentUser me)
{
    public async Task<IReadOnlyList<StaffMember>> ListAsync(CancellationToken ct)
    {
        var organisation = me.OrganisationId ?? Guid.Empty;
        var users = await db.Users.AsNoTracking().Where(u => u.OrganisationId == organisation && !u.IsDisabled)
            .Select(u => new { u.Id, u.DisplayName }).ToListAsync(ct);
        var ids = users.Select(u => u.Id).ToList();
        var roles = await db.UserRoles.Join(db.Roles, ur => ur.RoleId, r => r.Id, (ur, r) => new { ur.UserId, r.Name })
            .Where(x => ids.Contains(x.UserId)).ToListAsync(ct);
        var readers = roles.Where(r => Enum.TryParse<Role>(r.Name, out var role) && PermissionMatrix.Allows(role, Permission.SupportRead))
            .Select(r => r.UserId).ToHashSet();
        return users.Where(u => readers.Contains(u.Id)).OrderBy(u => u.DisplayName, StringComparer.CurrentCulture).ThenBy(u => u.Id)
            .Select(u => new StaffMember(u.Id, u.DisplayName)).ToList();
    }

    public async Task<bool> IsMemberAsync(Guid userId, CancellationToken ct) =>
        (await ListAsync(ct)).Any(m => m.Id == userId);
}
