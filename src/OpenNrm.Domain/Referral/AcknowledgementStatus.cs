namespace OpenNrm.Domain.Referral;

/// <summary>Whether the centre answered a referral within the acknowledgement window.</summary>
public enum AcknowledgementStatus
{
    /// <summary>Nothing is awaited: the moment asked about is before the referral was sent, or it was cancelled unanswered.</summary>
    NotDue,

    /// <summary>Awaiting acknowledgement, the deadline not yet passed (the deadline itself still counts as in time).</summary>
    Due,

    /// <summary>Past the deadline and not acknowledged: escalate to the centre's coordinator and show it to the referrer.</summary>
    Overdue,

    /// <summary>Acknowledged on or before the deadline.</summary>
    Met,

    /// <summary>Acknowledged, but after the deadline.</summary>
    MetLate,
}
