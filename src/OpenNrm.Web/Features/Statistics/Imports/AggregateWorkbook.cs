using System.Globalization;
using System.IO.Compression;
using System.Xml;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using OpenNrm.Domain.Statistics.Imports;

namespace OpenNrm.Web.Features.Statistics.Imports;

/// <summary>Why a workbook could not be read at all: a localisation key and its arguments. Nothing of it was checked.</summary>
public sealed record WorkbookRefusal(string Message, IReadOnlyList<object> Arguments);

/// <summary>The rows of a workbook's first sheet as lines for the template's checks, or why the workbook cannot be read.</summary>
public sealed record WorkbookLines(IReadOnlyList<AggregateLine>? Lines, WorkbookRefusal? Refusal);

/// <summary>
/// Reads a source's figures from the first worksheet of an XLSX workbook, as the lines of the CSV template: row 1 the
/// header, then one count per row, the row numbers being the sheet's own. Shared strings, inline strings, numbers
/// and the cached values of formulas are read; a formula never computed, an error value, a date, or text where a
/// count goes is a problem of its row. Empty rows at the end are not lines; an empty row between counts is one, and
/// is reported as the CSV's blank line is. Everything after this is the CSV's code path (<see cref="AggregateLines"/>).
/// </summary>
public static class AggregateWorkbook
{
    /// <summary>
    /// What the package may hold once unpacked. A workbook of the largest accepted file (a megabyte) with the
    /// template's rows unpacks to a few megabytes; a package that unpacks to far more is not a table of counts (and
    /// may be built to exhaust the server).
    /// </summary>
    public const long MaxUnpackedBytes = 20L * 1024 * 1024;

    /// <summary>The last row a sheet may use: more lines than the largest accepted CSV file can hold.</summary>
    public const int MaxRows = 50_000;

    private static readonly int CountColumn = AggregateTemplate.Columns.Count - 1;

    public static WorkbookLines Read(byte[] content)
    {
        ArgumentNullException.ThrowIfNull(content);
        if (WorkbookSignature.IsEncryptedPackage(content))
        {
            return Refuse("The workbook is protected with a password, so its content is encrypted and cannot be read. Save a copy without a password and import that copy.");
        }

        if (WorkbookSignature.IsCompoundFile(content))
        {
            return Refuse("The file is an Excel 97-2003 workbook (.xls). Save it as an Excel Workbook (.xlsx) and import that.");
        }

        if (!WorkbookSignature.IsZip(content))
        {
            return Refuse("The file is not an XLSX workbook. Save it from the spreadsheet program as an Excel Workbook (.xlsx), or import the CSV template.");
        }

        try
        {
            if (!UnpacksWithinLimit(content))
            {
                return Refuse("The workbook holds more than {0} MB once unpacked: keep the template's sheet alone in the file.", MaxUnpackedBytes / (1024 * 1024));
            }

            using var document = SpreadsheetDocument.Open(new MemoryStream(content, writable: false), isEditable: false,
                new OpenSettings { MaxCharactersInPart = MaxUnpackedBytes });
            // A package without a workbook part is another kind of package (a document, an archive): not a workbook at all.
            if (document.WorkbookPart is not { } workbook)
            {
                return Damaged();
            }

            if (workbook.Workbook?.Sheets?.Elements<Sheet>().FirstOrDefault() is not { Id.Value: { } first })
            {
                return Refuse("The workbook has no sheet: put the figures on its first sheet.");
            }

            if (workbook.GetPartById(first) is not WorksheetPart sheet)
            {
                return Refuse("The first sheet of the workbook is not a worksheet: put the figures on the first sheet.");
            }

            return Rows(sheet, SharedStrings(workbook.SharedStringTablePart), DateStyles.Of(workbook.WorkbookStylesPart));
        }
        catch (Exception e) when (IsDamage(e))
        {
            return Damaged();
        }
    }

    private static WorkbookLines Rows(WorksheetPart sheet, IReadOnlyList<string> strings, DateStyles dates)
    {
        var lines = new List<AggregateLine>();
        long previous = 0;
        using var reader = OpenXmlReader.Create(sheet);
        while (reader.Read())
        {
            if (reader.ElementType != typeof(Row) || !reader.IsStartElement)
            {
                continue;
            }

            var row = (Row)reader.LoadCurrentElement()!;
            long number = row.RowIndex?.Value is { } index ? index : previous + 1;
            if (number <= previous)
            {
                // The format keeps rows in ascending order; a sheet that does not was not written by a spreadsheet program.
                throw new InvalidDataException($"Row {number} follows row {previous}");
            }

            previous = number;
            if (number > MaxRows)
            {
                if (Line((int)Math.Min(number, int.MaxValue), row, strings, dates).IsEmpty)
                {
                    continue;
                }

                return Refuse("The sheet has figures below row {0}: a file holds at most {0} rows.", MaxRows);
            }

            var line = Line((int)number, row, strings, dates);
            if (line.IsEmpty)
            {
                continue;
            }

            // Rows a spreadsheet program leaves out are empty rows: lines like the CSV's blank lines.
            while (lines.Count < number - 1)
            {
                lines.Add(AggregateLine.Empty(lines.Count + 1));
            }

            lines.Add(line);
        }

        return new(lines, null);
    }

