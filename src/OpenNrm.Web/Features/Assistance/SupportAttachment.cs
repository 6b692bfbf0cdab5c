using OpenNrm.Domain.Assistance;

namespace OpenNrm.Web.Features.Assistance;

/// <summary>
/// A document kept on a support case: what it is, what its bytes really are, and who added it. The bytes themselves
/// are in <see cref="SupportAttachmentContent"/>, so that listing the documents never reads them. Documents are not
/// edited: a new scan is a new document.
/// </summary>
public sealed class SupportAttachment
{
    private SupportAttachment()
    {
        FileName = string.Empty;
    }

    public SupportAttachment(Guid id, Guid supportCaseId, AttachmentType type, string fileName, AttachmentKind kind, long length, Guid uploadedBy,
        DateTimeOffset uploadedAt)
    {
        Id = id;
        SupportCaseId = supportCaseId;
        Type = type;
        FileName = fileName;
        Kind = kind;
        Length = length;
        UploadedBy = uploadedBy;
        UploadedAt = uploadedAt;
    }

    public Guid Id { get; private set; }

    public Guid SupportCaseId { get; private set; }

    public AttachmentType Type { get; private set; }

    /// <summary>The name it was uploaded under ("passport-anna.pdf" says whose it is): encrypted at rest.</summary>
    public string FileName { get; private set; }

    /// <summary>What the bytes are, recognised from their signature.</summary>
    public AttachmentKind Kind { get; private set; }

    public long Length { get; private set; }

    public Guid UploadedBy { get; private set; }

    public DateTimeOffset UploadedAt { get; private set; }
}

/// <summary>The encrypted bytes of one document (<see cref="AttachmentCipher"/>); the plaintext is never stored.</summary>
public sealed class SupportAttachmentContent
{
    private SupportAttachmentContent()
    {
        Ciphertext = [];
    }

    public SupportAttachmentContent(Guid attachmentId, byte[] ciphertext)
    {
        AttachmentId = attachmentId;
        Ciphertext = ciphertext;
    }

    public Guid AttachmentId { get; private set; }

    public byte[] Ciphertext { get; private set; }
}
