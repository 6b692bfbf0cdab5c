namespace OpenNrm.Web.Features.Assistance;

/// <summary>The only kinds of file a support case keeps: a scan or a document, never anything that runs.</summary>
public enum AttachmentKind
{
    Pdf,
    Png,
    Jpeg,
}

/// <summary>
/// Recognises a file by its first bytes (its signature), never by its name or the type the browser declares: a
/// program renamed "passport.pdf" is still a program. The stored type, and so the type a download is served with,
/// comes from here.
/// </summary>
public static class AttachmentKinds
{
    private static readonly byte[] Pdf = "%PDF-"u8.ToArray();
    private static readonly byte[] Png = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A];
    private static readonly byte[] Jpeg = [0xFF, 0xD8, 0xFF];

    public static AttachmentKind? Detect(ReadOnlySpan<byte> content) =>
        content.StartsWith(Pdf) ? AttachmentKind.Pdf
        : content.StartsWith(Png) ? AttachmentKind.Png
        : content.StartsWith(Jpeg) ? AttachmentKind.Jpeg
        : null;

    public static string ContentType(AttachmentKind kind) => kind switch
    {
        AttachmentKind.Pdf => "application/pdf",
        AttachmentKind.Png => "image/png",
        AttachmentKind.Jpeg => "image/jpeg",
    };

    public static string Extension(AttachmentKind kind) => kind switch
    {
        AttachmentKind.Pdf => ".pdf",
        AttachmentKind.Png => ".png",
        AttachmentKind.Jpeg => ".jpg",
    };

    /// <summary>
    /// The name a download is offered under: the uploaded name without its folders, control characters or extension,
    /// followed by the extension of what the file really is.
    /// </summary>
    public static string DownloadName(string storedName, AttachmentKind kind)
    {
        var stem = Path.GetFileNameWithoutExtension(storedName);
        return (string.IsNullOrWhiteSpace(stem) ? "document" : stem) + Extension(kind);
    }

    /// <summary>The uploaded name as it is kept: no folders, no control characters, at most the column's length.</summary>
    public static string CleanName(string? uploaded)
    {
        var name = Path.GetFileName((uploaded ?? string.Empty).Replace('\\', '/'));
        name = new string([.. name.Where(c => !char.IsControl(c))]).Trim();
        if (name.Length == 0)
        {
            return "document";
        }

        return name.Length <= SupportServiceLimits.FileName ? name : name[^SupportServiceLimits.FileName..];
    }
}
