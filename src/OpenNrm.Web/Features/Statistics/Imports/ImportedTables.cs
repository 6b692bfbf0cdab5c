using OpenNrm.Domain.Statistics;
using OpenNrm.Domain.Statistics.Imports;

namespace OpenNrm.Web.Features.Statistics.Imports;

/// <summary>
/// Turns a batch's counts into published tables: one table of one column per breakdown the file gave (its total
/// is the indicator's TOTAL line), each through <see cref="DisclosureControl"/> with the same rules as every
/// computed table. Nothing of a batch is shown or exported otherwise.
/// </summary>
public static class ImportedTables
{
    public const string Cases = "Cases";

    /// <summary>The published figures of each indicator the batch brings, under the given id of each.</summary>
    public static IReadOnlyList<IndicatorFigures> Of(StatisticsImportBatch batch, DisclosureRules rules, Func<IndicatorDefinition, string> idOf, DateTimeOffset at)
    {
        ArgumentNullException.ThrowIfNull(batch);
        ArgumentNullException.ThrowIfNull(idOf);
        var from = new ImportedFrom(batch.Source, batch.Id, at, batch.Sha256);
        return
        [
            .. AggregateTemplate.IndicatorsOf(batch.Source)
                .Select(d => (Definition: d, Counts: batch.Figures.Where(f => f.Indicator == d.Id).ToList()))
                .Where(x => x.Counts.Count > 0)
                .Select(x => Indicator(idOf(x.Definition), x.Definition, x.Counts, rules) with { Imported = from }),
        ];
    }

    private static IndicatorFigures Indicator(string id, IndicatorDefinition definition, IReadOnlyList<StatisticsImportFigure> counts, DisclosureRules rules)
    {
        var unit = definition.Unit == CountingUnit.Cases ? Cases : StatisticsCalculator.Persons;
        var total = counts.Single(c => c.Dimension == AggregateDimension.Total).Count;
        var tables = AggregateTemplate.DimensionsOf(definition)
            .Where(d => counts.Any(c => c.Dimension == d))
            .Select(d => Publish($"{id}.{AggregateTemplate.Code(d).ToLowerInvariant()}", id, TitleOf(d), HeaderOf(d), unit,
                [.. AggregateTemplate.ValuesOf(d).Select(v => (LabelOf(d, v), counts.Single(c => c.Dimension == d && c.Value == v).Count))], rules))
            .ToList();
        if (tables.Count == 0)
        {
            // No breakdown given: the total alone, still through disclosure control.
            tables.Add(Publish($"{id}.total", id, "Total", unit, unit, [(new StatLabel(AggregateTemplate.TotalCode, "Total"), total)], rules));
        }

        return new IndicatorFigures(id, definition.Title, definition.Definition, definition, null, tables[0].GrandTotal, tables);
    }

    private static StatTable Publish(string id, string indicator, string title, string rowHeader, string unit, IReadOnlyList<(StatLabel Label, int Count)> rows,
        DisclosureRules rules)
    {
        var published = DisclosureControl.Publish(
            new FrequencyTable([.. rows.Select(r => r.Label.Code)], ["count"], [.. rows.Select(r => (IReadOnlyList<int>)[r.Count])]), rules);
        return new StatTable(id, indicator, title, rowHeader, unit, TableShape.OneWay,
            [new StatLabel("count", unit)],
            [.. rows.Select((r, i) => new StatRow(r.Label, [StatCell.From(published[i, 0])], StatCell.From(published.RowTotal(i))))],
            [StatCell.From(published.ColumnTotal(0))],
            StatCell.From(published.GrandTotal));
    }

    private static string TitleOf(AggregateDimension dimension) => dimension switch
    {
        AggregateDimension.Total => "Total",
        AggregateDimension.Sex => "By sex",
        AggregateDimension.Age => "By age (child or adult)",
        AggregateDimension.Citizenship => "By citizenship",
        AggregateDimension.Exploitation => "By form of exploitation",
    };

    private static string HeaderOf(AggregateDimension dimension) => dimension switch
    {
        AggregateDimension.Total => "Total",
        AggregateDimension.Sex => "Sex",
        AggregateDimension.Age => "Age",
        AggregateDimension.Citizenship => "Citizenship",
        AggregateDimension.Exploitation => "Form of exploitation",
    };

    /// <summary>The same words as the computed tables, so an imported table reads like its neighbours.</summary>
    private static StatLabel LabelOf(AggregateDimension dimension, string value) => dimension switch
    {
        AggregateDimension.Sex => StatisticsLabels.Sexes.Single(c => c.Label.Code == value).Label,
        AggregateDimension.Age => StatisticsLabels.EurostatAges.Single(c => c.Label.Code == value).Label,
        AggregateDimension.Citizenship => StatisticsLabels.Citizenships.Single(c => c.Label.Code == value).Label,
        AggregateDimension.Exploitation => Enum.TryParse<EurostatExploitationForm>(value, out var form)
            ? new StatLabel(value, StatisticsLabels.Of(Breakdowns.GroupOf(form)))
            : new StatLabel(value, StatisticsLabels.NotRecorded),
        AggregateDimension.Total => new StatLabel(value, "Total"),
    };
}
