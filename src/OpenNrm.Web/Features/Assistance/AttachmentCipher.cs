using Microsoft.AspNetCore.DataProtection;

namespace OpenNrm.Web.Features.Assistance;

/// <summary>
/// Encrypts a document's bytes at rest with the deployment's Data Protection keys (authenticated encryption), under a
/// purpose of its own and bound to the document's identifier: ciphertext copied onto another document's row, or
/// into a text column, does not decrypt.
/// </summary>
public sealed class AttachmentCipher(IDataProtectionProvider provider)
{
    private readonly IDataProtector _root = provider.CreateProtector("OpenNrm.Attachments.v1");

    public byte[] Protect(Guid attachmentId, byte[] plaintext) => For(attachmentId).Protect(plaintext);

    public byte[] Unprotect(Guid attachmentId, byte[] ciphertext) => For(attachmentId).Unprotect(ciphertext);

    private IDataProtector For(Guid attachmentId) => _root.CreateProtector(attachmentId.ToString("N"));
}
