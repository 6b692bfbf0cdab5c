using OpenNrm.Web.Data;

namespace OpenNrm.Web.Features.Statistics;

/// <summary>
/// The rapporteur's sections of one year's report as they stand, with the version an editor must name to change
/// them. Every save is also kept as an <see cref="AnnualReportRevision"/>: who saved what, and when.
/// </summary>
public sealed class AnnualReportSections : IVersioned
{
    private AnnualReportSections()
    {
        Trends = Policy = CaseLawCommentary = Recommendations = string.Empty;
    }

    /// <summary>A year's first save is version 1, so that version 0 can mean "I read no text yet".</summary>
    public AnnualReportSections(int year)
        : this()
    {
        Year = year;
    }

    public int Year { get; private set; }

    public string Trends { get; private set; }

    public string Policy { get; private set; }

    public string CaseLawCommentary { get; private set; }

    public string Recommendations { get; private set; }

    public int Version { get; private set; }

    public DateTimeOffset UpdatedAt { get; private set; }

    public Guid? UpdatedBy { get; private set; }

    public ReportSectionTexts Texts => new(Trends, Policy, CaseLawCommentary, Recommendations);

    /// <summary>Each save is a new version, even when the words are the same: the history counts saves.</summary>
    public AnnualReportRevision Revise(ReportSectionTexts texts, DateTimeOffset at, Guid? by)
    {
        ArgumentNullException.ThrowIfNull(texts);
        (Trends, Policy, CaseLawCommentary, Recommendations) = (texts.Trends, texts.Policy, texts.CaseLawCommentary, texts.Recommendations);
        UpdatedAt = at;
        UpdatedBy = by;
        Version++;
        return new AnnualReportRevision(Guid.CreateVersion7(), Year, Version, texts, at, by);
    }

    public void BumpVersion() => Version++;
}
