using System.Text;

namespace OpenNrm.Web.Features.Indicators;

/// <summary>
/// Reads an uploaded list (request body or file) as UTF-8 text without reading past the size limit, so an oversized
/// upload is refused before it is held in memory whole.
/// </summary>
public static class IndicatorListText
{
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    /// <returns>The text, or null with the problem that stops it being read.</returns>
    public static async Task<(string? Text, ImportProblem? Problem)> ReadAsync(Stream stream, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(stream);
        using var buffer = new MemoryStream();
        var chunk = new byte[16 * 1024];
        int read;
        while ((read = await stream.ReadAsync(chunk, ct)) > 0)
        {
            buffer.Write(chunk, 0, read);
            if (buffer.Length > IndicatorListJson.MaxBytes)
            {
                return (null, ImportProblem.At(ImportProblem.Document, "The list is larger than {0} KB.", IndicatorListJson.MaxBytes / 1024));
            }
        }

        try
        {
            return (StrictUtf8.GetString(buffer.GetBuffer(), 0, (int)buffer.Length), null);
        }
        catch (DecoderFallbackException)
        {
            return (null, ImportProblem.At(ImportProblem.Document, "The list is not UTF-8 text."));
        }
    }
}
