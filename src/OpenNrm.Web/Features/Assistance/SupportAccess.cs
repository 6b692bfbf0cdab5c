using Microsoft.EntityFrameworkCore;
using OpenNrm.Web.Data;
using OpenNrm.Web.Features.Access;

namespace OpenNrm.Web.Features.Assistance;

/// <summary>
/// Need-to-know for support cases: a support case exists only for the staff of the centre that gives it. Everyone
/// else, including another centre working on the same file, is told "not found".
/// </summary>
public sealed class SupportAccess(AppDbContext db, CurrentUser me)
{
    public IQueryable<SupportCase> Visible(bool tracked = true)
    {
        var organisation = me.OrganisationId ?? Guid.Empty;
        var query = db.SupportCases.Where(s => s.CentreId == organisation);
        return tracked ? query : query.AsNoTracking();
    }

    public Task<SupportCase?> FindAsync(Guid id, CancellationToken ct, bool tracked = true) =>
        Visible(tracked).FirstOrDefaultAsync(s => s.Id == id, ct);
}
