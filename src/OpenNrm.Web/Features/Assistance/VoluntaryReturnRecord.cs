using NodaTime;
using OpenNrm.Domain.Assistance;
using OpenNrm.Web.Data;

namespace OpenNrm.Web.Features.Assistance;

/// <summary>One voluntary return as stored; how it moves is <see cref="VoluntaryReturnRules"/>'s.</summary>
public sealed class VoluntaryReturnRecord : IVersioned
{
    private VoluntaryReturnRecord()
    {
    }

    public VoluntaryReturnRecord(Guid id, Guid supportCaseId, VoluntaryReturn referral, Guid createdBy, DateTimeOffset at)
    {
        Id = id;
        SupportCaseId = supportCaseId;
        CreatedBy = createdBy;
        CreatedAt = at;
        Keep(referral, at);
    }

    public Guid Id { get; private set; }

    public Guid SupportCaseId { get; private set; }

    /// <summary>Fedasil's partner for this return.</summary>
    public ReintegrationPartner Partner { get; private set; }

    public LocalDate ReferredOn { get; private set; }

    public VoluntaryReturnStatus Status { get; private set; }

    public LocalDate? ReturnOn { get; private set; }

    /// <summary>The last day of reintegration support: at most a year after the return.</summary>
    public LocalDate? PlanEndsOn { get; private set; }

    public LocalDate? WithdrawnOn { get; private set; }

    public Guid CreatedBy { get; private set; }

    public DateTimeOffset CreatedAt { get; private set; }

    public DateTimeOffset UpdatedAt { get; private set; }

    public int Version { get; private set; }

    public VoluntaryReturn ToDomain() =>
        new(Partner, ReferredOn, Status, ReturnOn is { } back && PlanEndsOn is { } ends ? new ReintegrationPlan(back, ends, Partner) : null, WithdrawnOn);

    public void Keep(VoluntaryReturn referral, DateTimeOffset at)
    {
        ArgumentNullException.ThrowIfNull(referral);
        Partner = referral.Partner;
        ReferredOn = referral.ReferredOn;
        Status = referral.Status;
        ReturnOn = referral.Plan?.ReturnOn;
        PlanEndsOn = referral.Plan?.EndsOn;
        WithdrawnOn = referral.WithdrawnOn;
        UpdatedAt = at;
    }

    public void BumpVersion() => Version++;
}
