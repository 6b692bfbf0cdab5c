using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using A = DocumentFormat.OpenXml.Drawing;
using Pic = DocumentFormat.OpenXml.Drawing.Pictures;
using Wp = DocumentFormat.OpenXml.Drawing.Wordprocessing;
using Microsoft.Extensions.Localization;
using OpenNrm.Domain.Statistics;
using OpenNrm.Web.Features.Leaflet;

namespace OpenNrm.Web.Features.Statistics;

/// <summary>
/// Writes the parts of a Word document the report is made of: headings in Word's own heading styles (so the
/// editors get a navigable outline and a table of contents), paragraphs of plain text, and published tables. A
/// table carries its id as its title for assistive technology (w:tblCaption), which lets a reader or a test find
/// it again.
/// </summary>
internal sealed class WordBody(MainDocumentPart part, Body body, IStringLocalizer l)
{
    /// <summary>The width between the margins of <see cref="EndSection"/> (A4, 2 cm each side), in EMU (914,400 an inch).</summary>
    private const long TextWidthEmu = (11906L - (2 * 1134L)) * 635L;

    private uint _pictures;

    public void Title(string text) => body.Append(Styled("Title", text));

    public void Heading(int level, string text) => body.Append(Styled($"Heading{level}", text));

    public void Paragraph(string text, bool italic = false) => body.Append(new Paragraph(TextRun(text, italic: italic)));

    /// <summary>Plain text as the rapporteur wrote it: a blank line starts a paragraph, a single line break stays one.</summary>
    public void PlainText(string text)
    {
        foreach (var lines in PlainTextParagraphs.Split(text))
        {
            var paragraph = new Paragraph();
            for (var i = 0; i < lines.Count; i++)
            {
                if (i > 0)
                {
                    paragraph.Append(new Run(new Break()));
                }

                paragraph.Append(TextRun(lines[i]));
            }

            body.Append(paragraph);
        }
    }

    /// <summary>Two columns of words: a label and its value.</summary>
    public void Pairs(string caption, IReadOnlyList<(string Label, string Value)> pairs)
    {
        var table = NewTable(caption, caption, 2);
        foreach (var (label, value) in pairs)
        {
            table.Append(new TableRow(Cell(label, bold: true), Cell(value)));
        }

        body.Append(table);
    }

    /// <summary>A published table as the page shows it, with its footnotes; <paramref name="captionId"/> defaults to the table's id.</summary>
    public void Table(StatTable t, DisclosureRules rules, string? captionId = null)
    {
        ArgumentNullException.ThrowIfNull(t);
        var cross = t.Shape == TableShape.Cross;
        var columns = t.Columns.Count + 1 + (cross ? 1 : 0);
        body.Append(new Paragraph(new ParagraphProperties(new KeepNext()), TextRun(l[t.Title], bold: true)));
        var table = NewTable(captionId ?? t.Id, l[t.Title], columns);
        var header = new TableRow(new TableRowProperties(new TableHeader()), Cell(l[t.RowHeader], bold: true));
        header.Append(t.Columns.Select(c => Cell(StatisticsText.Label(c, l), bold: true, number: true)));
        if (cross)
        {
            header.Append(Cell(l["Total"], bold: true, number: true));
        }

        table.Append(header);
        foreach (var r in t.Rows)
        {
            var row = new TableRow(Cell(StatisticsText.Label(r.Label, l)));
            row.Append(r.Cells.Select(Value));
            if (cross)
            {
                row.Append(Value(r.Total ?? StatCell.Empty));
            }

            table.Append(row);
        }

        if (t.ColumnTotals is { } totals)
        {
            var row = new TableRow(Cell(l["Total"], bold: true));
            row.Append(totals.Select(Value));
            if (cross)
            {
                row.Append(Value(t.GrandTotal ?? StatCell.Empty));
            }

            table.Append(row);
        }

        body.Append(table);
        foreach (var reason in t.WithheldFor)
        {
            Paragraph(StatisticsText.Footnote(reason, rules, l), italic: true);
        }
    }

