using System.Text;

namespace OpenNrm.Domain.Statistics.Imports;

/// <summary>
/// Reads a source's file strictly: UTF-8 (a byte order mark is allowed), the template's header, then one count per
/// line (RFC 4180 fields, LF or CRLF line ends). This class only splits the bytes into lines and fields; the checks
/// are <see cref="AggregateLines"/>'s, shared with the workbook reader, so a CSV file and a worksheet holding the same
/// lines give the same counts and the same problems.
/// </summary>
public static class AggregateCsv
{
    /// <inheritdoc cref="AggregateLines.MaxProblems"/>
    public const int MaxProblems = AggregateLines.MaxProblems;

    /// <inheritdoc cref="AggregateLines.ProgressEvery"/>
    public const int ProgressEvery = AggregateLines.ProgressEvery;

    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    /// <param name="year">The reference year of the import: every line must be of it.</param>
    /// <param name="currentYear">The current year in Belgium, the last a file may count.</param>
    /// <param name="progress">Told the number of lines read every <see cref="ProgressEvery"/> lines and at the end.</param>
    public static AggregateFile Parse(ReadOnlySpan<byte> content, AggregateSource source, int year, int currentYear, Action<int>? progress = null) =>
        AggregateLines.Check(Read(content), source, year, currentYear, progress);

    /// <summary>The file's lines with their fields, numbered from 1; a line that cannot be decoded or split carries its problem.</summary>
    public static IReadOnlyList<AggregateLine> Read(ReadOnlySpan<byte> content) =>
        [.. Lines(content).Select((bytes, i) => LineOf(i + 1, bytes))];

    private static AggregateLine LineOf(int number, byte[] bytes)
    {
        if (Decode(bytes) is not { } text)
        {
            return AggregateLine.Unreadable(number, AggregateProblem.At(number, AggregateProblem.WholeLine, "The line is not UTF-8 text."));
        }

        if (string.IsNullOrWhiteSpace(text))
        {
            return AggregateLine.Empty(number);
        }

        return Fields(text) is { } fields
            ? AggregateLine.Of(number, fields)
            : AggregateLine.Unreadable(number, AggregateProblem.At(number, AggregateProblem.WholeLine, "A quoted field is not closed on this line."));
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
