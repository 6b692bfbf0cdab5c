using NodaTime;

namespace OpenNrm.Web.Features.Proceedings;

/// <summary>
/// A reference magistrate holding the case from a date. The magistrate is the user account of a prosecutor of the
/// office, not a typed name: the assignment is then checked against the office's staff, a successor is found by
/// account, and a renamed or departed magistrate stays the same person in the history.
/// </summary>
public sealed class MagistrateAssignmentRecord
{
    private MagistrateAssignmentRecord()
    {
    }

    public MagistrateAssignmentRecord(Guid id, Guid proceedingsId, int sequence, Guid magistrateId, LocalDate from, Guid recordedBy, DateTimeOffset recordedAt)
    {
        Id = id;
        ProceedingsId = proceedingsId;
        Sequence = sequence;
        MagistrateId = magistrateId;
        From = from;
        RecordedBy = recordedBy;
        RecordedAt = recordedAt;
    }

    public Guid Id { get; private set; }

    public Guid ProceedingsId { get; private set; }

    public int Sequence { get; private set; }

    public Guid MagistrateId { get; private set; }

    public LocalDate From { get; private set; }

    public Guid RecordedBy { get; private set; }

    public DateTimeOffset RecordedAt { get; private set; }
}
