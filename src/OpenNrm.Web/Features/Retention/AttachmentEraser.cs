using Microsoft.EntityFrameworkCore;
using OpenNrm.Domain.Assistance;
using OpenNrm.Web.Data;
using OpenNrm.Web.Features.Assistance;

namespace OpenNrm.Web.Features.Retention;

/// <summary>
/// Deletes a file's documents (identity papers, certificates, consent forms) with their encrypted bytes. Nothing
/// counts documents, and an encrypted scan kept after its period is still a scan of a passport: deleting, not
/// overwriting, is the only erasure. The bytes go first, since they point at the document.
/// </summary>
public sealed class AttachmentEraser(AppDbContext db) : IRecordEraser
{
    public RecordClass RecordClass => RecordClass.Attachment;

    public async Task<int> EraseAsync(Guid caseId, CancellationToken ct)
    {
        var supports = db.SupportCases.Where(s => s.CaseId == caseId).Select(s => s.Id);
        var attachments = db.Set<SupportAttachment>().Where(a => supports.Contains(a.SupportCaseId));
        await db.Set<SupportAttachmentContent>().Where(c => attachments.Select(a => a.Id).Contains(c.AttachmentId)).ExecuteDeleteAsync(ct);
        return await attachments.ExecuteDeleteAsync(ct);
    }
}
