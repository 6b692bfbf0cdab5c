using System.Globalization;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using OpenNrm.Domain.Statistics.Imports;

namespace OpenNrm.Web.Features.Statistics.Imports;

/// <summary>
/// A source's blank template as a workbook: the CSV template's lines on the first sheet, row for row (the header in
/// row 1), the year and the counts as numbers and the codes as text. Imported as it is, it is a valid file of zeros,
/// exactly like the CSV template.
/// </summary>
public static class WorkbookTemplate
{
    public static byte[] Build(AggregateSource source, int year)
    {
        var lines = AggregateTemplate.BlankLines(source, year).Prepend(AggregateTemplate.Columns).ToList();
        using var stream = new MemoryStream();
        using (var document = SpreadsheetDocument.Create(stream, SpreadsheetDocumentType.Workbook))
        {
            var workbook = document.AddWorkbookPart();
            workbook.Workbook = new Workbook();
            var sheet = workbook.AddNewPart<WorksheetPart>();
            var rows = lines.Select((fields, r) => new Row(fields.Select((field, c) => Cell(field, c, r))) { RowIndex = (uint)(r + 1) });
            sheet.Worksheet = new Worksheet(
                new Columns(new Column { Min = 2, Max = 2, Width = 24, CustomWidth = true }, new Column { Min = 4, Max = 4, Width = 20, CustomWidth = true }),
                new SheetData(rows));
            workbook.Workbook.AppendChild(new Sheets(new Sheet
            {
                Id = workbook.GetIdOfPart(sheet), SheetId = 1, Name = $"{AggregateSources.Code(source)} {year.ToString(CultureInfo.InvariantCulture)}",
            }));
            document.PackageProperties.Creator = "OpenNRM";
        }

        return stream.ToArray();
    }

    /// <summary>The year (column A) and the count (column E) of a line are numbers, as a person would type them; the header and the codes are text.</summary>
    private static Cell Cell(string field, int column, int row)
    {
        var reference = StatisticsWorkbook.ColumnName(column) + (row + 1).ToString(CultureInfo.InvariantCulture);
        var isNumber = row > 0 && (column == 0 || column == AggregateTemplate.Columns.Count - 1);
        return isNumber
            ? new Cell { CellReference = reference, DataType = CellValues.Number, CellValue = new CellValue(field) }
            : new Cell { CellReference = reference, DataType = CellValues.InlineString, InlineString = new InlineString(new Text(field)) };
    }
}
