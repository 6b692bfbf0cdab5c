using NodaTime;
using OpenNrm.Domain.Proceedings;
using OpenNrm.Web.Data;

namespace OpenNrm.Web.Features.Proceedings;

/// <summary>
/// One criminal case in a prosecutor's office's register: the office, its notice number, the day it was opened, and
/// two append-only histories (acts, reference magistrates). Nothing derived is stored: every read replays the
/// histories through <see cref="ProceedingsRegister.Replay"/>, so a stored history the rules no longer accept is
/// noticed instead of trusted.
/// </summary>
public sealed class ProceedingsRecord : IVersioned
{
    private readonly List<ProceedingsEventRecord> _events = [];
    private readonly List<MagistrateAssignmentRecord> _magistrates = [];

    private ProceedingsRecord()
    {
        NoticeNumber = string.Empty;
    }

    public ProceedingsRecord(Guid id, Guid officeId, CriminalProceedings opened, Guid magistrateId, Guid recordedBy, DateTimeOffset recordedAt)
    {
        Id = id;
        OfficeId = officeId;
        NoticeNumber = opened.Notice.Value;
        OpenedOn = opened.OpenedOn;
        CreatedBy = recordedBy;
        CreatedAt = recordedAt;
        _magistrates.Add(new MagistrateAssignmentRecord(Guid.CreateVersion7(), id, 1, magistrateId, opened.OpenedOn, recordedBy, recordedAt));
    }

    public Guid Id { get; private set; }

    /// <summary>The prosecutor's office or labour auditorate that holds the case; only its prosecutors change it.</summary>
    public Guid OfficeId { get; private set; }

    /// <summary>As the domain normalised it (upper case), so one notice has one spelling and the unique index holds.</summary>
    public string NoticeNumber { get; private set; }

    public LocalDate OpenedOn { get; private set; }

    public Guid CreatedBy { get; private set; }

    public DateTimeOffset CreatedAt { get; private set; }

    public int Version { get; private set; }

    /// <summary>The acts after the opening, in the order recorded.</summary>
    public IReadOnlyList<ProceedingsEventRecord> Events => _events;

    /// <summary>Every reference magistrate, the first from the opening.</summary>
    public IReadOnlyList<MagistrateAssignmentRecord> Magistrates => _magistrates;

    /// <summary>The case as the register rebuilds it from the stored histories, or the refusals if it no longer can.</summary>
    public RegisterOutcome<CriminalProceedings> Replay(LocalDate today) =>
        ProceedingsRegister.Replay(
            OfficeId.ToString(),
            NoticeNumber,
            [.. _magistrates.OrderBy(m => m.Sequence).Select(m => new MagistrateAssignment(m.MagistrateId.ToString(), m.From))],
            [new InvestigationOpened(OpenedOn), .. _events.OrderBy(e => e.Sequence).Select(e => e.ToDomain())],
            today);

    /// <summary>The replayed case. A stored history is written only after the register accepted it, so a refusal here is corruption.</summary>
    public CriminalProceedings State(LocalDate today) =>
        Replay(today) is { Value: { } state }
            ? state
            : throw new InvalidOperationException($"The stored history of proceedings {Id} is no longer accepted by the register");

    public ProceedingsEventRecord Append(ProceedingsEvent accepted, Guid recordedBy, DateTimeOffset recordedAt)
    {
        var record = ProceedingsEventRecord.From(Guid.CreateVersion7(), Id, _events.Count + 1, accepted, recordedBy, recordedAt);
        _events.Add(record);
        // Appending changes the aggregate: the version check makes two concurrent appends conflict, not interleave.
        BumpVersion();
        return record;
    }

    public MagistrateAssignmentRecord Assign(Guid magistrateId, LocalDate from, Guid recordedBy, DateTimeOffset recordedAt)
    {
        var record = new MagistrateAssignmentRecord(Guid.CreateVersion7(), Id, _magistrates.Count + 1, magistrateId, from, recordedBy, recordedAt);
        _magistrates.Add(record);
        BumpVersion();
        return record;
    }

    public void BumpVersion() => Version++;
}
