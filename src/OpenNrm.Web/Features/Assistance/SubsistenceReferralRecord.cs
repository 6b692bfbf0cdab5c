using NodaTime;
using OpenNrm.Domain.Assistance;
using OpenNrm.Web.Data;

namespace OpenNrm.Web.Features.Assistance;

/// <summary>One referral to a PCSW as stored; how it is decided is <see cref="SubsistenceRules"/>'s.</summary>
public sealed class SubsistenceReferralRecord : IVersioned
{
    private SubsistenceReferralRecord()
    {
        Pcsw = string.Empty;
    }

    public SubsistenceReferralRecord(Guid id, Guid supportCaseId, SubsistenceReferral referral, Guid createdBy, DateTimeOffset at)
    {
        Id = id;
        SupportCaseId = supportCaseId;
        CreatedBy = createdBy;
        CreatedAt = at;
        Pcsw = string.Empty;
        Keep(referral, at);
    }

    public Guid Id { get; private set; }

    public Guid SupportCaseId { get; private set; }

    public string Pcsw { get; private set; }

    public LocalDate ReferredOn { get; private set; }

    public SubsistenceStatus Status { get; private set; }

    public LocalDate? DecidedOn { get; private set; }

    /// <summary>Often about the person's circumstances: encrypted at rest.</summary>
    public string? RefusalReason { get; private set; }

    public Guid CreatedBy { get; private set; }

    public DateTimeOffset CreatedAt { get; private set; }

    public DateTimeOffset UpdatedAt { get; private set; }

    public int Version { get; private set; }

    public SubsistenceReferral ToDomain() => new(Pcsw, ReferredOn, Status, DecidedOn, RefusalReason);

    public void Keep(SubsistenceReferral referral, DateTimeOffset at)
    {
        ArgumentNullException.ThrowIfNull(referral);
        Pcsw = referral.Pcsw;
        ReferredOn = referral.ReferredOn;
        Status = referral.Status;
        DecidedOn = referral.DecidedOn;
        RefusalReason = referral.RefusalReason;
        UpdatedAt = at;
    }

    public void BumpVersion() => Version++;
}
