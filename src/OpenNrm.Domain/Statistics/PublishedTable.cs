using OpenNrm.Domain.Common;

namespace OpenNrm.Domain.Statistics;

/// <summary>
/// A table as it may be published: same rows and columns as the true table, each cell and total a value or a
/// flag. Published totals are true totals (or true totals rounded to the rules' base), never the sum of the
/// published cells, so a reader sees that something is withheld rather than a wrong figure.
/// </summary>
public sealed class PublishedTable
{
    private readonly PublishedCell[][] cells;
    private readonly PublishedCell[] rowTotals;
    private readonly PublishedCell[] columnTotals;

    internal PublishedTable(
        IReadOnlyList<string> rowLabels,
        IReadOnlyList<string> columnLabels,
        PublishedCell[][] cells,
        PublishedCell[] rowTotals,
        PublishedCell[] columnTotals,
        PublishedCell grandTotal,
        DisclosureRules rules)
    {
        RowLabels = rowLabels;
        ColumnLabels = columnLabels;
        this.cells = cells;
        this.rowTotals = rowTotals;
        this.columnTotals = columnTotals;
        GrandTotal = grandTotal;
        Rules = rules;
    }

    public IReadOnlyList<string> RowLabels { get; }

    public IReadOnlyList<string> ColumnLabels { get; }

    public DisclosureRules Rules { get; }

    public LegalBasis Basis => StatisticsArticles.StatisticalConfidentiality;

    public PublishedCell this[int row, int column] => cells[row][column];

    public PublishedCell RowTotal(int row) => rowTotals[row];

    public PublishedCell ColumnTotal(int column) => columnTotals[column];

    public PublishedCell GrandTotal { get; }

    /// <summary>Every cell and total, row totals last in each row and the totals row last, as a grid.</summary>
    public IReadOnlyList<IReadOnlyList<PublishedCell>> WithTotals =>
    [
        .. cells.Select((row, r) => (IReadOnlyList<PublishedCell>)[.. row, rowTotals[r]]),
        [.. columnTotals, GrandTotal],
    ];

    public int Count(SuppressionReason reason) => WithTotals.Sum(line => line.Count(cell => cell.Suppression == reason));
}
