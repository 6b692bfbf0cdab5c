using NodaTime;
using OpenNrm.Domain.Assistance;
using OpenNrm.Web.Data;

namespace OpenNrm.Web.Features.Retention;

/// <summary>
/// A legal hold on one file: while in force, nothing of the file is purged, whatever the retention period says.
/// Lifting keeps the row (who placed and lifted it, when and why): the history of holds is itself the evidence
/// that a file was kept lawfully past its period.
/// </summary>
public sealed class LegalHoldRecord : IVersioned
{
    private LegalHoldRecord()
    {
        Reason = string.Empty;
    }

    public LegalHoldRecord(Guid id, Guid caseId, string reason, LocalDate placedOn, Guid placedBy, Guid placedByOrganisation, DateTimeOffset placedAt)
    {
        Id = id;
        CaseId = caseId;
        Reason = reason;
        PlacedOn = placedOn;
        PlacedBy = placedBy;
        PlacedByOrganisation = placedByOrganisation;
        PlacedAt = placedAt;
    }

    public Guid Id { get; private set; }

    public Guid CaseId { get; private set; }

    /// <summary>Free text (an order, a pending claim), encrypted at rest.</summary>
    public string Reason { get; private set; }

    public LocalDate PlacedOn { get; private set; }

    public Guid PlacedBy { get; private set; }

    public Guid PlacedByOrganisation { get; private set; }

    public DateTimeOffset PlacedAt { get; private set; }

    /// <summary>The first day the hold is no longer in force.</summary>
    public LocalDate? LiftedOn { get; private set; }

    /// <summary>Free text, encrypted at rest.</summary>
    public string? LiftReason { get; private set; }

    public Guid? LiftedBy { get; private set; }

    public DateTimeOffset? LiftedAt { get; private set; }

    public int Version { get; private set; }

    public bool IsLifted => LiftedOn is not null;

    public LegalHold ToDomain() => new(Reason, PlacedOn, LiftedOn);

    public void Lift(LocalDate on, string reason, Guid by, DateTimeOffset at)
    {
        LiftedOn = on;
        LiftReason = reason;
        LiftedBy = by;
        LiftedAt = at;
    }

    public void BumpVersion() => Version++;
}
