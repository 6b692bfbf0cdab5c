using Microsoft.EntityFrameworkCore;
using OpenNrm.Domain.Audit;
using OpenNrm.Web.Data;

namespace OpenNrm.Web.Features.Audit;

public sealed record AuditFilter(string? SubjectType, string? SubjectId, Guid? UserId, Guid? OrganisationId,
    DateTimeOffset? From, DateTimeOffset? To, AuditEventType? Type, DateTimeOffset? Before, Guid? BeforeId, int Limit = 50);

public sealed record AuditRow(Guid Id, DateTimeOffset At, AuditEventType Type, Guid? UserId, Guid? OrganisationId,
    string? SubjectType, string? SubjectId, string? Purpose, string? Details, long? ChainIndex);

public sealed record AuditPage(IReadOnlyList<AuditRow> Rows, DateTimeOffset? NextBefore, Guid? NextBeforeId);

/// <summary>The auditor's question "who did what to which file, when", newest first, keyset-paged.</summary>
public sealed class AuditQuery(AppDbContext db)
{
    public const int MaxLimit = 200;

    public async Task<AuditPage> FindAsync(AuditFilter f, CancellationToken ct)
    {
        var limit = Math.Clamp(f.Limit, 1, MaxLimit);
        var q = db.AuditEntries.AsNoTracking();
        if (!string.IsNullOrWhiteSpace(f.SubjectType)) q = q.Where(e => e.SubjectType == f.SubjectType);
        if (!string.IsNullOrWhiteSpace(f.SubjectId)) q = q.Where(e => e.SubjectId == f.SubjectId);
        if (f.UserId is { } user) q = q.Where(e => e.UserId == user);
        if (f.OrganisationId is { } org) q = q.Where(e => e.OrganisationId == org);
        if (f.Type is { } type) q = q.Where(e => e.Type == type);
        // Instants are compared in UTC: PostgreSQL's timestamptz parameters accept no other offset.
        if (f.From?.ToUniversalTime() is { } from) q = q.Where(e => e.At >= from);
        if (f.To?.ToUniversalTime() is { } to) q = q.Where(e => e.At < to);
        if (f.Before?.ToUniversalTime() is { } before)
        {
            var beforeId = f.BeforeId ?? Guid.Empty;
            q = q.Where(e => e.At < before || (e.At == before && e.Id.CompareTo(beforeId) < 0));
        }

        var rows = await q.OrderByDescending(e => e.At).ThenByDescending(e => e.Id).Take(limit + 1)
            .Select(e => new AuditRow(e.Id, e.At, e.Type, e.UserId, e.OrganisationId, e.SubjectType, e.SubjectId, e.Purpose, e.Details,
                db.AuditSeals.Where(s => s.EntryId == e.Id).Select(s => (long?)s.ChainIndex).FirstOrDefault()))
            .ToListAsync(ct);
        var more = rows.Count > limit;
        var page = rows.Take(limit).ToList();
        return new AuditPage(page, more ? page[^1].At : null, more ? page[^1].Id : null);
    }
}
