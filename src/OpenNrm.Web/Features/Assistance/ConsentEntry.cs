using NodaTime;
using OpenNrm.Domain.Assistance;
using OpenNrm.Web.Data;

namespace OpenNrm.Web.Features.Assistance;

/// <summary>
/// One consent the victim gave to the centre for one purpose, and its withdrawal. Whether it covers a disclosure
/// is decided by <see cref="ConsentRules"/> over all the entries of the support case.
/// </summary>
public sealed class ConsentEntry : IVersioned
{
    private ConsentEntry()
    {
    }

    public ConsentEntry(Guid id, Guid supportCaseId, ConsentRecord record, Guid recordedBy)
    {
        ArgumentNullException.ThrowIfNull(record);
        Id = id;
        SupportCaseId = supportCaseId;
        Purpose = record.Purpose;
        ConsentVersion = record.Version;
        GivenAt = record.GivenAt.ToDateTimeOffset();
        ExpiresAt = record.ExpiresAt?.ToDateTimeOffset();
        CoversHealthData = record.CoversHealthData;
        RecordedBy = recordedBy;
    }

    public Guid Id { get; private set; }

    public Guid SupportCaseId { get; private set; }

    public ConsentPurpose Purpose { get; private set; }

    /// <summary>The version of the consent for its purpose, from 1 (not the row's concurrency version).</summary>
    public int ConsentVersion { get; private set; }

    public DateTimeOffset GivenAt { get; private set; }

    public DateTimeOffset? ExpiresAt { get; private set; }

    public DateTimeOffset? RevokedAt { get; private set; }

    public bool CoversHealthData { get; private set; }

    public Guid RecordedBy { get; private set; }

    public Guid? RevokedBy { get; private set; }

    public int Version { get; private set; }

    public ConsentRecord ToDomain() => new(Purpose, ConsentVersion, Instant.FromDateTimeOffset(GivenAt),
        ExpiresAt is { } e ? Instant.FromDateTimeOffset(e) : null, RevokedAt is { } r ? Instant.FromDateTimeOffset(r) : null, CoversHealthData);

    /// <summary>Keeps a withdrawal the domain accepted.</summary>
    public void Revoked(ConsentRecord record, Guid by)
    {
        ArgumentNullException.ThrowIfNull(record);
        RevokedAt = record.RevokedAt?.ToDateTimeOffset();
        RevokedBy = by;
    }

    public void BumpVersion() => Version++;
}
