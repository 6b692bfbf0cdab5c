using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace OpenNrm.Tests.Infrastructure;

/// <summary>One cell of a test workbook, written the way spreadsheet programs write that kind of value.</summary>
public abstract record TestCell
{
    /// <summary>Text kept once in the shared string table, as Excel writes typed text.</summary>
    public sealed record Shared(string Text) : TestCell;

    /// <summary>Text inside the cell, as many generating programs write it.</summary>
    public sealed record Inline(string Text) : TestCell;

    public sealed record Number(string Value) : TestCell;

    /// <summary>A number shown with the built-in date format 14 (a date is a number of days).</summary>
    public sealed record Date(string Serial) : TestCell;

    /// <summary>A formula with the value the program computed, or without one when it never computed it.</summary>
    public sealed record Formula(string Expression, string? Cached) : TestCell;

    public sealed record Error(string Code) : TestCell;

    /// <summary>A cell with a style and no value, as programs leave formatted blanks.</summary>
    public sealed record Blank : TestCell;
}

/// <summary>Builds XLSX workbooks cell by cell with DocumentFormat.OpenXml, to send to the import as a source would.</summary>
public static class TestWorkbook
{
    /// <summary>A workbook whose first sheet holds the rows, keyed by their row number (1 is the header).</summary>
    public static byte[] Build(IReadOnlyDictionary<int, TestCell[]> rows, string? secondSheetText = null)
    {
        using var stream = new MemoryStream();
        using (var document = SpreadsheetDocument.Create(stream, SpreadsheetDocumentType.Workbook))
        {
            var workbook = document.AddWorkbookPart();
            workbook.Workbook = new Workbook();
            workbook.AddNewPart<WorkbookStylesPart>().Stylesheet = new Stylesheet(
                new Fonts(new Font()) { Count = 1 },
                new Fills(new Fill(new PatternFill { PatternType = PatternValues.None }), new Fill(new PatternFill { PatternType = PatternValues.Gray125 })) { Count = 2 },
                new Borders(new Border()) { Count = 1 },
                new CellStyleFormats(new CellFormat()) { Count = 1 },
                new CellFormats(new CellFormat { NumberFormatId = 0 }, new CellFormat { NumberFormatId = 14, ApplyNumberFormat = true }) { Count = 2 });
            var shared = new List<string>();
            var sheet = workbook.AddNewPart<WorksheetPart>();
            sheet.Worksheet = new Worksheet(new SheetData(rows.OrderBy(r => r.Key).Select(r =>
                new Row(r.Value.Select((cell, c) => Cell(cell, $"{(char)('A' + c)}{r.Key}", shared))) { RowIndex = (uint)r.Key })));
            workbook.AddNewPart<SharedStringTablePart>().SharedStringTable = new SharedStringTable(shared.Select(s => new SharedStringItem(new Text(s))));
            var sheets = workbook.Workbook.AppendChild(new Sheets(new Sheet { Id = workbook.GetIdOfPart(sheet), SheetId = 1, Name = "Figures" }));
            if (secondSheetText is not null)
            {
                var notes = workbook.AddNewPart<WorksheetPart>();
                notes.Worksheet = new Worksheet(new SheetData(new Row(new Cell { CellReference = "A1", DataType = CellValues.InlineString, InlineString = new InlineString(new Text(secondSheetText)) }) { RowIndex = 1 }));
                sheets.Append(new Sheet { Id = workbook.GetIdOfPart(notes), SheetId = 2, Name = "Notes" });
            }
        }

        return stream.ToArray();
    }

    /// <summary>The lines of a CSV text as a workbook: codes as shared strings, the year and the count as numbers.</summary>
    public static byte[] FromCsv(string csv)
    {
        var rows = csv.Split('\n', StringSplitOptions.RemoveEmptyEntries)
            .Select((line, i) => (Number: i + 1, Cells: line.TrimEnd('\r').Split(',')
                .Select((field, c) => i > 0 && (c == 0 || c == 4) ? (TestCell)new TestCell.Number(field) : new TestCell.Shared(field)).ToArray()))
            .ToDictionary(r => r.Number, r => r.Cells);
        return Build(rows);
    }

    private static Cell Cell(TestCell cell, string reference, List<string> shared) => cell switch
    {
        TestCell.Shared s => new Cell { CellReference = reference, DataType = CellValues.SharedString, CellValue = new CellValue(Index(shared, s.Text).ToString(System.Globalization.CultureInfo.InvariantCulture)) },
        TestCell.Inline i => new Cell { CellReference = reference, DataType = CellValues.InlineString, InlineString = new InlineString(new Text(i.Text)) },
        TestCell.Number n => new Cell { CellReference = reference, CellValue = new CellValue(n.Value) },
        TestCell.Date d => new Cell { CellReference = reference, StyleIndex = 1, CellValue = new CellValue(d.Serial) },
        TestCell.Formula f => new Cell { CellReference = reference, CellFormula = new CellFormula(f.Expression), CellValue = f.Cached is null ? null : new CellValue(f.Cached) },
        TestCell.Error e => new Cell { CellReference = reference, DataType = CellValues.Error, CellFormula = new CellFormula("1/0"), CellValue = new CellValue(e.Code) },
        TestCell.Blank => new Cell { CellReference = reference, StyleIndex = 1 },
        _ => throw new ArgumentOutOfRangeException(nameof(cell)),
    };

    private static int Index(List<string> shared, string text)
    {
        var i = shared.IndexOf(text);
        if (i < 0)
        {
            shared.Add(text);
            i = shared.Count - 1;
        }

        return i;
    }
}
