using NodaTime;
using OpenNrm.Domain.Statistics;

namespace OpenNrm.Web.Features.Statistics;

/// <summary>
/// What makes a set of published figures reproducible: when the records were read, a SHA-256 of the published
/// tables (the bytes of report.csv, so anyone can check it with sha256sum), the version of the definitions and the
/// disclosure rules. The hash covers the published figures only: it changes when a published figure changes and
/// never because of the time of reading.
/// </summary>
public sealed record ReproducibilityStamp(DateTimeOffset SnapshotAt, string Sha256, string DefinitionsVersion, DisclosureRules Rules);

/// <summary>A year's statistics with the five-year trend and the stamp.</summary>
public sealed record StatisticsReport(int Year, string? JudicialDistrict, YearFigures Figures, StatTable Trend, string Csv, ReproducibilityStamp Stamp)
{
    public IEnumerable<StatTable> Tables => Figures.Tables.Append(Trend);
}

/// <summary>Reads the records once and computes a year's published statistics, for Belgium or one judicial district.</summary>
public sealed class StatisticsQuery(StatisticsSource source, Imports.ImportedFiguresSource imported, StatisticsOptions options, TimeProvider clock)
{
    public const int TrendYears = 5;

    public async Task<StatisticsReport> ForYearAsync(int year, string? district, CancellationToken ct)
    {
        var now = clock.GetUtcNow();
        var facts = await source.LoadAsync(year, StatisticsSource.DateOf(Instant.FromDateTimeOffset(now)), ct);
        var calculator = new StatisticsCalculator(facts, options);
        var figures = calculator.Year(year, district);
        if (district is null)
        {
            // Imported figures are national: no source sends them by judicial district.
            figures = Imports.ImportedIndicators.Merge(figures, await imported.InForceAsync(year, ct), options.Rules);
        }

        var years = Enumerable.Range(year - TrendYears + 1, TrendYears)
            .Select(y => y == year ? figures : calculator.Year(y, district, withBreakdowns: false))
            .ToList();
        var trend = Trend(years);
        var csv = StatisticsCsv.Report(figures.Tables.Append(trend));
        return new StatisticsReport(year, district, figures, trend, csv,
            new ReproducibilityStamp(now, StatisticsCsv.Sha256(csv), StatisticsDefinitions.DefinitionsVersion, options.Rules));
    }

    /// <summary>
    /// Each year's figure as that year's own table published it. No sum over the years is published, so no year's
    /// withheld figure can be recovered from the others.
    /// </summary>
    private static StatTable Trend(IReadOnlyList<YearFigures> years) => TableBuilder.Figures("trend", "Five-year trend", "Step", StatisticsCalculator.Persons,
        [.. years.Select(y => StatLabel.Name(y.Year.ToString(System.Globalization.CultureInfo.InvariantCulture), y.Year.ToString(System.Globalization.CultureInfo.InvariantCulture)))],
        [
            .. StatisticsCalculator.PathSteps.Select((step, i) => new StatRow(new StatLabel(step.Id, step.Label),
                [.. years.Select(y => y.Funnel.Rows[i].Cells[0])], null)),
        ]);
}
