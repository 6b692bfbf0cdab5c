namespace OpenNrm.Domain.Referral;

/// <summary>Where a referral to a specialised centre stands. <see cref="IntakeDone"/> and <see cref="Cancelled"/> are final.</summary>
public enum ReferralStatus
{
    Sent,
    Acknowledged,
    IntakeScheduled,
    IntakeDone,
    Cancelled,
}
