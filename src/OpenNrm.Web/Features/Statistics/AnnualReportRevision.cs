namespace OpenNrm.Web.Features.Statistics;

/// <summary>One save of the rapporteur's sections of a year: the four texts as saved, by whom and when. Never changed.</summary>
public sealed class AnnualReportRevision
{
    private AnnualReportRevision()
    {
        Trends = Policy = CaseLawCommentary = Recommendations = string.Empty;
    }

    public AnnualReportRevision(Guid id, int year, int version, ReportSectionTexts texts, DateTimeOffset savedAt, Guid? savedBy)
    {
        ArgumentNullException.ThrowIfNull(texts);
        Id = id;
        Year = year;
        Version = version;
        (Trends, Policy, CaseLawCommentary, Recommendations) = (texts.Trends, texts.Policy, texts.CaseLawCommentary, texts.Recommendations);
        SavedAt = savedAt;
        SavedBy = savedBy;
    }

    public Guid Id { get; private set; }

    public int Year { get; private set; }

    public int Version { get; private set; }

    public string Trends { get; private set; }

    public string Policy { get; private set; }

    public string CaseLawCommentary { get; private set; }

    public string Recommendations { get; private set; }

    public DateTimeOffset SavedAt { get; private set; }

    public Guid? SavedBy { get; private set; }

    public ReportSectionTexts Texts => new(Trends, Policy, CaseLawCommentary, Recommendations);
}
