using OpenNrm.Domain.Statistics;

namespace OpenNrm.Domain.Tests.Statistics;

/// <summary>Small tables written and read as text, so that a test shows the table it is about.</summary>
internal static class TableText
{
    public static FrequencyTable Table(params int[][] counts) => new(
        [.. counts.Select((_, r) => $"r{r + 1}")],
        [.. counts[0].Select((_, c) => $"c{c + 1}")],
        counts);

    /// <summary>
    /// The published grid with totals, one line per row: a value, "P" for a primary and "S" for a secondary
    /// suppression, separated by spaces, the total after a bar.
    /// </summary>
    public static string[] Render(PublishedTable table) =>
        [.. table.WithTotals.Select(line =>
        {
            var cells = line.Select(cell => cell.Suppression switch
            {
                SuppressionReason.Primary => "P",
                SuppressionReason.Secondary => "S",
                null => cell.Value!.Value.ToString(System.Globalization.CultureInfo.InvariantCulture),
            }).ToList();
            return string.Join(' ', cells.Take(cells.Count - 1)) + " | " + cells[^1];
        })];
}