    /// <summary>
    /// A chart as a picture the width of the text, in its own paragraph kept with the table that follows; its
    /// description (alternative text) says that the table gives the same figures.
    /// </summary>
    public void Chart(ChartImage chart, string name)
    {
        ArgumentNullException.ThrowIfNull(chart);
        var image = part.AddImagePart(ImagePartType.Png);
        using (var stream = new MemoryStream(chart.Png))
        {
            image.FeedData(stream);
        }

        var id = ++_pictures;
        var (cx, cy) = (TextWidthEmu, TextWidthEmu * chart.Height / chart.Width);
        var picture = new Pic.Picture(
            new Pic.NonVisualPictureProperties(new Pic.NonVisualDrawingProperties { Id = 0U, Name = name + ".png", Description = chart.Description },
                new Pic.NonVisualPictureDrawingProperties()),
            new Pic.BlipFill(new A.Blip { Embed = part.GetIdOfPart(image) }, new A.Stretch(new A.FillRectangle())),
            new Pic.ShapeProperties(new A.Transform2D(new A.Offset { X = 0L, Y = 0L }, new A.Extents { Cx = cx, Cy = cy }),
                new A.PresetGeometry(new A.AdjustValueList()) { Preset = A.ShapeTypeValues.Rectangle }));
        var inline = new Wp.Inline(
            new Wp.Extent { Cx = cx, Cy = cy },
            new Wp.EffectExtent { LeftEdge = 0L, TopEdge = 0L, RightEdge = 0L, BottomEdge = 0L },
            new Wp.DocProperties { Id = id, Name = name, Description = chart.Description },
            new Wp.NonVisualGraphicFrameDrawingProperties(new A.GraphicFrameLocks { NoChangeAspect = true }),
            new A.Graphic(new A.GraphicData(picture) { Uri = "http://schemas.openxmlformats.org/drawingml/2006/picture" }))
        {
            DistanceFromTop = 0U, DistanceFromBottom = 0U, DistanceFromLeft = 0U, DistanceFromRight = 0U,
        };
        body.Append(new Paragraph(new ParagraphProperties(new KeepNext()), new Run(new Drawing(inline))));
    }

    /// <summary>A4 portrait with 2 cm margins: the report is printed.</summary>
    public void EndSection() => body.Append(new SectionProperties(
        new PageSize { Width = 11906U, Height = 16838U },
        new PageMargin { Top = 1134, Bottom = 1134, Left = 1134U, Right = 1134U, Header = 709U, Footer = 709U, Gutter = 0U }));

    private static TableCell Value(StatCell cell) => Cell(StatisticsText.Value(cell), number: true);

    private static Table NewTable(string caption, string description, int columns)
    {
        static BorderType Line<TBorder>()
            where TBorder : BorderType, new() => new TBorder { Val = BorderValues.Single, Size = 4U, Color = "8C959F" };

        var grid = new TableGrid();
        grid.Append(Enumerable.Range(0, columns).Select(_ => new GridColumn()));
        return new Table(
            new TableProperties(
                new TableWidth { Width = "5000", Type = TableWidthUnitValues.Pct },
                new TableBorders(Line<TopBorder>(), Line<LeftBorder>(), Line<BottomBorder>(), Line<RightBorder>(), Line<InsideHorizontalBorder>(),
                    Line<InsideVerticalBorder>()),
                new TableCaption { Val = caption },
                new TableDescription { Val = description }),
            grid);
    }

    private static TableCell Cell(string text, bool bold = false, bool number = false)
    {
        var paragraph = new Paragraph();
        if (number)
        {
            paragraph.Append(new ParagraphProperties(new Justification { Val = JustificationValues.Right }));
        }

        paragraph.Append(TextRun(text, bold));
        return new TableCell(paragraph);
    }

    private static Paragraph Styled(string style, string text) =>
        new(new ParagraphProperties(new ParagraphStyleId { Val = style }), TextRun(text));

    private static Run TextRun(string text, bool bold = false, bool italic = false)
    {
        var run = new Run();
        if (bold || italic)
        {
            var properties = new RunProperties();
            if (bold)
            {
                properties.Append(new Bold());
            }

            if (italic)
            {
                properties.Append(new Italic());
            }

            run.Append(properties);
        }

        run.Append(new Text(text) { Space = SpaceProcessingModeValues.Preserve });
        return run;
    }
}
