using NodaTime;
using OpenNrm.Domain.Referral;
using OpenNrm.Web.Data;

namespace OpenNrm.Web.Features.Referrals;

/// <summary>
/// A detected person handed to a specialised centre. The lifecycle rules live in the domain
/// (<see cref="ReferralLifecycle"/>); this row keeps the resulting state, who sent it, and how far it was escalated.
/// </summary>
public sealed class Referral : IVersioned
{
    private Referral()
    {
    }

    public Referral(Guid id, Guid signalId, Guid signalPersonId, Guid caseId, Guid centreId, Guid? minorsStructureId, SpecialisedCentre recommended,
        string? overrideReason, Guid sentBy, Guid sentByOrganisation, ReferralState state)
    {
        Id = id;
        SignalId = signalId;
        SignalPersonId = signalPersonId;
        CaseId = caseId;
        CentreId = centreId;
        MinorsStructureId = minorsStructureId;
        Recommended = recommended;
        OverrideReason = overrideReason;
        SentBy = sentBy;
        SentByOrganisation = sentByOrganisation;
        Keep(state);
    }

    public Guid Id { get; private set; }

    public Guid SignalId { get; private set; }

    public Guid SignalPersonId { get; private set; }

    public Guid CaseId { get; private set; }

    public Guid CentreId { get; private set; }

    public Guid? MinorsStructureId { get; private set; }

    public SpecialisedCentre Centre { get; private set; }

    public MinorsStructure? MinorsStructure { get; private set; }

    public SpecialisedCentre Recommended { get; private set; }

    /// <summary>Why the referrer chose another centre than the routing advice; null when the advice was followed.</summary>
    public string? OverrideReason { get; private set; }

    public Guid SentBy { get; private set; }

    public Guid SentByOrganisation { get; private set; }

    public ReferralStatus Status { get; private set; }

    public DateTimeOffset SentAt { get; private set; }

    public DateTimeOffset LastActionAt { get; private set; }

    public DateTimeOffset? AcknowledgedAt { get; private set; }

    public Guid? AcknowledgedBy { get; private set; }

    public DateTimeOffset? IntakeScheduledFor { get; private set; }

    public DateTimeOffset? IntakeDoneAt { get; private set; }

    public IntakeOutcome? IntakeOutcome { get; private set; }

    public SpecialisedCentre? TransferredTo { get; private set; }

    public DateTimeOffset? CancelledAt { get; private set; }

    public string? CancellationReason { get; private set; }

    /// <summary>When the centre's coordinators were told the acknowledgement is overdue.</summary>
    public DateTimeOffset? EscalatedAt { get; private set; }

    /// <summary>When every centre's coordinators were told (overdue by more than twice the window).</summary>
    public DateTimeOffset? EscalatedToAllAt { get; private set; }

    public int Version { get; private set; }

    public ReferralState State() => new(Status, Centre, MinorsStructure, At(SentAt), At(LastActionAt), At(AcknowledgedAt), At(IntakeScheduledFor),
        At(IntakeDoneAt), IntakeOutcome, TransferredTo, At(CancelledAt), CancellationReason);

    public void Keep(ReferralState s)
    {
        Status = s.Status;
        Centre = s.Centre;
        MinorsStructure = s.MinorsStructure;
        SentAt = s.SentAt.ToDateTimeOffset();
        LastActionAt = s.LastActionAt.ToDateTimeOffset();
        AcknowledgedAt = s.AcknowledgedAt?.ToDateTimeOffset();
        IntakeScheduledFor = s.IntakeScheduledFor?.ToDateTimeOffset();
        IntakeDoneAt = s.IntakeDoneAt?.ToDateTimeOffset();
        IntakeOutcome = s.IntakeOutcome;
        TransferredTo = s.TransferredTo;
        CancelledAt = s.CancelledAt?.ToDateTimeOffset();
        CancellationReason = s.CancellationReason;
    }

    public void Acknowledged(Guid by) => AcknowledgedBy = by;

    public void Escalated(DateTimeOffset at) => EscalatedAt ??= at;

    public void EscalatedToAll(DateTimeOffset at) => EscalatedToAllAt ??= at;

    public void BumpVersion() => Version++;

    private static Instant At(DateTimeOffset value) => Instant.FromDateTimeOffset(value);

    private static Instant? At(DateTimeOffset? value) => value is { } v ? Instant.FromDateTimeOffset(v) : null;
}
