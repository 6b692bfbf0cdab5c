using OpenNrm.Domain.Common;
using OpenNrm.Domain.Residence;

namespace OpenNrm.Domain.Matching;

/// <summary>
/// The law behind recognising one person across several records. Centres fall under the General Data Protection
/// Regulation and police and prosecutors under the Law Enforcement Directive; both carry the same principles, so
/// each citation names the two.
/// </summary>
public static class MatchingArticles
{
    /// <summary>Why duplicates are looked for at all, and why a wrong merge must be reversible.</summary>
    public static readonly LegalBasis Accuracy =
        new("Regulation (EU) 2016/679 art. 5(1)(d); Directive (EU) 2016/680 art. 4(1)(d)");

    /// <summary>Why the scorer only proposes: merging two people's records is a decision a person takes.</summary>
    public static readonly LegalBasis HumanDecision =
        new("Regulation (EU) 2016/679 art. 22(1); Directive (EU) 2016/680 art. 11(1)");

    /// <summary>Why a merge and its undoing must each say who decided, when and why, and stay on record.</summary>
    public static readonly LegalBasis Accountability =
        new("Regulation (EU) 2016/679 art. 5(2); Directive (EU) 2016/680 art. 4(4)");

    /// <summary>Why names are compared through keyed hashes of match keys and never decrypted for a search.</summary>
    public static readonly LegalBasis Pseudonymisation =
        new("Regulation (EU) 2016/679 art. 25(1) and 32(1)(a); Directive (EU) 2016/680 art. 20(1)");

    /// <summary>What the protection check protects: no return measure against a person in the procedure.</summary>
    public static readonly LegalBasis NonRefoulement = ResidenceArticles.NonRefoulement;
}
