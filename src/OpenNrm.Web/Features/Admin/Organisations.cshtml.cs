using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using OpenNrm.Domain.Access;
using OpenNrm.Web.Data;
using OpenNrm.Web.Features.Access;

namespace OpenNrm.Web.Features.Admin;

[RequirePermission(Permission.OrganisationsRead)]
public sealed class OrganisationsModel(AppDbContext db, CurrentUser me) : PageModel
{
    public IReadOnlyList<OrganisationDto> Organisations { get; private set; } = [];

    public bool CanManage => me.Can(Permission.OrganisationsManage);

    public async Task OnGetAsync() =>
        Organisations = (await db.Organisations.AsNoTracking().OrderBy(o => o.Code).ToListAsync()).Select(OrganisationDto.From).ToList();
}
