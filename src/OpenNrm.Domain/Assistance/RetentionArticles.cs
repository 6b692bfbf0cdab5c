using OpenNrm.Domain.Common;

namespace OpenNrm.Domain.Assistance;

/// <summary>
/// The citations of retention, erasure and access, beside <see cref="AssistanceArticles"/>. Where a number of years
/// is the product's choice rather than the law's, the citation says so.
/// </summary>
public static class RetentionArticles
{
    /// <summary>
    /// The default period: the law sets none. Ten years after the support ends lets the record outlive the ten-year
    /// limitation of personal actions, within which a victim may still claim compensation and need the centre's record.
    /// </summary>
    public static readonly LegalBasis DefaultPeriod =
        new("GDPR art. 5(1)(e); product rule (ten years after the support ends, the limitation of personal actions in former Civil Code art. 2262bis §1)");

    /// <summary>A period a deployment set after its data protection officer's advice.</summary>
    public static readonly LegalBasis ConfiguredPeriod = new("GDPR art. 5(1)(e); period set by the deployment (its data protection officer's advice)");

    /// <summary>Erasure does not reach data still needed to establish, exercise or defend legal claims.</summary>
    public static readonly LegalBasis LegalHold = new("GDPR art. 17(3)(e) and art. 18(1)(c)");

    /// <summary>Erasure of data no longer necessary for its purpose.</summary>
    public static readonly LegalBasis Erasure = new("GDPR art. 17(1)(a) and art. 5(1)(e)");

    /// <summary>
    /// A copy must not harm others: a shelter's address is the secret of every resident, so the copy names the shelter
    /// and leaves the address out.
    /// </summary>
    public static readonly LegalBasis OthersRights = new("GDPR art. 15(4)");

    /// <summary>
    /// The consultations of a person's data (when, by which organisation, for what purpose) are part of what they may
    /// know; the individual staff member is not named.
    /// </summary>
    public static readonly LegalBasis Consultations = new("GDPR art. 15(1); CJEU C-579/21 Pankki S, 22 June 2023");
}
