namespace OpenNrm.Domain.Statistics;

/// <summary>
/// A two-way table of counts of persons (rows by columns, e.g. age band by form of exploitation), with its row
/// totals, column totals and grand total, before any disclosure control. It holds true counts and is never
/// published as it is: see <see cref="DisclosureControl"/>.
/// </summary>
public sealed class FrequencyTable
{
    private readonly int[][] counts;

    public FrequencyTable(IReadOnlyList<string> rowLabels, IReadOnlyList<string> columnLabels, IReadOnlyList<IReadOnlyList<int>> counts)
    {
        ArgumentNullException.ThrowIfNull(rowLabels);
        ArgumentNullException.ThrowIfNull(columnLabels);
        ArgumentNullException.ThrowIfNull(counts);
        if (rowLabels.Count == 0 || columnLabels.Count == 0)
        {
            throw new ArgumentException("A table needs at least one row and one column.", nameof(counts));
        }

        if (counts.Count != rowLabels.Count || counts.Any(row => row.Count != columnLabels.Count))
        {
            throw new ArgumentException($"The counts must form {rowLabels.Count} rows of {columnLabels.Count} columns, one per label.", nameof(counts));
        }

        if (counts.Any(row => row.Any(count => count < 0)))
        {
            throw new ArgumentException("A count of persons cannot be negative.", nameof(counts));
        }

        RowLabels = [.. rowLabels];
        ColumnLabels = [.. columnLabels];
        this.counts = [.. counts.Select(row => row.ToArray())];
    }

    public IReadOnlyList<string> RowLabels { get; }

    public IReadOnlyList<string> ColumnLabels { get; }

    public int RowCount => RowLabels.Count;

    public int ColumnCount => ColumnLabels.Count;

    public int this[int row, int column] => counts[row][column];

    public int RowTotal(int row) => counts[row].Sum();

    public int ColumnTotal(int column) => counts.Sum(row => row[column]);

    public int GrandTotal => counts.Sum(row => row.Sum());

    /// <summary>
    /// Counts <paramref name="items"/> into the cells named by <paramref name="rowOf"/> and
    /// <paramref name="columnOf"/>. Every label is given up front, so that an empty row or column still appears
    /// (a missing category would itself tell the reader something) and the layout is the same every year.
    /// </summary>
    public static FrequencyTable CrossTabulate<TItem, TRow, TColumn>(
        IEnumerable<TItem> items,
        Func<TItem, TRow> rowOf,
        Func<TItem, TColumn> columnOf,
        IReadOnlyList<TRow> rows,
        IReadOnlyList<TColumn> columns)
        where TRow : notnull
        where TColumn : notnull
    {
        ArgumentNullException.ThrowIfNull(items);
        ArgumentNullException.ThrowIfNull(rowOf);
        ArgumentNullException.ThrowIfNull(columnOf);
        ArgumentNullException.ThrowIfNull(rows);
        ArgumentNullException.ThrowIfNull(columns);
        var rowIndex = rows.Select((value, index) => (value, index)).ToDictionary(p => p.value, p => p.index);
        var columnIndex = columns.Select((value, index) => (value, index)).ToDictionary(p => p.value, p => p.index);
        var grid = rows.Select(_ => new int[columns.Count]).ToArray();
        foreach (var item in items)
        {
            var row = rowOf(item);
            var column = columnOf(item);
            if (!rowIndex.TryGetValue(row, out var r) || !columnIndex.TryGetValue(column, out var c))
            {
                throw new ArgumentException($"The item falls in row {row} and column {column}, which the table does not list.", nameof(items));
            }

            grid[r][c]++;
        }

        return new FrequencyTable(
            [.. rows.Select(r => r.ToString() ?? string.Empty)],
            [.. columns.Select(c => c.ToString() ?? string.Empty)],
            grid);
    }
}
