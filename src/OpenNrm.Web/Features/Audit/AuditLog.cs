using Microsoft.AspNetCore.Http;
using OpenNrm.Domain.Audit;
using OpenNrm.Web.Data;
using OpenNrm.Web.Features.Access;

namespace OpenNrm.Web.Features.Audit;

/// <summary>
/// Appends audit entries to the current unit of work: they commit or roll back with the change they describe.
/// The caller's SaveChanges writes them; nothing here saves on its own.
/// </summary>
public sealed class AuditLog(AppDbContext db, AuditChain chain, TimeProvider clock, CurrentUser currentUser, IHttpContextAccessor http)
{
    public AuditEntry Record(AuditEventType type, string? subjectType = null, string? subjectId = null,
        string? purpose = null, string? details = null, Guid? userId = null, Guid? organisationId = null)
    {
        var entry = new AuditEntry(
            Guid.CreateVersion7(),
            TruncateToMicroseconds(clock.GetUtcNow()),
            type,
            userId ?? currentUser.UserId,
            organisationId ?? currentUser.OrganisationId,
            subjectType,
            subjectId,
            purpose,
            details,
            http.HttpContext?.Connection.RemoteIpAddress?.ToString());
        entry.Mac = chain.Mac(entry);
        db.AuditEntries.Add(entry);
        db.PendingSeals.Add(new PendingSeal(entry.Id, entry.At));
        return entry;
    }

    public const string DefaultPurpose = "case work";

    /// <summary>
    /// The purpose a reader states, trimmed to the column's size; "case work" when none is given. Control characters
    /// become spaces: a purpose is read by people, and PostgreSQL refuses a NUL in text outright.
    /// </summary>
    public static string Purpose(string? stated)
    {
        var printable = stated is null ? null : new string([.. stated.Select(c => char.IsControl(c) ? ' ' : c)]).Trim();
        return string.IsNullOrWhiteSpace(printable) ? DefaultPurpose : printable[..Math.Min(printable.Length, 500)];
    }

    /// <summary>PostgreSQL keeps microseconds; the MAC must cover exactly what the database gives back.</summary>
    private static DateTimeOffset TruncateToMicroseconds(DateTimeOffset at) =>
        new(at.UtcTicks - (at.UtcTicks % 10), TimeSpan.Zero);
}
