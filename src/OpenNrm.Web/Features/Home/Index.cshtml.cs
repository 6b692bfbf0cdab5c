using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using OpenNrm.Domain.Access;
using OpenNrm.Web.Data;
using OpenNrm.Web.Features.Access;

namespace OpenNrm.Web.Features.Home;

/// <summary>The start page shows only what the person's roles allow.</summary>
[RequirePermission(Permission.OwnAccount)]
public sealed class IndexModel(CurrentUser me, AppDbContext db, TimeProvider clock, Referrals.ReferralOptions referrals) : PageModel
{
    public string DisplayName { get; private set; } = string.Empty;

    public string OrganisationName { get; private set; } = string.Empty;

    public IReadOnlyList<Role> Roles => me.Roles;

    public int OrganisationCount { get; private set; }

    public int CaseCount { get; private set; }

    /// <summary>The role's work at a glance; null where the role has no such work.</summary>
    public Dashboard? Work { get; private set; }

    public bool Can(Permission permission) => me.Can(permission);

    public async Task OnGetAsync()
    {
        DisplayName = User.FindFirst(System.Security.Claims.ClaimTypes.GivenName)?.Value ?? User.Identity?.Name ?? string.Empty;
        OrganisationName = await db.Organisations.Where(o => o.Id == me.OrganisationId).Select(o => o.Name).FirstOrDefaultAsync() ?? string.Empty;
        if (me.Can(Permission.OrganisationsRead))
        {
            OrganisationCount = await db.Organisations.CountAsync();
        }

        if (me.Can(Permission.CasesRead))
        {
            CaseCount = await db.Cases.CountAsync(c => c.Involvements.Any(i => i.OrganisationId == me.OrganisationId));
        }

        Work = await Dashboard.ForAsync(db, me, clock, referrals, HttpContext.RequestAborted);
    }
}
