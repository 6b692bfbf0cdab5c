using NodaTime;
using OpenNrm.Domain.Assistance;

namespace OpenNrm.Web.Features.Retention;

/// <summary>
/// The register of erasures: one class of one file's records was erased, measured from a given end of support.
/// It makes the purge idempotent (a class already erased for that closure is not done twice), lets the subject-access
/// answer say what was erased and when, and keeps erased files out of the name re-index. It holds no content.
/// </summary>
public sealed class RetentionErasure
{
    private RetentionErasure()
    {
    }

    public RetentionErasure(Guid id, Guid caseId, RecordClass recordClass, LocalDate closedOn, LocalDate erasedOn, DateTimeOffset erasedAt, int records)
    {
        Id = id;
        CaseId = caseId;
        RecordClass = recordClass;
        ClosedOn = closedOn;
        ErasedOn = erasedOn;
        ErasedAt = erasedAt;
        Records = records;
    }

    public Guid Id { get; private set; }

    public Guid CaseId { get; private set; }

    public RecordClass RecordClass { get; private set; }

    /// <summary>The end of support the period ran from; support resumed and ended later starts a new period.</summary>
    public LocalDate ClosedOn { get; private set; }

    public LocalDate ErasedOn { get; private set; }

    public DateTimeOffset ErasedAt { get; private set; }

    /// <summary>How many rows were erased or emptied.</summary>
    public int Records { get; private set; }
}
