using OpenNrm.Domain.Statistics;

namespace OpenNrm.Web.Features.Statistics;

/// <summary>A category of a breakdown and its label.</summary>
public sealed record Category<TKey>(TKey Key, StatLabel Label)
    where TKey : notnull;

/// <summary>
/// Counts items into a table with the domain's <see cref="FrequencyTable"/> and publishes it through
/// <see cref="DisclosureControl"/> with the configured rules. Nothing leaves here unpublished.
/// </summary>
public sealed class TableBuilder(DisclosureRules rules)
{
    public DisclosureRules Rules => rules;

    public StatTable Cross<TItem, TRow, TColumn>(string id, string? indicator, string title, string rowHeader, string unit, IEnumerable<TItem> items,
        Func<TItem, TRow> rowOf, Func<TItem, TColumn> columnOf, IReadOnlyList<Category<TRow>> rows, IReadOnlyList<Category<TColumn>> columns)
        where TRow : notnull
        where TColumn : notnull
    {
        var published = DisclosureControl.Publish(
            FrequencyTable.CrossTabulate(items, rowOf, columnOf, [.. rows.Select(r => r.Key)], [.. columns.Select(c => c.Key)]), rules);
        return new StatTable(id, indicator, title, rowHeader, unit, TableShape.Cross,
            [.. columns.Select(c => c.Label)],
            [.. rows.Select((r, i) => new StatRow(r.Label, [.. columns.Select((_, j) => StatCell.From(published[i, j]))], StatCell.From(published.RowTotal(i))))],
            [.. columns.Select((_, j) => StatCell.From(published.ColumnTotal(j)))],
            StatCell.From(published.GrandTotal));
    }

    /// <summary>One column of counts: published as a table of one column, so its total protects its cells like any other.</summary>
    public StatTable OneWay<TItem, TRow>(string id, string? indicator, string title, string rowHeader, string unit, IEnumerable<TItem> items,
        Func<TItem, TRow> rowOf, IReadOnlyList<Category<TRow>> rows)
        where TRow : notnull
    {
        var cross = Cross(id, indicator, title, rowHeader, unit, items, rowOf, _ => 0, rows, [new Category<int>(0, new StatLabel("count", unit))]);
        return cross with { Shape = TableShape.OneWay };
    }

    /// <summary>Figures that were each published already (in their own tables), side by side without totals.</summary>
    public static StatTable Figures(string id, string title, string rowHeader, string unit, IReadOnlyList<StatLabel> columns, IReadOnlyList<StatRow> rows) =>
        new(id, null, title, rowHeader, unit, TableShape.Figures, columns, rows, null, null);
}
