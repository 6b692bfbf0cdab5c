using NodaTime;
using OpenNrm.Domain.Common;

namespace OpenNrm.Domain.Referral;

/// <summary>
/// The acknowledgement of one referral at one moment. <paramref name="Overdue"/> is how long past the deadline the
/// referral is still unanswered (<see cref="AcknowledgementStatus.Overdue"/>) or was answered
/// (<see cref="AcknowledgementStatus.MetLate"/>); zero otherwise.
/// </summary>
public sealed record EscalationState(
    AcknowledgementStatus Status,
    Instant Deadline,
    Duration Overdue,
    EscalationTarget Escalation,
    string Explanation,
    LegalBasis Basis)
{
    public bool IsSecondLevel => Escalation == EscalationTarget.EveryCentreCoordinator;
}
