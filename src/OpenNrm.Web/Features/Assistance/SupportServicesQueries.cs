using OpenNrm.Domain.Audit;
using OpenNrm.Web.Data;
using OpenNrm.Web.Features.Audit;

namespace OpenNrm.Web.Features.Assistance;

/// <summary>
/// The documents and services of one support case in one read, for the case page: one audit entry with its
/// purpose, and nothing at all outside the caller's centre.
/// </summary>
public sealed class SupportServicesQueries(AppDbContext db, SupportAccess access, SupportServiceViews views, AuditLog audit)
{
    public async Task<SupportServicesView?> ReadAsync(Guid id, string? purpose, CancellationToken ct)
    {
        var support = await access.FindAsync(id, ct, tracked: false);
        if (support is null)
        {
            return null;
        }

        var view = await views.AllAsync(support, ct);
        audit.Record(AuditEventType.SupportServicesViewed, "SupportCase", support.Id.ToString(), purpose: AuditLog.Purpose(purpose),
            details: $"documents {view.Attachments.Count}, interpretations {view.Interpretations.Count}, subsistence {view.Subsistence.Count}, returns {view.VoluntaryReturns.Returns.Count}");
        await db.SaveChangesAsync(ct);
        return view;
    }
}
