namespace OpenNrm.Web.Features.Statistics.Imports;

/// <summary>The two formats a source's file may come in; both hold the same template and go through the same checks.</summary>
public enum ImportFormat
{
    Csv,
    Xlsx,
}

/// <summary>How a file's format is named in addresses and media types, and recognised when only its name and bytes are known.</summary>
public static class ImportFormats
{
    public const string CsvMediaType = "text/csv";
    public const string XlsxMediaType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    public static string Code(ImportFormat format) => format switch
    {
        ImportFormat.Csv => "csv",
        ImportFormat.Xlsx => "xlsx",
    };

    public static string MediaType(ImportFormat format) => format switch
    {
        ImportFormat.Csv => CsvMediaType,
        ImportFormat.Xlsx => XlsxMediaType,
    };

    /// <summary>The format of a code (?format=), compared exactly after trimming; null for anything else.</summary>
    public static ImportFormat? Find(string? code) =>
        Enum.GetValues<ImportFormat>().Select(f => (ImportFormat?)f).FirstOrDefault(f => Code(f!.Value) == code?.Trim());

    /// <summary>The format a request body declares by its media type; null when it is neither.</summary>
    public static ImportFormat? OfMediaType(string? contentType) =>
        Microsoft.Net.Http.Headers.MediaTypeHeaderValue.TryParse(contentType, out var type)
            ? Enum.GetValues<ImportFormat>().Select(f => (ImportFormat?)f)
                .FirstOrDefault(f => type.MediaType.Equals(MediaType(f!.Value), StringComparison.OrdinalIgnoreCase))
            : null;

    /// <summary>
    /// The format of an uploaded file: a workbook when its first bytes are those of a package (ZIP) or of an Office
    /// container (the envelope of a password-protected or old Excel file) or when its name ends in .xlsx; CSV
    /// otherwise. The bytes come first, since a name is easily wrong; a file named .xlsx that is not a package is
    /// read as a workbook so that the person is told it is not one.
    /// </summary>
    public static ImportFormat Detect(string? fileName, ReadOnlySpan<byte> content) =>
        WorkbookSignature.IsZip(content) || WorkbookSignature.IsCompoundFile(content)
        || (fileName?.Trim().EndsWith(".xlsx", StringComparison.OrdinalIgnoreCase) ?? false)
            ? ImportFormat.Xlsx
            : ImportFormat.Csv;
}

/// <summary>The first bytes that tell a workbook from text.</summary>
public static class WorkbookSignature
{
    /// <summary>A ZIP archive, the package of every Open XML file (ISO/IEC 29500-2).</summary>
    public static bool IsZip(ReadOnlySpan<byte> content) => content.StartsWith("PK\u0003\u0004"u8) || content.StartsWith("PK\u0005\u0006"u8);

    /// <summary>
    /// A compound file (OLE2): what Excel writes for a workbook encrypted with a password (MS-OFFCRYPTO) and for the
    /// old .xls format.
    /// </summary>
    public static bool IsCompoundFile(ReadOnlySpan<byte> content) => content.StartsWith((ReadOnlySpan<byte>)[0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1]);

    /// <summary>
    /// An encrypted Open XML file is a compound file whose stream "EncryptedPackage" holds the encrypted package
    /// (MS-OFFCRYPTO 2.3.4); stream names are stored in UTF-16 in the container's directory.
    /// </summary>
    public static bool IsEncryptedPackage(ReadOnlySpan<byte> content) =>
        IsCompoundFile(content) && content.IndexOf(System.Text.Encoding.Unicode.GetBytes("EncryptedPackage")) >= 0;
}
