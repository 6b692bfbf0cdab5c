using System.Security.Claims;
using Microsoft.AspNetCore.Http;
using OpenNrm.Domain.Access;

namespace OpenNrm.Web.Features.Access;

/// <summary>The caller as the authorisation layer sees them: user, organisation, roles. Empty for anonymous calls.</summary>
public sealed class CurrentUser(IHttpContextAccessor http)
{
    public const string OrganisationClaim = "onrm:org";

    private ClaimsPrincipal? Principal => http.HttpContext?.User;

    public bool IsAuthenticated => Principal?.Identity?.IsAuthenticated == true;

    public Guid? UserId => Guid.TryParse(Principal?.FindFirstValue(ClaimTypes.NameIdentifier), out var id) ? id : null;

    public Guid? OrganisationId => Guid.TryParse(Principal?.FindFirstValue(OrganisationClaim), out var id) ? id : null;

    public IReadOnlyList<Role> Roles => RolesOf(Principal);

    public bool Can(Permission permission) => PermissionMatrix.Allows(Roles, permission);

    public static IReadOnlyList<Role> RolesOf(ClaimsPrincipal? principal) =>
        principal?.FindAll(ClaimTypes.Role)
            .Select(c => Enum.TryParse<Role>(c.Value, out var role) ? role : (Role?)null)
            .OfType<Role>()
            .ToList() ?? [];
}
