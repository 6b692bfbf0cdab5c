using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using OpenNrm.Domain.Access;
using OpenNrm.Web.Data;

namespace OpenNrm.Web.Features.Access;

public sealed record MeResponse(Guid Id, string Email, string DisplayName, Guid OrganisationId, string OrganisationName,
    IReadOnlyList<Role> Roles, IReadOnlyList<Permission> Permissions);

public static class AccountApi
{
    public static void MapAccountApi(this RouteGroupBuilder api)
    {
        api.MapGet("/me", GetMe).RequirePermission(Permission.OwnAccount)
            .WithSummary("The calling account: organisation, roles and the permissions they grant.");
    }

    private static async Task<Results<Ok<MeResponse>, NotFound>> GetMe(CurrentUser me, AppDbContext db, CancellationToken ct)
    {
        var user = await db.Users.AsNoTracking().FirstOrDefaultAsync(u => u.Id == me.UserId, ct);
        if (user is null)
        {
            return TypedResults.NotFound();
        }

        var organisation = await db.Organisations.AsNoTracking().Where(o => o.Id == user.OrganisationId).Select(o => o.Name).FirstAsync(ct);
        var roles = me.Roles;
        var permissions = Enum.GetValues<Permission>().Where(p => PermissionMatrix.Allows(roles, p)).ToList();
        return TypedResults.Ok(new MeResponse(user.Id, user.Email ?? string.Empty, user.DisplayName, user.OrganisationId, organisation, roles, permissions));
    }
}
