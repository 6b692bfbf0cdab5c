using Microsoft.Extensions.Configuration;

namespace OpenNrm.Web.Features.Assistance;

/// <summary>Section "OpenNrm:Assistance:Attachments": how large a document kept on a support case may be.</summary>
public sealed record AttachmentOptions
{
    public const long DefaultMaxBytes = 10 * 1024 * 1024;

    /// <summary>
    /// Room for the multipart envelope (boundaries, headers, the type field) around the file itself, so that a file of
    /// exactly the limit is accepted while the server still refuses a body that could not hold an acceptable file.
    /// </summary>
    public const long EnvelopeBytes = 64 * 1024;

    /// <summary>The largest file accepted, in bytes (default 10 MB).</summary>
    public long MaxBytes { get; init; } = DefaultMaxBytes;

    /// <summary>The request body limit of the upload endpoint and page.</summary>
    public long MaxRequestBytes => MaxBytes + EnvelopeBytes;

    /// <summary>The limit as people read it, in whole megabytes rounded up.</summary>
    public long MaxMegabytes => (MaxBytes + (1024 * 1024) - 1) / (1024 * 1024);

    public static AttachmentOptions From(IConfiguration configuration)
    {
        var max = configuration.GetSection("OpenNrm:Assistance:Attachments").GetValue<long?>("MaxBytes");
        return new AttachmentOptions { MaxBytes = max is > 0 ? max.Value : DefaultMaxBytes };
    }
}
