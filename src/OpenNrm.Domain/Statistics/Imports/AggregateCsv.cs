using System.Text;

namespace OpenNrm.Domain.Statistics.Imports;

/// <summary>
/// Reads a source's file strictly: UTF-8 (a byte order mark is allowed), the template's header, then one count per
/// line (RFC 4180 fields, LF or CRLF line ends). Every line is checked and every problem is reported with its line
/// number, so a source corrects its file in one pass; a file with any problem yields no counts at all.
/// </summary>
public static class AggregateCsv
{
    /// <summary>
    /// Problems listed at most; the number found in all is still given. A file of garbage could otherwise turn
    /// into a report many times its size.
    /// </summary>
    public const int MaxProblems = 1000;

    /// <summary>How often, in lines, a long file reports its progress.</summary>
    public const int ProgressEvery = 500;

    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    /// <param name="year">The reference year of the import: every line must be of it.</param>
    /// <param name="currentYear">The current year in Belgium, the last a file may count.</param>
    /// <param name="progress">Told the number of lines read every <see cref="ProgressEvery"/> lines and at the end.</param>
    public static AggregateFile Parse(ReadOnlySpan<byte> content, AggregateSource source, int year, int currentYear, Action<int>? progress = null)
    {
        var problems = new List<AggregateProblem>();
        var lines = Lines(content);
        if (lines.Count == 0)
        {
            problems.Add(AggregateProblem.At(1, AggregateProblem.WholeLine, "The file is empty: it needs the header {0} and one line per count.", AggregateTemplate.Header));
            return Result(source, year, [], problems, 0, progress);
        }

        if (Decode(lines[0]) is not { } header || Fields(header) is not { } names || string.Join(',', names) != AggregateTemplate.Header)
        {
            problems.Add(AggregateProblem.At(1, AggregateProblem.WholeLine, "The first line must be the header {0}.", AggregateTemplate.Header));
            return Result(source, year, [], problems, lines.Count, progress);
        }

        var rules = new AggregateLineRules(source, year, currentYear);
        var counts = new List<AggregateCount>();
        for (var i = 1; i < lines.Count; i++)
        {
            var number = i + 1;
            if (Decode(lines[i]) is not { } text)
            {
                problems.Add(AggregateProblem.At(number, AggregateProblem.WholeLine, "The line is not UTF-8 text."));
                rules.Unreadable();
            }
            else if (string.IsNullOrWhiteSpace(text))
            {
                problems.Add(AggregateProblem.At(number, AggregateProblem.WholeLine, "The line is empty."));
            }
            else if (Fields(text) is not { } fields)
            {
                problems.Add(AggregateProblem.At(number, AggregateProblem.WholeLine, "A quoted field is not closed on this line."));
                rules.Unreadable();
            }
            else if (rules.Read(number, fields, problems) is { } count)
            {
                counts.Add(count);
            }

            if (number % ProgressEvery == 0)
            {
                progress?.Invoke(number);
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

        return Result(source, year, counts, problems, lines.Count, progress);
    }

    private static AggregateFile Result(AggregateSource source, int year, List<AggregateCount> counts, List<AggregateProblem> problems, int linesRead,
        Action<int>? progress)
    {
        progress?.Invoke(linesRead);
        var sorted = problems.OrderBy(p => p.Line).ToList();
        return new AggregateFile(source, year, sorted.Count == 0 ? counts : [], [.. sorted.Take(MaxProblems)], sorted.Count, linesRead);
    }

    /// <summary>
    /// The file's lines as bytes, without their line ends and without a leading byte order mark. Blank lines at the
    /// very end (an editor's habit) are not lines; a blank line between two counts is, and is reported.
    /// </summary>
    private static List<byte[]> Lines(ReadOnlySpan<byte> content)
    {
        if (content.StartsWith("\uFEFF"u8))
        {
            content = content[3..];
        }

        var lines = new List<byte[]>();
        while (!content.IsEmpty)
        {
            var end = content.IndexOf((byte)'\n');
            var line = end < 0 ? content : content[..end];
            if (line.EndsWith("\r"u8))
            {
                line = line[..^1];
            }

            lines.Add(line.ToArray());
            content = end < 0 ? [] : content[(end + 1)..];
        }

        while (lines.Count > 0 && lines[^1].All(b => b is (byte)' ' or (byte)'\t' or (byte)'\r'))
        {
            lines.RemoveAt(lines.Count - 1);
        }

        return lines;
    }

    private static string? Decode(byte[] line)
    {
        try
        {
            return StrictUtf8.GetString(line);
        }
        catch (DecoderFallbackException)
        {
            return null;
        }
    }

    /// <summary>
    /// The fields of one line, each trimmed, with RFC 4180 quoting (a quoted field may hold a comma or a doubled
    /// quote); null when a quote is left open.
    /// </summary>
    internal static List<string>? Fields(string line)
    {
        var fields = new List<string>();
        var field = new StringBuilder();
        var quoted = false;
        for (var i = 0; i < line.Length; i++)
        {
            var c = line[i];
            if (quoted)
            {
                if (c != '"')
                {
                    field.Append(c);
                }
                else if (i + 1 < line.Length && line[i + 1] == '"')
                {
                    field.Append('"');
                    i++;
                }
                else
                {
                    quoted = false;
                }
            }
            else if (c == '"')
            {
                quoted = true;
            }
            else if (c == ',')
            {
                fields.Add(field.ToString().Trim());
                field.Clear();
            }
            else
            {
                field.Append(c);
            }
        }

        if (quoted)
        {
            return null;
        }

        fields.Add(field.ToString().Trim());
        return fields;
    }
}
