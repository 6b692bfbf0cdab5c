using NodaTime;

namespace OpenNrm.Domain.Referral;

/// <summary>
/// A referral after the actions applied so far. Every instant is kept, not only the status, so that the
/// acknowledgement clock can tell afterwards whether the centre answered in time. Build the first state with
/// <see cref="ReferralLifecycle.Send"/> and the next ones with <see cref="ReferralLifecycle.Apply"/>.
/// </summary>
public sealed record ReferralState(
    ReferralStatus Status,
    SpecialisedCentre Centre,
    MinorsStructure? MinorsStructure,
    Instant SentAt,
    Instant LastActionAt,
    Instant? AcknowledgedAt,
    Instant? IntakeScheduledFor,
    Instant? IntakeDoneAt,
    IntakeOutcome? IntakeOutcome,
    SpecialisedCentre? TransferredTo,
    Instant? CancelledAt,
    string? CancellationReason)
{
    public bool IsFinal => Status is ReferralStatus.IntakeDone or ReferralStatus.Cancelled;
}
