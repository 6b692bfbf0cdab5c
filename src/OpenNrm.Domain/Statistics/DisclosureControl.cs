using OpenNrm.Domain.Common;

namespace OpenNrm.Domain.Statistics;

/// <summary>
/// Turns a true table of counts of persons into a table that can be published without letting anyone recognise a
/// victim. Deterministic: the same table and rules always give the same published table, so a figure published
/// once is never contradicted by a re-run.
/// </summary>
/// <remarks>
/// The table is treated with its totals as one grid of (rows + 1) by (columns + 1) entries in which every line,
/// the totals row and column included, adds up to its last entry.
/// <list type="number">
/// <item>Primary suppression: every entry whose true count is sensitive under the rules.</item>
/// <item>
/// Secondary suppression: a line with exactly one withheld entry would give it away by subtraction, so a second
/// entry of that line is withheld. Lines are visited in order (rows, totals row, columns, totals column) and the
/// pass is repeated until no line has exactly one, since each new suppression may leave a single one in the
/// crossing line.
/// </item>
/// <item>Rounding of published totals, if the rules ask for it.</item>
/// </list>
/// Two withheld entries per line is the usual minimum rule of tabular protection; it does not
/// protect against every combination of lines, which a published table of a few categories rarely allows.
/// </remarks>
public static class DisclosureControl
{
    public static LegalBasis Basis => StatisticsArticles.StatisticalConfidentiality;

    public static PublishedTable Publish(FrequencyTable table) => Publish(table, DisclosureRules.Default);

    public static PublishedTable Publish(FrequencyTable table, DisclosureRules rules)
    {
        ArgumentNullException.ThrowIfNull(table);
        ArgumentNullException.ThrowIfNull(rules);
        ArgumentOutOfRangeException.ThrowIfLessThan(rules.Threshold, 1, nameof(rules));
        if (rules.RoundTotalsTo is { } roundingBase)
        {
            ArgumentOutOfRangeException.ThrowIfLessThan(roundingBase, 1, nameof(rules));
        }

        var grid = SuppressionGrid.Of(table);
        grid.SuppressPrimary(rules);
        grid.SuppressSecondary();

        var rows = table.RowCount;
        var columns = table.ColumnCount;
        PublishedCell Inner(int r, int c) => grid.Publish(r, c, _ => grid.Count(r, c));
        PublishedCell Total(int r, int c) => grid.Publish(r, c, count => Round(count, rules.RoundTotalsTo));

        return new PublishedTable(
            table.RowLabels,
            table.ColumnLabels,
            [.. Enumerable.Range(0, rows).Select(r => Enumerable.Range(0, columns).Select(c => Inner(r, c)).ToArray())],
            [.. Enumerable.Range(0, rows).Select(r => Total(r, columns))],
            [.. Enumerable.Range(0, columns).Select(c => Total(rows, c))],
            Total(rows, columns),
            rules);
    }

    /// <summary>Why a flagged cell is withheld, in words a reader of the report understands, with its basis.</summary>
    public static string Explain(SuppressionReason reason, DisclosureRules rules)
    {
        ArgumentNullException.ThrowIfNull(rules);
        var why = reason switch
        {
            SuppressionReason.Primary => rules.ZeroIsSensitive
                ? $"Withheld: fewer than {rules.Threshold} persons (zero included), few enough to be recognised."
                : $"Withheld: between 1 and {rules.Threshold - 1} persons, few enough to be recognised.",
            SuppressionReason.Secondary =>
                "Withheld: publishing it would let a reader work out a withheld figure from the totals.",
        };
        return $"{why} ({Basis})";
    }

    /// <summary>Nearest multiple of the base, halves rounded up (12 to 10 and 13 to 15 for base 5).</summary>
    internal static int Round(int count, int? roundingBase) =>
        roundingBase is { } b ? (count + (b / 2)) / b * b : count;
}
