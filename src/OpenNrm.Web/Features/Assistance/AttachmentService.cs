using Microsoft.AspNetCore.Http;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using OpenNrm.Domain.Assistance;
using OpenNrm.Domain.Audit;
using OpenNrm.Web.Data;
using OpenNrm.Web.Features.Access;
using OpenNrm.Web.Features.Audit;
using OpenNrm.Web.Features.Shared;

namespace OpenNrm.Web.Features.Assistance;

/// <summary>A document ready to be sent: its plaintext bytes, the type it really is, and the name it is offered under.</summary>
public sealed record AttachmentFile(byte[] Content, string ContentType, string DownloadName);

/// <summary>
/// Documents kept on a support case. A document is accepted only when its bytes are a PDF, PNG or JPEG and it is no
/// larger than the configured limit; it is stored encrypted, in the database, with its metadata and its audit entry
/// in one transaction. Every download and every list is audited with its purpose; outside the centre, 404.
/// </summary>
public sealed class AttachmentService(AppDbContext db, CurrentUser me, SupportAccess access, SupportCommandGate gate, SupportServiceViews views,
    AttachmentCipher cipher, AttachmentOptions options, AuditLog audit, TimeProvider clock, IStringLocalizer<SharedResource> localizer)
{
    public async Task<SupportResult<AttachmentView>> AddAsync(Guid id, AttachmentType? type, IFormFile? file, CancellationToken ct)
    {
        var v = new Validation(localizer)
            .Require(type is { } t && Enum.IsDefined(t), "type", "This field is required.")
            .Require(file is { Length: > 0 }, "file", "Choose a file that is not empty.")
            .Require(file is null || file.Length <= options.MaxBytes, "file", "The file is larger than the limit of {0} MB.", options.MaxMegabytes);
        if (!v.IsValid)
        {
            return SupportResults.Invalid<AttachmentView>(v);
        }

        // The declared length is the client's word; the bytes read are capped, so a lying header reads no further.
        var content = await ReadAsync(file!, ct);
        if (content is null || content.Length > options.MaxBytes)
        {
            return SupportResults.Invalid<AttachmentView>(v.Require(false, "file", "The file is larger than the limit of {0} MB.", options.MaxMegabytes));
        }

        if (AttachmentKinds.Detect(content) is not { } kind)
        {
            return SupportResults.Invalid<AttachmentView>(v.Require(false, "file",
                "Only PDF, PNG and JPEG files are accepted, recognised by their content: this file is none of them."));
        }

        var (support, failure) = await gate.OpenCaseAsync<AttachmentView>(id, ct);
        if (support is null)
        {
            return failure!;
        }

        var attachment = new SupportAttachment(Guid.CreateVersion7(), support.Id, type!.Value, AttachmentKinds.CleanName(file!.FileName), kind, content.Length,
            me.UserId!.Value, clock.GetUtcNow());
        db.Set<SupportAttachment>().Add(attachment);
        db.Set<SupportAttachmentContent>().Add(new SupportAttachmentContent(attachment.Id, cipher.Protect(attachment.Id, content)));
        audit.Record(AuditEventType.SupportAttachmentAdded, "SupportCase", support.Id.ToString(),
            details: $"attachment {attachment.Id} {attachment.Type} {attachment.Kind} {attachment.Length} bytes");
        var name = await db.Users.Where(u => u.Id == attachment.UploadedBy).Select(u => u.DisplayName).FirstOrDefaultAsync(ct) ?? string.Empty;
        return await gate.SaveAsync(() => SupportServiceViews.Attachment(attachment, name), ct);
    }

    /// <summary>The documents of a support case, newest first, without their bytes; null outside the caller's need-to-know.</summary>
    public async Task<IReadOnlyList<AttachmentView>?> ListAsync(Guid id, string? purpose, CancellationToken ct)
    {
        var support = await access.FindAsync(id, ct, tracked: false);
        if (support is null)
        {
            return null;
        }

        var list = await views.AttachmentsAsync(support.Id, ct);
        audit.Record(AuditEventType.SupportServicesViewed, "SupportCase", support.Id.ToString(), purpose: AuditLog.Purpose(purpose),
            details: $"attachments: {list.Count}");
        await db.SaveChangesAsync(ct);
        return list;
    }

    /// <summary>One document's bytes, decrypted, after its audit entry is saved; null outside the caller's need-to-know.</summary>
    public async Task<AttachmentFile?> DownloadAsync(Guid id, Guid attachmentId, string? purpose, CancellationToken ct)
    {
        var support = await access.FindAsync(id, ct, tracked: false);
        if (support is null)
        {
            return null;
        }

        var attachment = await db.Set<SupportAttachment>().AsNoTracking().FirstOrDefaultAsync(a => a.Id == attachmentId && a.SupportCaseId == support.Id, ct);
        var content = attachment is null
            ? null
            : await db.Set<SupportAttachmentContent>().AsNoTracking().FirstOrDefaultAsync(c => c.AttachmentId == attachment.Id, ct);
        if (attachment is null || content is null)
        {
            return null;
        }

        var plaintext = cipher.Unprotect(attachment.Id, content.Ciphertext);
        audit.Record(AuditEventType.SupportAttachmentDownloaded, "SupportCase", support.Id.ToString(), purpose: AuditLog.Purpose(purpose),
            details: $"attachment {attachment.Id} {attachment.Type}");
        await db.SaveChangesAsync(ct);
        return new AttachmentFile(plaintext, AttachmentKinds.ContentType(attachment.Kind), AttachmentKinds.DownloadName(attachment.FileName, attachment.Kind));
    }

    /// <summary>Reads at most one byte more than the limit: null when there is more.</summary>
    private async Task<byte[]?> ReadAsync(IFormFile file, CancellationToken ct)
    {
        await using var source = file.OpenReadStream();
        using var buffer = new MemoryStream();
        var chunk = new byte[81920];
        int read;
        while ((read = await source.ReadAsync(chunk, ct)) > 0)
        {
            buffer.Write(chunk, 0, read);
            if (buffer.Length > options.MaxBytes)
            {
                return null;
            }
        }

        return buffer.ToArray();
    }
}
