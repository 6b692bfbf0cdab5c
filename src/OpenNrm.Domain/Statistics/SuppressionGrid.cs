namespace OpenNrm.Domain.Statistics;

/// <summary>
/// The working grid of <see cref="DisclosureControl"/>: true counts with their totals in the last row and column,
/// and the suppression decided for each entry. Local to one call, so its mutation is not shared state.
/// </summary>
internal sealed class SuppressionGrid
{
    private readonly int[,] counts;
    private readonly SuppressionReason?[,] suppressed;
    private readonly bool[,] protectedEntry;
    private int? threshold;

    private SuppressionGrid(int[,] counts)
    {
        this.counts = counts;
        Rows = counts.GetLength(0);
        Columns = counts.GetLength(1);
        suppressed = new SuppressionReason?[Rows, Columns];
        protectedEntry = new bool[Rows, Columns];
    }

    /// <summary>Rows of the grid, the totals row (last) included.</summary>
    private int Rows { get; }

    /// <summary>Columns of the grid, the totals column (last) included.</summary>
    private int Columns { get; }

    public static SuppressionGrid Of(FrequencyTable table)
    {
        var rows = table.RowCount;
        var columns = table.ColumnCount;
        var counts = new int[rows + 1, columns + 1];
        for (var r = 0; r < rows; r++)
        {
            for (var c = 0; c < columns; c++)
            {
                counts[r, c] = table[r, c];
                counts[r, columns] += table[r, c];
                counts[rows, c] += table[r, c];
                counts[rows, columns] += table[r, c];
            }
        }

        return new SuppressionGrid(counts);
    }

    public int Count(int row, int column) => counts[row, column];

    public PublishedCell Publish(int row, int column, Func<int, int> shown) =>
        suppressed[row, column] is { } reason ? PublishedCell.Withheld(reason, threshold) : PublishedCell.Shown(shown(counts[row, column]));

    public void SuppressPrimary(DisclosureRules rules)
    {
        threshold = rules.Threshold;
        for (var r = 0; r < Rows; r++)
        {
            for (var c = 0; c < Columns; c++)
            {
                var isTotal = r == Rows - 1 || c == Columns - 1;
                if ((!isTotal || rules.ProtectTotals) && rules.IsSensitive(counts[r, c]))
                {
                    suppressed[r, c] = SuppressionReason.Primary;
                }

                protectedEntry[r, c] = isTotal && !rules.ProtectTotals;
            }
        }
    }

    /// <summary>
    /// Withholds a complement in every line with a single withheld entry until none is left. When totals are public
    /// (not protected) a line of one cell and its total cannot be mended: that cell equals a public total anyway.
    /// </summary>
    public void SuppressSecondary()
    {
        bool changed;
        do
        {
            changed = false;
            foreach (var line in Lines())
            {
                if (line.Count(IsSuppressed) == 1 && Complement(line) is { } chosen)
                {
                    suppressed[chosen.Row, chosen.Column] = SuppressionReason.Secondary;
                    changed = true;
                }
            }
        }
        while (changed);
    }

    private bool IsSuppressed((int Row, int Column) entry) => suppressed[entry.Row, entry.Column] is not null;

    /// <summary>Every line that adds up to its last entry: rows, then columns, totals included.</summary>
    private IEnumerable<(int Row, int Column)[]> Lines()
    {
        for (var r = 0; r < Rows; r++)
        {
            var row = r;
            yield return [.. Enumerable.Range(0, Columns).Select(c => (row, c))];
        }

        for (var c = 0; c < Columns; c++)
        {
            var column = c;
            yield return [.. Enumerable.Range(0, Rows).Select(r => (r, column))];
        }
    }

    /// <summary>
    /// The entry to withhold with the line's single withheld one: a cell before a total (totals are what readers
    /// use most) and the grand total last; a non-zero count before a zero (readers often know which combinations
    /// are empty, so a withheld zero hides little); then one whose crossing line also has a single withheld entry
    /// (one suppression mends both lines instead of starting a new chain); then the smallest count (least
    /// information lost); then the first in the line.
    /// </summary>
    private (int Row, int Column)? Complement((int Row, int Column)[] line)
    {
        var candidates = line.Where(e => !IsSuppressed(e) && !protectedEntry[e.Row, e.Column]).ToList();
        if (candidates.Count == 0)
        {
            return null;
        }

        return candidates
            .OrderBy(TotalRank)
            .ThenBy(e => counts[e.Row, e.Column] == 0 ? 1 : 0)
            .ThenBy(e => CrossingLineHasOne(e, line) ? 0 : 1)
            .ThenBy(e => counts[e.Row, e.Column])
            .First();
    }

    private int TotalRank((int Row, int Column) entry)
    {
        var inTotalsRow = entry.Row == Rows - 1;
        var inTotalsColumn = entry.Column == Columns - 1;
        return (inTotalsRow ? 1 : 0) + (inTotalsColumn ? 1 : 0);
    }

    private bool CrossingLineHasOne((int Row, int Column) entry, (int Row, int Column)[] line)
    {
        var alongRow = line.All(e => e.Row == entry.Row);
        var crossing = alongRow
            ? Enumerable.Range(0, Rows).Select(r => (r, entry.Column))
            : Enumerable.Range(0, Columns).Select(c => (entry.Row, c));
        return crossing.Count(IsSuppressed) == 1;
    }
}
