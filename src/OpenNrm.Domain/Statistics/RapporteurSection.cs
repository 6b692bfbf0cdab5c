using OpenNrm.Domain.Common;

namespace OpenNrm.Domain.Statistics;

/// <summary>
/// The parts of the annual report the national rapporteur writes, as opposed to the figures the system computes.
/// The rapporteur assesses trends and measures the results of anti-trafficking action (Directive 2011/36/EU
/// art. 19); the report's chapters follow Myria's: trends and victim profiles, policy, statistics of every source,
/// case law by form of exploitation, recommendations. The statistics chapter is computed and has no text here.
/// </summary>
public enum RapporteurSection
{
    /// <summary>Trends and victim profiles: the rapporteur's reading of the year.</summary>
    Trends,

    /// <summary>Outputs and outcomes of policy.</summary>
    Policy,

    /// <summary>Commentary on the year's judgments, which the case-law chapter counts by form of exploitation.</summary>
    CaseLawCommentary,

    /// <summary>The rapporteur's recommendations to the authorities.</summary>
    Recommendations,
}

/// <summary>The sections in the order of the report, and why the rapporteur writes them.</summary>
public static class RapporteurSections
{
    public static LegalBasis Basis => StatisticsArticles.NationalRapporteur;

    public static IReadOnlyList<RapporteurSection> InReportOrder { get; } =
        [RapporteurSection.Trends, RapporteurSection.Policy, RapporteurSection.CaseLawCommentary, RapporteurSection.Recommendations];
}
