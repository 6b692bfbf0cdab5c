using System.Globalization;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using Microsoft.Extensions.Localization;
using OpenNrm.Domain.Statistics;

namespace OpenNrm.Web.Features.Statistics;

/// <summary>
/// The annual report of a year as a Word document the rapporteur's editors finish: the stamp of the figures, the
/// rapporteur's sections and the computed chapters in the order of the report (trends, policy, statistics source by
/// source with the five-year trends and their charts, case law, recommendations). Every table is a published one, as the HTML
/// report and report.csv give it: a withheld cell shows c, never its count.
/// </summary>
public static class AnnualReportDocument
{
    public static byte[] Build(StatisticsReport report, ReportSectionTexts sections, DisclosureRules rules, IStringLocalizer l)
    {
        ArgumentNullException.ThrowIfNull(report);
        ArgumentNullException.ThrowIfNull(sections);
        ArgumentNullException.ThrowIfNull(l);
        using var stream = new MemoryStream();
        using (var document = WordprocessingDocument.Create(stream, DocumentFormat.OpenXml.WordprocessingDocumentType.Document))
        {
            var main = document.AddMainDocumentPart();
            main.AddNewPart<StyleDefinitionsPart>().Styles = WordStyles.Create();
            var body = new Body();
            main.Document = new Document(body);
            Write(new WordBody(main, body, l), report, sections, rules, l);
            document.PackageProperties.Title = l["Annual report {0}", report.Year];
            document.PackageProperties.Creator = "OpenNRM";
        }

        return stream.ToArray();
    }

    private static void Write(WordBody w, StatisticsReport report, ReportSectionTexts sections, DisclosureRules rules, IStringLocalizer l)
    {
        var figures = report.Figures;
        w.Title(l["Annual report {0}", report.Year]);
        w.Paragraph(l["Trafficking in human beings in Belgium: figures of the national referral mechanism, from the records of the services that detect, refer, protect and identify victims."]);
        Stamp(w, report.Stamp, l);

        Section(w, 1, RapporteurSection.Trends, sections, l);
        Section(w, 1, RapporteurSection.Policy, sections, l);

        w.Heading(1, l["Statistics from every source"]);
        w.Heading(2, l["Key figures"]);
        w.Table(KeyFigures(figures), rules);
        w.Heading(2, l["From detection to the B-card"]);
        w.Chart(ChartImages.Bars(BarChart.Of(figures.Funnel), l), figures.Funnel.Id + "-chart");
        w.Table(figures.Funnel, rules);
        w.Heading(2, l["Five-year trends"]);
        w.Chart(ChartImages.Trend(TrendChart.Of(report.Trend), l), report.Trend.Id + "-chart");
        w.Table(report.Trend, rules);
        w.Table(report.IndicatorTrend, rules);
        foreach (var source in ReportSources.InReportOrder)
        {
            var indicators = figures.Indicators.Where(i => ReportSources.SourceOf(i) == source).ToList();
            w.Heading(2, l[ReportSources.Name(source)]);
            var trend = ReportSources.TrendOf(report.IndicatorTrend, indicators);
            if (trend.Rows.Count > 0)
            {
                w.Chart(ChartImages.Trend(TrendChart.Of(trend), l), $"{trend.Id}-{source}-chart");
                w.Table(trend, rules, captionId: $"{trend.Id}#{source}");
            }

            foreach (var indicator in indicators)
            {
                Indicator(w, indicator, rules, l);
            }
        }

        w.Heading(2, l["Registered victims for Eurostat"]);
        foreach (var indicator in figures.Indicators.Where(i => ReportSources.SourceOf(i) is null))
        {
            Indicator(w, indicator, rules, l);
        }

        w.Heading(2, l["Time between steps"]);
        w.Table(figures.Durations, rules);
        w.Paragraph(l[Durations.Method], italic: true);

        w.Heading(1, l["Case law"]);
        Section(w, 2, RapporteurSection.CaseLawCommentary, sections, l);
        w.Paragraph(l["Judgments delivered in the year as the prosecutors' offices recorded them, by form of exploitation; a judgment on appeal counts in the year it was delivered. Individual judgments are not listed: a list would give away a withheld count."]);
        foreach (var table in figures.CaseLaw)
        {
            w.Table(table, rules);
        }

        Section(w, 1, RapporteurSection.Recommendations, sections, l);
        w.EndSection();
    }

    private static void Stamp(WordBody w, ReproducibilityStamp stamp, IStringLocalizer l) => w.Pairs("stamp",
    [
        (l["Snapshot of the records"], stamp.SnapshotAt.ToUniversalTime().ToString("yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture) + " UTC"),
        (l["SHA-256 of the published tables (report.csv)"], stamp.Sha256),
        (l["Version of the definitions"], stamp.DefinitionsVersion),
        (l["Disclosure control"], StatisticsText.Disclosure(stamp.Rules, l)),
    ]);

    /// <summary>A section the rapporteur has not written yet keeps its heading and an empty paragraph, for the editors to fill.</summary>
    private static void Section(WordBody w, int level, RapporteurSection section, ReportSectionTexts sections, IStringLocalizer l)
    {
        w.Heading(level, l[ReportSectionTexts.TitleOf(section)]);
        var text = sections.Of(section);
        if (text.Length == 0)
        {
            w.Paragraph(string.Empty);
            return;
        }

        w.PlainText(text);
    }

    private static void Indicator(WordBody w, IndicatorFigures indicator, DisclosureRules rules, IStringLocalizer l)
    {
        w.Heading(3, l[indicator.Title]);
        var basis = indicator.Catalogue is { } c ? $" ({c.Basis.Citation})" : string.Empty;
        w.Paragraph(l[indicator.Definition] + basis, italic: true);
        if (!indicator.IsRecorded)
        {
            w.Paragraph($"{l["Not recorded"]}: {l[indicator.NotRecordedReason!]}");
            return;
        }

        foreach (var table in indicator.Tables)
        {
            w.Table(table, rules);
        }
    }

    /// <summary>
    /// The year's figure of every indicator, as the HTML report's first table: each figure is the total its own table
    /// published; an indicator that is not recorded says so (never 0).
    /// </summary>
    private static StatTable KeyFigures(YearFigures figures)
    {
        var year = figures.Year.ToString(CultureInfo.InvariantCulture);
        return TableBuilder.Figures("key-figures", "Key figures", "Indicator", string.Empty, [StatLabel.Name(year, year)],
        [
            .. figures.Indicators.Where(i => i.IsRecorded).Select(i => new StatRow(new StatLabel(i.Id, i.Title), [i.Total ?? StatCell.Empty], null)),
        ]);
    }
}
