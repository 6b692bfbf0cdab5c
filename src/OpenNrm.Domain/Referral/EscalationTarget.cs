namespace OpenNrm.Domain.Referral;

/// <summary>Who must be alerted about an unanswered referral.</summary>
public enum EscalationTarget
{
    None,

    /// <summary>The coordinator of the centre the referral was sent to; the referrer sees the delay too.</summary>
    CentreCoordinator,

    /// <summary>The coordinators of all three centres, so that another centre can take the person in.</summary>
    EveryCentreCoordinator,
}
