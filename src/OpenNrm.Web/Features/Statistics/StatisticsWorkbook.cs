using System.Globalization;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using Microsoft.Extensions.Localization;
using OpenNrm.Domain.Statistics;

namespace OpenNrm.Web.Features.Statistics;

/// <summary>
/// Every published table of a year as a workbook: a contents sheet with the reproducibility stamp, then one sheet
/// per table in the order of report.csv. Each sheet carries the codes of report.csv (column A for rows, row 7 for
/// columns, under the words of row 6), so a sheet can be checked line by line against the file. A withheld
/// cell holds the text "c", never a number, exactly as the CSV flags it.
/// </summary>
public static class StatisticsWorkbook
{
    public const string ContentsSheet = "Contents";

    private const uint Bold = 1;
    private const uint Withheld = 2;

    public static byte[] Build(StatisticsReport report, DisclosureRules rules, IStringLocalizer l)
    {
        ArgumentNullException.ThrowIfNull(report);
        ArgumentNullException.ThrowIfNull(rules);
        ArgumentNullException.ThrowIfNull(l);
        var tables = report.Tables.ToList();
        using var stream = new MemoryStream();
        using (var document = SpreadsheetDocument.Create(stream, SpreadsheetDocumentType.Workbook))
        {
            var workbook = document.AddWorkbookPart();
            workbook.Workbook = new Workbook();
            workbook.AddNewPart<WorkbookStylesPart>().Stylesheet = Styles();
            var sheets = workbook.Workbook.AppendChild(new Sheets());
            var names = tables.Select((t, i) => SheetName(i + 1, t.Id)).ToList();
            AddSheet(workbook, sheets, ContentsSheet, Contents(report, tables, names, l));
            for (var i = 0; i < tables.Count; i++)
            {
                AddSheet(workbook, sheets, names[i], TableRows(tables[i], rules, l));
            }

            document.PackageProperties.Title = l["Published tables {0}", report.Year];
            document.PackageProperties.Creator = "OpenNRM";
        }

        return stream.ToArray();
    }

    /// <summary>Sheet names are limited to 31 characters and must be unique: the table's position makes them so.</summary>
    public static string SheetName(int position, string tableId)
    {
        var name = $"{position:D2} {tableId}";
        return name.Length <= 31 ? name : name[..31];
    }

