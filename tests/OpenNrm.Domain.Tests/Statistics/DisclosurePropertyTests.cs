using OpenNrm.Domain.Statistics;

namespace OpenNrm.Domain.Tests.Statistics;

/// <summary>
/// Properties over many random tables (seeded, so a failure reproduces) with many small counts, as the tables of
/// a small country's victims are.
/// </summary>
public sealed class DisclosurePropertyTests
{
    private const int Tables = 600;

    [Fact]
    public void No_withheld_cell_can_be_recovered_from_one_line_and_published_totals_are_true()
    {
        var failures = new List<string>();
        var withSecondary = 0;
        for (var seed = 0; seed < Tables && failures.Count < 5; seed++)
        {
            var random = new Random(seed);
            var table = RandomTable(random);
            var rules = new DisclosureRules(
                Threshold: random.Next(2, 11),
                ZeroIsSensitive: random.Next(4) == 0,
                RoundTotalsTo: random.Next(3) == 0 ? 5 : null);
            var published = DisclosureControl.Publish(table, rules);
            withSecondary += published.Count(SuppressionReason.Secondary) > 0 ? 1 : 0;
            if (Problem(table, rules, published) is { } problem)
            {
                failures.Add($"seed {seed}: {problem}");
            }

            var again = DisclosureControl.Publish(table, rules);
            if (!again.WithTotals.SelectMany(l => l).SequenceEqual(published.WithTotals.SelectMany(l => l)))
            {
                failures.Add($"seed {seed}: a second run gave a different table");
            }
        }

        Assert.True(failures.Count == 0, string.Join(Environment.NewLine, failures));
        // The generator must make secondary suppression necessary often enough for the property to mean something.
        Assert.True(withSecondary >= Tables / 3, $"only {withSecondary} tables needed secondary suppression");
    }

    private static FrequencyTable RandomTable(Random random)
    {
        var rows = random.Next(1, 7);
        var columns = random.Next(1, 7);
        var counts = Enumerable.Range(0, rows)
            .Select(_ => Enumerable.Range(0, columns).Select(_ => RandomCount(random)).ToArray())
            .ToArray();
        return new FrequencyTable(
            [.. Enumerable.Range(0, rows).Select(r => $"r{r}")],
            [.. Enumerable.Range(0, columns).Select(c => $"c{c}")],
            counts);
    }

    private static int RandomCount(Random random) => random.Next(10) switch
    {
        < 2 => 0,
        < 5 => random.Next(1, 5),
        < 8 => random.Next(5, 20),
        _ => random.Next(20, 200),
    };

    private static string? Problem(FrequencyTable table, DisclosureRules rules, PublishedTable published)
    {
        var rows = table.RowCount;
        var columns = table.ColumnCount;
        int True(int r, int c) =>
            r < rows && c < columns ? table[r, c]
            : r < rows ? table.RowTotal(r)
            : c < columns ? table.ColumnTotal(c)
            : table.GrandTotal;
        var grid = published.WithTotals;

        for (var r = 0; r <= rows; r++)
        {
            if (grid[r].Count(cell => cell.IsSuppressed) == 1)
            {
                return $"line {r} has exactly one withheld entry";
            }
        }

        for (var c = 0; c <= columns; c++)
        {
            if (grid.Count(line => line[c].IsSuppressed) == 1)
            {
                return $"column {c} has exactly one withheld entry";
            }
        }

        for (var r = 0; r <= rows; r++)
        {
            for (var c = 0; c <= columns; c++)
            {
                var cell = grid[r][c];
                var count = True(r, c);
                var isTotal = r == rows || c == columns;
                if (rules.IsSensitive(count) != (cell.Suppression == SuppressionReason.Primary))
                {
                    return $"entry ({r}, {c}) of {count} is {cell.Suppression?.ToString() ?? "published"}";
                }

                if (cell.Value is not { } value)
                {
                    continue;
                }

                if (!isTotal && value != count)
                {
                    return $"cell ({r}, {c}) published {value} instead of {count}";
                }

                if (isTotal && rules.RoundTotalsTo is { } b && (value % b != 0 || 2 * Math.Abs(value - count) > b))
                {
                    return $"total ({r}, {c}) of {count} published as {value}, not rounded to {b}";
                }

                if (isTotal && rules.RoundTotalsTo is null && value != count)
                {
                    return $"total ({r}, {c}) published {value} instead of {count}";
                }
            }
        }

        // What a reader can add up must agree: a published total over a line with nothing withheld is the sum.
        if (rules.RoundTotalsTo is null)
        {
            foreach (var line in grid.Concat(Enumerable.Range(0, columns + 1).Select(c => (IReadOnlyList<PublishedCell>)[.. grid.Select(l => l[c])])))
            {
                if (line.All(cell => !cell.IsSuppressed) && line.Take(line.Count - 1).Sum(cell => cell.Value!.Value) != line[^1].Value)
                {
                    return "a fully published line does not add up to its total";
                }
            }
        }

        return null;
    }
}
