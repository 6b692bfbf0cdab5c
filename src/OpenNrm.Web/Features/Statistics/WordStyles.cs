using DocumentFormat.OpenXml.Wordprocessing;

namespace OpenNrm.Web.Features.Statistics;

/// <summary>
/// The styles the report uses, under Word's own ids and names (Normal, Title, heading 1-3), so that the editors'
/// Word treats them as its built-in styles: outline, navigation pane, table of contents.
/// </summary>
internal static class WordStyles
{
    public static Styles Create() => new(
        new DocDefaults(
            new RunPropertiesDefault(new RunPropertiesBaseStyle(new RunFonts { Ascii = "Calibri", HighAnsi = "Calibri", ComplexScript = "Calibri" },
                new FontSize { Val = "22" })),
            new ParagraphPropertiesDefault(new ParagraphPropertiesBaseStyle(new SpacingBetweenLines { After = "120", Line = "264", LineRule = LineSpacingRuleValues.Auto }))),
        new Style(new StyleName { Val = "Normal" }, new PrimaryStyle()) { Type = StyleValues.Paragraph, StyleId = "Normal", Default = true },
        Paragraph("Title", "Title", size: 44, outline: null),
        Paragraph("Heading1", "heading 1", size: 32, outline: 0),
        Paragraph("Heading2", "heading 2", size: 26, outline: 1),
        Paragraph("Heading3", "heading 3", size: 23, outline: 2));

    private static Style Paragraph(string id, string name, int size, int? outline)
    {
        var paragraph = new StyleParagraphProperties(new KeepNext(), new SpacingBetweenLines { Before = outline is null ? "0" : "240", After = "120" });
        if (outline is { } level)
        {
            paragraph.Append(new OutlineLevel { Val = level });
        }

        return new Style(
            new StyleName { Val = name },
            new BasedOn { Val = "Normal" },
            new NextParagraphStyle { Val = "Normal" },
            new PrimaryStyle(),
            paragraph,
            new StyleRunProperties(new Bold(), new Color { Val = "1F4E79" }, new FontSize { Val = size.ToString(System.Globalization.CultureInfo.InvariantCulture) }))
        {
            Type = StyleValues.Paragraph,
            StyleId = id,
        };
    }
}
