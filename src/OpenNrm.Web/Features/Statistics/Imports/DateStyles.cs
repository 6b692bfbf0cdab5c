using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace OpenNrm.Web.Features.Statistics.Imports;

/// <summary>
/// Which cell styles show a number as a date or a time. A spreadsheet stores a date as a number of days, so only its
/// format tells that 45292 in a cell is 1 January 2024 and not a count.
/// </summary>
internal sealed class DateStyles
{
    private readonly HashSet<uint> _styles;

    private DateStyles(HashSet<uint> styles) => _styles = styles;

    public bool IsDate(uint? style) => style is { } s && _styles.Contains(s);

    public static DateStyles Of(WorkbookStylesPart? part)
    {
        var stylesheet = part?.Stylesheet;
        if (stylesheet is null)
        {
            return new([]);
        }

        var custom = (stylesheet.NumberingFormats?.Elements<NumberingFormat>() ?? [])
            .Where(f => f.NumberFormatId?.Value is not null)
            .GroupBy(f => f.NumberFormatId!.Value)
            .ToDictionary(g => g.Key, g => g.First().FormatCode?.Value ?? string.Empty);
        var formats = stylesheet.CellFormats?.Elements<CellFormat>().ToList() ?? [];
        return new([.. formats.Select((f, i) => (Id: f.NumberFormatId?.Value ?? 0, Index: (uint)i)).Where(f => IsDateFormat(f.Id, custom)).Select(f => f.Index)]);
    }

    /// <summary>
    /// The built-in formats of dates and times (ISO/IEC 29500-1 §18.8.30: 14 to 22 and 45 to 47, and the East Asian
    /// ones, 27 to 36 and 50 to 58), and any custom format with a day, month, year, hour or second in it.
    /// </summary>
    private static bool IsDateFormat(uint id, Dictionary<uint, string> custom) =>
        id is (>= 14 and <= 22) or (>= 27 and <= 36) or (>= 45 and <= 47) or (>= 50 and <= 58)
        || (custom.TryGetValue(id, out var code) && IsDateCode(code));

    /// <summary>Looks for the letters of dates and times outside quoted text, escaped characters and bracketed colours or conditions.</summary>
    internal static bool IsDateCode(string code)
    {
        for (var i = 0; i < code.Length; i++)
        {
            switch (code[i])
            {
                case '"':
                    var close = code.IndexOf('"', i + 1);
                    i = close < 0 ? code.Length : close;
                    break;
                case '\\' or '_' or '*':
                    i++;
                    break;
                case '[':
                    var end = code.IndexOf(']', i + 1);
                    var inside = end < 0 ? string.Empty : code[(i + 1)..end].ToLowerInvariant();
                    // Elapsed time: [h], [mm], [ss].
                    if (inside.Length > 0 && inside.All(c => c is 'h' or 'm' or 's'))
                    {
                        return true;
                    }

                    i = end < 0 ? code.Length : end;
                    break;
                case 'd' or 'D' or 'm' or 'M' or 'y' or 'Y' or 'h' or 'H' or 's' or 'S':
                    return true;
            }
        }

        return false;
    }
}
