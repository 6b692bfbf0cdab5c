using NodaTime;
using OpenNrm.Domain.Statistics;
using OpenNrm.Web.Features.Proceedings;

namespace OpenNrm.Web.Features.Statistics;

/// <summary>
/// What makes a set of published figures reproducible: when the records were read, a SHA-256 of the published
/// tables (the bytes of report.csv, so anyone can check it with sha256sum), the version of the definitions and the
/// disclosure rules. The hash covers the published figures only: it changes when a published figure changes and
/// never because of the time of reading.
/// </summary>
public sealed record ReproducibilityStamp(DateTimeOffset SnapshotAt, string Sha256, string DefinitionsVersion, DisclosureRules Rules);

/// <summary>A year's statistics with the five-year trends and the stamp.</summary>
/// <param name="Trend">The path's six steps over five years.</param>
/// <param name="IndicatorTrend">Every recorded indicator's figure over the same five years.</param>
public sealed record StatisticsReport(int Year, string? JudicialDistrict, YearFigures Figures, StatTable Trend, StatTable IndicatorTrend, string Csv,
    ReproducibilityStamp Stamp)
{
    public IEnumerable<StatTable> Tables => Figures.Tables.Append(Trend).Append(IndicatorTrend);
}

/// <summary>Reads the records once and computes a year's published statistics, for Belgium or one judicial district.</summary>
public sealed class StatisticsQuery(StatisticsSource source, Imports.ImportedFiguresSource imported, CaseLawExtract caseLaw, StatisticsOptions options, TimeProvider clock)
{
    public const int TrendYears = 5;
    public const string IndicatorTrendId = "trend.indicators";

    public Task<StatisticsReport> ForYearAsync(int year, string? district, CancellationToken ct) => ForYearAsync(year, district, null, ct);

    /// <summary>As above, saying when it moves from reading the records to computing the tables.</summary>
    public async Task<StatisticsReport> ForYearAsync(int year, string? district, IProgress<Runs.ReportProgress>? progress, CancellationToken ct)
    {
        var now = clock.GetUtcNow();
        progress?.Report(Runs.ReportProgress.Reading);
        var firstYear = year - TrendYears + 1;
        var facts = await source.LoadAsync(firstYear, year, StatisticsSource.DateOf(Instant.FromDateTimeOffset(now)), ct);
        var judgments = await caseLaw.JudgmentsAsync(year, ct);
        progress?.Report(Runs.ReportProgress.Computing);
        facts.IndexYears();
        var calculator = new StatisticsCalculator(facts, options);
        // The five years are computed side by side: each reads the same facts and writes nothing shared.
        var computed = Enumerable.Range(firstYear, TrendYears).AsParallel().AsOrdered().WithCancellation(ct)
            .Select(y => calculator.Year(y, district, withBreakdowns: y == year))
            .ToList();
        // A district's case law would be a new table subtractable from the national one: national only.
        var figures = computed[^1] with { CaseLaw = district is null ? CaseLawTables.Of(new TableBuilder(options.Rules), judgments, null) : [] };
        if (district is null)
        {
            // Imported figures are national: no source sends them by judicial district.
            figures = Imports.ImportedIndicators.Merge(figures, await imported.InForceAsync(year, ct), options.Rules);
        }

        List<YearFigures> years = [.. computed[..^1], figures];
        var trend = Trend(years);
        var indicatorTrend = IndicatorTrend(years);
        var csv = StatisticsCsv.Report(figures.Tables.Append(trend).Append(indicatorTrend));
        return new StatisticsReport(year, district, figures, trend, indicatorTrend, csv,
            new ReproducibilityStamp(now, StatisticsCsv.Sha256(csv), StatisticsDefinitions.DefinitionsVersion, options.Rules));
    }

    /// <summary>
    /// Each recorded indicator's figure, each year as that year's own main table published it; an indicator that is
    /// not recorded has no row (never a row of zeros). Figures imported from another actor are merged into the chosen
    /// year only, so earlier years show an empty cell for them. No sum over the years, as for the path.
    /// </summary>
    private static StatTable IndicatorTrend(IReadOnlyList<YearFigures> years) => TableBuilder.Figures(IndicatorTrendId, "Five-year trend of every indicator",
        "Indicator", string.Empty, YearColumns(years),
        [
            .. years[^1].Indicators.Where(i => i.IsRecorded).Select(i => new StatRow(new StatLabel(i.Id, i.Title),
                [.. years.Select(y => y.Indicators.FirstOrDefault(x => x.Id == i.Id)?.Total ?? StatCell.Empty)], null)),
        ]);

    private static List<StatLabel> YearColumns(IReadOnlyList<YearFigures> years) =>
        [.. years.Select(y => StatLabel.Name(y.Year.ToString(System.Globalization.CultureInfo.InvariantCulture), y.Year.ToString(System.Globalization.CultureInfo.InvariantCulture)))];

    /// <summary>
    /// Each year's figure as that year's own table published it. No sum over the years is published, so no year's
    /// withheld figure can be recovered from the others.
    /// </summary>
    private static StatTable Trend(IReadOnlyList<YearFigures> years) => TableBuilder.Figures("trend", "Five-year trend", "Step", StatisticsCalculator.Persons,
        YearColumns(years),
        [
            .. StatisticsCalculator.PathSteps.Select((step, i) => new StatRow(new StatLabel(step.Id, step.Label),
                [.. years.Select(y => y.Funnel.Rows[i].Cells[0])], null)),
        ]);
}
