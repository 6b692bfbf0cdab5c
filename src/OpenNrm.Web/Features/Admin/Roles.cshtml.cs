using Microsoft.AspNetCore.Mvc.RazorPages;
using OpenNrm.Domain.Access;
using OpenNrm.Web.Features.Access;

namespace OpenNrm.Web.Features.Admin;

[RequirePermission(Permission.RolesRead)]
public sealed class RolesModel : PageModel
{
    public void OnGet()
    {
    }
}
