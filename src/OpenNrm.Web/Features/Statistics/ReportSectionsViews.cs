namespace OpenNrm.Web.Features.Statistics;

/// <summary>What an editor sends: every section (an empty text for one not written yet) and the version they read (0 for none).</summary>
public sealed record ReportSectionsInput(string? Trends, string? Policy, string? CaseLawCommentary, string? Recommendations, int? Version);

/// <summary>One save of the history: its version, when and by whom.</summary>
public sealed record ReportRevisionSummary(int Version, DateTimeOffset SavedAt, string? SavedBy);

/// <summary>A year's sections as they stand (version 0 and empty texts when none was saved), with the history of saves, newest first.</summary>
public sealed record ReportSectionsView(int Year, int Version, string Trends, string Policy, string CaseLawCommentary, string Recommendations,
    DateTimeOffset? UpdatedAt, string? UpdatedBy, IReadOnlyList<ReportRevisionSummary> Revisions)
{
    public ReportSectionTexts Texts => new(Trends, Policy, CaseLawCommentary, Recommendations);
}

/// <summary>The texts of one past save.</summary>
public sealed record ReportRevisionView(int Year, int Version, string Trends, string Policy, string CaseLawCommentary, string Recommendations,
    DateTimeOffset SavedAt, string? SavedBy)
{
    public ReportSectionTexts Texts => new(Trends, Policy, CaseLawCommentary, Recommendations);
}

public enum ReportSectionsOutcome
{
    Saved,
    Invalid,
    Conflict,
}

/// <param name="Current">On a conflict: the sections as another editor left them, or null when the year has none yet.</param>
public sealed record ReportSectionsSaveResult(ReportSectionsOutcome Outcome, ReportSectionsView? Sections, Shared.Validation Validation,
    ReportSectionsView? Current = null);

/// <summary>One of the rapporteur's sections, as the printable report shows it.</summary>
public sealed record RapporteurSectionView(Domain.Statistics.RapporteurSection Section, ReportSectionTexts Texts);
