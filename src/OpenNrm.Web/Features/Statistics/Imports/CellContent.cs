using System.Globalization;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Spreadsheet;
using SheetText = DocumentFormat.OpenXml.Spreadsheet.Text;

namespace OpenNrm.Web.Features.Statistics.Imports;

/// <summary>What a worksheet cell holds, as far as the template cares.</summary>
internal enum CellKind
{
    Empty,
    Text,
    Number,

    /// <summary>A number shown as a date or a time, or a cell of the date type: never a count.</summary>
    Date,

    /// <summary>An error value such as #REF! or #DIV/0!.</summary>
    Error,

    /// <summary>A formula the writing program never computed, so the file holds no value for it.</summary>
    FormulaWithoutValue,
}

/// <summary>The value of one cell as text, the way the same field would read in the CSV file.</summary>
internal readonly record struct CellContent(CellKind Kind, string Text)
{
    private static readonly CellContent Empty = new(CellKind.Empty, string.Empty);

    public static CellContent Of(Cell cell, IReadOnlyList<string> strings, DateStyles dates)
    {
        var type = cell.DataType?.Value;
        if (type == CellValues.InlineString)
        {
            return cell.InlineString is { } inline ? TextCell(TextOf(inline)) : Empty;
        }

        var value = cell.CellValue?.Text;
        if (string.IsNullOrEmpty(value))
        {
            return cell.CellFormula is null ? Empty : new(CellKind.FormulaWithoutValue, string.Empty);
        }

        if (type == CellValues.SharedString)
        {
            return int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var index) && index < strings.Count
                ? TextCell(strings[index])
                : throw new InvalidDataException($"Shared string {value} is not in the table");
        }

        if (type == CellValues.String)
        {
            // The text a formula computed.
            return TextCell(value);
        }

        if (type == CellValues.Boolean)
        {
            return TextCell(value == "1" ? "TRUE" : "FALSE");
        }

        if (type == CellValues.Error)
        {
            return new(CellKind.Error, value);
        }

        if (type == CellValues.Date || dates.IsDate(cell.StyleIndex?.Value))
        {
            return new(CellKind.Date, value);
        }

        return new(CellKind.Number, NumberText(value));
    }

    /// <summary>The text of a shared or inline string, its runs joined; the phonetic guides of East Asian text are not its text.</summary>
    public static string TextOf(OpenXmlElement item) =>
        string.Concat(item.Descendants<SheetText>().Where(t => t.Parent is not PhoneticRun).Select(t => t.Text));

    private static CellContent TextCell(string text) => new(CellKind.Text, text.Trim());

    /// <summary>
    /// A whole number in the CSV's digits ("12", not "12.0" or "1.2E+1"); anything else as the file wrote it, for the
    /// template's rule to refuse.
    /// </summary>
    private static string NumberText(string value) =>
        double.TryParse(value, NumberStyles.Float, CultureInfo.InvariantCulture, out var number) && number == Math.Floor(number) && Math.Abs(number) < 1e15
            ? ((long)number).ToString(CultureInfo.InvariantCulture)
            : value.Trim();
}
