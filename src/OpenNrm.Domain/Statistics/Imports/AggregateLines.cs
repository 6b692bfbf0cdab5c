namespace OpenNrm.Domain.Statistics.Imports;

/// <summary>
/// The checks every file goes through once its reader has turned it into lines, whatever its format (CSV or a
/// worksheet): the template's header on line 1, then one count per line, every problem reported with its line, and
/// the checks across lines. A file with any problem yields no counts at all.
/// </summary>
public static class AggregateLines
{
    /// <summary>
    /// Problems listed at most; the number found in all is still given. A file of garbage could otherwise turn
    /// into a report many times its size.
    /// </summary>
    public const int MaxProblems = 1000;

    /// <summary>How often, in lines, a long file reports its progress.</summary>
    public const int ProgressEvery = 500;

    /// <param name="lines">Every line in order, the header first, the blank lines at the very end already left out.</param>
    /// <param name="year">The reference year of the import: every line must be of it.</param>
    /// <param name="currentYear">The current year in Belgium, the last a file may count.</param>
    /// <param name="progress">Told the number of lines read every <see cref="ProgressEvery"/> lines and at the end.</param>
    public static AggregateFile Check(IReadOnlyList<AggregateLine> lines, AggregateSource source, int year, int currentYear, Action<int>? progress = null)
    {
        ArgumentNullException.ThrowIfNull(lines);
        var problems = new List<AggregateProblem>();
        if (lines.Count == 0)
        {
            problems.Add(AggregateProblem.At(1, AggregateProblem.WholeLine, "The file is empty: it needs the header {0} and one line per count.", AggregateTemplate.Header));
            return Result(source, year, [], problems, 0, progress);
        }

        if (lines[0] is not { Fields: { } names } || names.Any(n => n is null) || string.Join(',', names) != AggregateTemplate.Header)
        {
            problems.Add(AggregateProblem.At(lines[0].Number, AggregateProblem.WholeLine, "The first line must be the header {0}.", AggregateTemplate.Header));
            return Result(source, year, [], problems, lines[^1].Number, progress);
        }

        var rules = new AggregateLineRules(source, year, currentYear);
        var counts = new List<AggregateCount>();
        foreach (var line in lines.Skip(1))
        {
            problems.AddRange(line.Problems);
            if (line.Fields is not { } fields)
            {
                rules.Unreadable();
            }
            else if (line.IsEmpty)
            {
                problems.Add(AggregateProblem.At(line.Number, AggregateProblem.WholeLine, "The line is empty."));
            }
            else if (rules.Read(line.Number, fields, problems) is { } count)
            {
                counts.Add(count);
            }

            if (line.Number % ProgressEvery == 0)
            {
                progress?.Invoke(line.Number);
            }
        }

        if (counts.Count == 0 && problems.Count == 0)
        {
            problems.Add(AggregateProblem.At(1, AggregateProblem.WholeLine, "The file has the header but no count."));
        }

        // A line that could not be tied to an indicator may be any indicator's missing line: checks across lines would only guess.
        if (!rules.SomeLineUnattributed)
        {
            problems.AddRange(AggregateConsistency.Check(counts, rules.IndicatorsWithProblems));
        }

        return Result(source, year, counts, problems, lines[^1].Number, progress);
    }

    private static AggregateFile Result(AggregateSource source, int year, List<AggregateCount> counts, List<AggregateProblem> problems, int linesRead,
        Action<int>? progress)
    {
        progress?.Invoke(linesRead);
        var sorted = problems.OrderBy(p => p.Line).ToList();
        return new AggregateFile(source, year, sorted.Count == 0 ? counts : [], [.. sorted.Take(MaxProblems)], sorted.Count, linesRead);
    }
}
