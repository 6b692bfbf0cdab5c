using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using OpenNrm.Domain.Access;
using OpenNrm.Domain.Audit;
using OpenNrm.Web.Data;
using OpenNrm.Web.Features.Access;

namespace OpenNrm.Web.Features.Audit;

public static class AuditApi
{
    public static void MapAuditApi(this RouteGroupBuilder api)
    {
        api.MapGet("/audit", Find).RequirePermission(Permission.AuditRead).WithTags("Audit")
            .WithSummary("Audit entries, newest first; pass nextBefore and nextBeforeId back as before and beforeId for the next page.");
    }

    private static async Task<Ok<AuditPage>> Find(string? subjectType, string? subjectId, Guid? userId, Guid? organisationId,
        DateTimeOffset? from, DateTimeOffset? to, AuditEventType? type, DateTimeOffset? before, Guid? beforeId, int? limit,
        AuditQuery query, AuditLog audit, AppDbContext db, CancellationToken ct)
    {
        var page = await query.FindAsync(new AuditFilter(subjectType, subjectId, userId, organisationId, from, to, type, before, beforeId, limit ?? 50), ct);
        // Watching the watchers: reading the trail is itself on the trail.
        audit.Record(AuditEventType.AuditLogViewed, subjectType, subjectId, details: userId?.ToString());
        await db.SaveChangesAsync(ct);
        return TypedResults.Ok(page);
    }
}
