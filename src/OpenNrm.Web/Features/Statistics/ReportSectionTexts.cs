using OpenNrm.Domain.Statistics;

namespace OpenNrm.Web.Features.Statistics;

/// <summary>
/// The four texts of the rapporteur's sections, plain text with paragraphs separated by a blank line; an unwritten
/// section is empty. A value, so that the current texts and each revision hold the same thing.
/// </summary>
public sealed record ReportSectionTexts(string Trends, string Policy, string CaseLawCommentary, string Recommendations)
{
    /// <summary>About twelve printed pages a section: more than a chapter of the report, small enough for one request.</summary>
    public const int MaxLength = 60_000;

    public static ReportSectionTexts Empty { get; } = new(string.Empty, string.Empty, string.Empty, string.Empty);

    public string Of(RapporteurSection section) => section switch
    {
        RapporteurSection.Trends => Trends,
        RapporteurSection.Policy => Policy,
        RapporteurSection.CaseLawCommentary => CaseLawCommentary,
        RapporteurSection.Recommendations => Recommendations,
    };

    /// <summary>The name of a section in requests and forms: trends, policy, caseLawCommentary, recommendations.</summary>
    public static string FieldOf(RapporteurSection section) => section switch
    {
        RapporteurSection.Trends => "trends",
        RapporteurSection.Policy => "policy",
        RapporteurSection.CaseLawCommentary => "caseLawCommentary",
        RapporteurSection.Recommendations => "recommendations",
    };

    /// <summary>The heading of a section in the report (English, the localisation key).</summary>
    public static string TitleOf(RapporteurSection section) => section switch
    {
        RapporteurSection.Trends => "Trends and victim profiles",
        RapporteurSection.Policy => "Policy: outputs and outcomes",
        RapporteurSection.CaseLawCommentary => "Case law: commentary",
        RapporteurSection.Recommendations => "Recommendations",
    };
}