    private static AggregateLine Line(int number, Row row, IReadOnlyList<string> strings, DateStyles dates)
    {
        var fields = new Dictionary<int, string?>();
        var problems = new List<AggregateProblem>();
        var column = -1;
        foreach (var cell in row.Elements<Cell>())
        {
            column = cell.CellReference?.Value is { } reference && ColumnOf(reference) is { } c ? c : column + 1;
            var content = CellContent.Of(cell, strings, dates);
            var name = column < AggregateTemplate.Columns.Count ? AggregateTemplate.Columns[column] : AggregateProblem.WholeLine;
            var address = StatisticsWorkbook.ColumnName(column) + number.ToString(CultureInfo.InvariantCulture);
            var problem = content.Kind switch
            {
                CellKind.FormulaWithoutValue => AggregateProblem.At(number, name,
                    "The cell {0} holds a formula that was never computed, so it has no value: open the workbook in a spreadsheet program, let it compute and save it, or paste the values only.",
                    address),
                CellKind.Error => AggregateProblem.At(number, name, "The cell {0} holds the error {1}: correct its formula or enter the value itself.", address,
                    content.Text),
                CellKind.Date when column == CountColumn => AggregateProblem.At(number, name,
                    "The cell {0} holds a date where a count is expected: enter the count as a number.", address),
                CellKind.Date => AggregateProblem.At(number, name, "The cell {0} holds a date; the column {1} takes the codes and digits of the template.",
                    address, name),
                // The header's count column is its name; only the rows below hold counts.
                CellKind.Text when column == CountColumn && number > 1 && content.Text.Length > 0 => AggregateProblem.At(number, name,
                    "The cell {0} holds text where a count is expected: enter the count as a number.", address),
                _ => null,
            };
            if (problem is not null)
            {
                problems.Add(problem);
                fields[column] = null;
            }
            else if (content.Text.Length > 0)
            {
                fields[column] = content.Text;
            }
        }

        if (fields.Count == 0)
        {
            return AggregateLine.Empty(number);
        }

        var values = new string?[fields.Keys.Max() + 1];
        Array.Fill(values, string.Empty);
        foreach (var (index, value) in fields)
        {
            values[index] = value;
        }

        return AggregateLine.Of(number, values, problems);
    }

    /// <summary>The zero-based column of a cell reference ("D5" is 3); null when it does not start with a column's letters.</summary>
    private static int? ColumnOf(string reference)
    {
        var column = 0;
        var letters = 0;
        foreach (var c in reference)
        {
            if (!char.IsAsciiLetterUpper(c))
            {
                break;
            }

            column = (column * 26) + (c - 'A' + 1);
            if (++letters > 3)
            {
                return null;
            }
        }

        return letters == 0 ? null : column - 1;
    }

    private static List<string> SharedStrings(SharedStringTablePart? part)
    {
        var strings = new List<string>();
        if (part is null)
        {
            return strings;
        }

        using var reader = OpenXmlReader.Create(part);
        while (reader.Read())
        {
            if (reader.ElementType == typeof(SharedStringItem) && reader.IsStartElement)
            {
                strings.Add(CellContent.TextOf(reader.LoadCurrentElement()!));
            }
        }

        return strings;
    }

    /// <summary>
    /// Unpacks every part, counting the bytes that actually come out rather than trusting the sizes the archive
    /// declares, and stops as soon as there are more than <see cref="MaxUnpackedBytes"/>.
    /// </summary>
    private static bool UnpacksWithinLimit(byte[] content)
    {
        using var zip = new ZipArchive(new MemoryStream(content, writable: false), ZipArchiveMode.Read);
        var buffer = new byte[81_920];
        long total = 0;
        foreach (var entry in zip.Entries)
        {
            if (entry.Length > MaxUnpackedBytes - total)
            {
                return false;
            }

            using var stream = entry.Open();
            int read;
            while ((read = stream.Read(buffer)) > 0)
            {
                total += read;
                if (total > MaxUnpackedBytes)
                {
                    return false;
                }
            }
        }

        return true;
    }

    /// <summary>What a damaged or foreign package throws while it is unpacked, opened or read; anything else is a fault of ours.</summary>
    private static bool IsDamage(Exception e) =>
        e is InvalidDataException or OpenXmlPackageException or FileFormatException or XmlException or IOException or NotSupportedException
            or InvalidOperationException or ArgumentException or FormatException or KeyNotFoundException or IndexOutOfRangeException;

    private static WorkbookLines Damaged() =>
        Refuse("The workbook is damaged or is not an Excel workbook, and cannot be read. Open it in the spreadsheet program, save it as an Excel Workbook (.xlsx) and import it again.");

    private static WorkbookLines Refuse(string message, params object[] arguments) => new(null, new WorkbookRefusal(message, arguments));
}
