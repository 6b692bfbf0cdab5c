using NodaTime;
using OpenNrm.Domain.Detection;

namespace OpenNrm.Domain.Referral;

/// <summary>
/// One dated step taken on a referral. The hierarchy is closed (the constructor is private protected) so the
/// lifecycle knows every kind there is.
/// </summary>
public abstract record ReferralAction
{
    private protected ReferralAction(Instant at) => At = at;

    public Instant At { get; }
}

/// <summary>The centre confirmed it received the referral and takes it up.</summary>
public sealed record AcknowledgeReferral(Instant At) : ReferralAction(At);

/// <summary>The centre set (or moved) the moment of the intake interview.</summary>
public sealed record ScheduleIntake(Instant At, Instant IntakeAt) : ReferralAction(At);

/// <summary>
/// The intake took place. <paramref name="Citizenship"/> is the group the centre established, which decides whether
/// the residence procedure was open to the person; <paramref name="TransferredTo"/> names the centre taking over,
/// only for <see cref="IntakeOutcome.TransferredToOtherCentre"/>.
/// </summary>
public sealed record RecordIntake(
    Instant At, IntakeOutcome Outcome, CitizenshipGroup Citizenship, SpecialisedCentre? TransferredTo = null)
    : ReferralAction(At);

/// <summary>The referral is withdrawn before the intake, for a stated reason.</summary>
public sealed record CancelReferral(Instant At, string? Reason) : ReferralAction(At);