    private static List<Row> Contents(StatisticsReport report, List<StatTable> tables, List<string> names, IStringLocalizer l)
    {
        var stamp = report.Stamp;
        var rows = new List<List<Cell?>>
        {
            new() { Text(l["Published tables {0}", report.Year], Bold) },
            new() { Text(l["Snapshot of the records"]), Text(stamp.SnapshotAt.ToUniversalTime().ToString("yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture) + " UTC") },
            new() { Text(l["SHA-256 of the published tables (report.csv)"]), Text(stamp.Sha256) },
            new() { Text(l["Version of the definitions"]), Text(stamp.DefinitionsVersion) },
            new() { Text(l["Disclosure control"]), Text(StatisticsText.Disclosure(stamp.Rules, l, flagsOnly: true)) },
            new(),
            new() { Text(l["Sheet"], Bold), Text(l["Table"], Bold), Text(l["Indicator"], Bold), Text(l["Title"], Bold) },
        };
        rows.AddRange(tables.Select((t, i) => new List<Cell?> { Text(names[i]), Text(t.Id), Text(t.Indicator ?? string.Empty), Text(l[t.Title]) }));
        return Numbered(rows);
    }

    private static List<Row> TableRows(StatTable t, DisclosureRules rules, IStringLocalizer l)
    {
        var cross = t.Shape == TableShape.Cross;
        List<Cell?> words = [Text(l["Code"], Bold), Text(l[t.RowHeader], Bold), .. t.Columns.Select(c => Text(StatisticsText.Label(c, l), Bold)), .. cross ? [Text(l["Total"], Bold)] : Array.Empty<Cell?>()];
        List<Cell?> codes = [null, null, .. t.Columns.Select(c => Text(c.Code)), .. cross ? [Text(EurostatCodes.Total)] : Array.Empty<Cell?>()];
        var rows = new List<List<Cell?>>
        {
            new() { Text(l[t.Title], Bold) },
            new() { Text(l["Table"]), Text(t.Id) },
            new() { Text(l["Indicator"]), Text(t.Indicator ?? string.Empty) },
            new() { Text(l["Unit"]), Text(t.Unit.Length == 0 ? string.Empty : l[t.Unit]) },
            new(),
            words,
            codes,
        };
        foreach (var r in t.Rows)
        {
            rows.Add([Text(r.Label.Code), Text(StatisticsText.Label(r.Label, l)), .. r.Cells.Select(Value), .. cross ? [Value(r.Total ?? StatCell.Empty)] : Array.Empty<Cell?>()]);
        }

        if (t.ColumnTotals is { } totals)
        {
            rows.Add([Text(EurostatCodes.Total, Bold), Text(l["Total"], Bold), .. totals.Select(Value), .. cross ? [Value(t.GrandTotal ?? StatCell.Empty)] : Array.Empty<Cell?>()]);
        }

        if (t.WithheldFor.Count > 0)
        {
            rows.Add([]);
            rows.AddRange(t.WithheldFor.Select(reason => new List<Cell?> { Text(StatisticsText.Footnote(reason, rules, l, flagsOnly: true)) }));
        }

        return Numbered(rows);
    }

    /// <summary>A published value as a number; a withheld one as the flag "c"; no value at all as an empty cell.</summary>
    private static Cell? Value(StatCell cell) => cell switch
    {
        { Withheld: not null } => Text(PublishedCell.ConfidentialFlag, Withheld),
        { Value: { } v } => new Cell { DataType = CellValues.Number, CellValue = new CellValue(v.ToString(CultureInfo.InvariantCulture)) },
        _ => null,
    };

    private static Cell Text(string text, uint style = 0) =>
        new() { DataType = CellValues.InlineString, InlineString = new InlineString(new Text(text) { Space = SpaceProcessingModeValues.Preserve }), StyleIndex = style == 0 ? null : style };

    private static List<Row> Numbered(List<List<Cell?>> lines)
    {
        var rows = new List<Row>();
        for (var r = 0; r < lines.Count; r++)
        {
            var index = (uint)(r + 1);
            var row = new Row { RowIndex = index };
            for (var c = 0; c < lines[r].Count; c++)
            {
                if (lines[r][c] is { } cell)
                {
                    cell.CellReference = ColumnName(c) + index.ToString(CultureInfo.InvariantCulture);
                    row.Append(cell);
                }
            }

            rows.Add(row);
        }

        return rows;
    }

    /// <summary>A, B, …, Z, AA, AB, …: the column of a zero-based index.</summary>
    public static string ColumnName(int index)
    {
        var name = string.Empty;
        for (var n = index + 1; n > 0; n = (n - 1) / 26)
        {
            name = (char)('A' + ((n - 1) % 26)) + name;
        }

        return name;
    }

    private static void AddSheet(WorkbookPart workbook, Sheets sheets, string name, List<Row> rows)
    {
        var part = workbook.AddNewPart<WorksheetPart>();
        part.Worksheet = new Worksheet(
            new Columns(new Column { Min = 1, Max = 1, Width = 18, CustomWidth = true }, new Column { Min = 2, Max = 2, Width = 48, CustomWidth = true }),
            new SheetData(rows));
        sheets.Append(new Sheet { Id = workbook.GetIdOfPart(part), SheetId = (uint)(sheets.ChildElements.Count + 1), Name = name });
    }

    /// <summary>The smallest stylesheet with a bold font and a grey fill for withheld cells; the first two fills are required by the format.</summary>
    private static Stylesheet Styles() => new(
        new Fonts(new Font(new FontSize { Val = 11 }, new FontName { Val = "Calibri" }), new Font(new DocumentFormat.OpenXml.Spreadsheet.Bold(), new FontSize { Val = 11 }, new FontName { Val = "Calibri" })) { Count = 2 },
        new Fills(
            new Fill(new PatternFill { PatternType = PatternValues.None }),
            new Fill(new PatternFill { PatternType = PatternValues.Gray125 }),
            new Fill(new PatternFill(new ForegroundColor { Rgb = "FFE4E7EB" }) { PatternType = PatternValues.Solid })) { Count = 3 },
        new Borders(new Border(new LeftBorder(), new RightBorder(), new TopBorder(), new BottomBorder(), new DiagonalBorder())) { Count = 1 },
        new CellStyleFormats(new CellFormat { NumberFormatId = 0, FontId = 0, FillId = 0, BorderId = 0 }) { Count = 1 },
        new CellFormats(
            new CellFormat { NumberFormatId = 0, FontId = 0, FillId = 0, BorderId = 0, FormatId = 0 },
            new CellFormat { NumberFormatId = 0, FontId = 1, FillId = 0, BorderId = 0, FormatId = 0, ApplyFont = true },
            new CellFormat(new Alignment { Horizontal = HorizontalAlignmentValues.Right }) { NumberFormatId = 0, FontId = 0, FillId = 2, BorderId = 0, FormatId = 0, ApplyFill = true, ApplyAlignment = true })
        { Count = 3 });
}
