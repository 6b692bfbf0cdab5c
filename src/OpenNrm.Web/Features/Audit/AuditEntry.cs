using OpenNrm.Domain.Audit;

namespace OpenNrm.Web.Features.Audit;

/// <summary>
/// One line of the audit trail. Written with the change it records, in the same transaction, and never
/// updated afterwards: its place in the hash chain is an <see cref="AuditSeal"/> that <see cref="AuditSealer"/> adds.
/// Holds no personal data in clear: subjects are identifiers, details are codes.
/// </summary>
public sealed class AuditEntry
{
    private AuditEntry()
    {
        Mac = string.Empty;
    }

    internal AuditEntry(Guid id, DateTimeOffset at, AuditEventType type, Guid? userId, Guid? organisationId,
        string? subjectType, string? subjectId, string? purpose, string? details, string? ipAddress)
    {
        Id = id;
        At = at;
        Type = type;
        UserId = userId;
        OrganisationId = organisationId;
        SubjectType = subjectType;
        SubjectId = subjectId;
        Purpose = purpose;
        Details = details;
        IpAddress = ipAddress;
        Mac = string.Empty;
    }

    public Guid Id { get; private set; }

    public DateTimeOffset At { get; private set; }

    public AuditEventType Type { get; private set; }

    public Guid? UserId { get; private set; }

    public Guid? OrganisationId { get; private set; }

    /// <summary>What was acted on, for example "Case", with its identifier in <see cref="SubjectId"/>.</summary>
    public string? SubjectType { get; private set; }

    public string? SubjectId { get; private set; }

    /// <summary>Why a sensitive read happened, as stated by the reader.</summary>
    public string? Purpose { get; private set; }

    public string? Details { get; private set; }

    public string? IpAddress { get; private set; }

    /// <summary>Keyed MAC over the row's content, set at write time: a row inserted by hand cannot carry a valid one.</summary>
    public string Mac { get; internal set; }
}
