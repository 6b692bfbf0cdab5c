namespace OpenNrm.Web.Features.Leaflet;

/// <summary>
/// How a plain-text leaflet is laid out: a blank line starts a new paragraph, a single line break stays a line
/// break. The pieces are text only; the page encodes each one, so nothing in the text can become markup.
/// </summary>
public static class PlainTextParagraphs
{
    public static IReadOnlyList<IReadOnlyList<string>> Split(string text)
    {
        var paragraphs = new List<IReadOnlyList<string>>();
        var current = new List<string>();
        foreach (var raw in Normalise(text).Split('\n'))
        {
            var line = raw.TrimEnd();
            if (line.Length == 0)
            {
                Close();
                continue;
            }

            current.Add(line);
        }

        Close();
        return paragraphs;

        void Close()
        {
            if (current.Count > 0)
            {
                paragraphs.Add(current);
                current = [];
            }
        }
    }

    /// <summary>Browsers send line breaks as CR LF; one kind of line break is stored.</summary>
    public static string Normalise(string text) => text.Replace("\r\n", "\n", StringComparison.Ordinal).Replace('\r', '\n');
}
