using Microsoft.EntityFrameworkCore;
using OpenNrm.Domain.Assistance;
using OpenNrm.Web.Data;

namespace OpenNrm.Web.Features.Retention;

/// <summary>
/// Deletes a file's notes of one sensitivity: general notes are <see cref="RecordClass.CaseNote"/>, care notes
/// (medical, psychological) <see cref="RecordClass.MedicalNote"/>, each with its own period. Nothing counts notes.
/// </summary>
public sealed class CaseNoteEraser(AppDbContext db, RecordClass recordClass, NoteSensitivity sensitivity) : IRecordEraser
{
    public RecordClass RecordClass => recordClass;

    public Task<int> EraseAsync(Guid caseId, CancellationToken ct)
    {
        var supports = db.SupportCases.Where(s => s.CaseId == caseId).Select(s => s.Id);
        return db.SupportNotes.Where(n => n.Sensitivity == sensitivity && supports.Contains(n.SupportCaseId)).ExecuteDeleteAsync(ct);
    }
}
