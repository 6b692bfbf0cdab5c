namespace OpenNrm.Domain.Residence;

public enum DeadlineKind
{
    /// <summary>Last day the current document is valid.</summary>
    DocumentExpires,

    /// <summary>First day of the renewal window (see <see cref="RenewalWindow"/>).</summary>
    RenewalWindowOpens,

    /// <summary>Last day to apply for a renewal without a gap in residence.</summary>
    RenewalApplicationDue,

    /// <summary>Proof of identity, at the latest during the assessment of the B-card; it has no calendar date.</summary>
    IdentityProofDue,

    /// <summary>An application of the centre has waited this long without a decision (see <see cref="ApplicationFollowUp"/>).</summary>
    ApplicationFollowUp,
}
