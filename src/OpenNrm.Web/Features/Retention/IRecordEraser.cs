using OpenNrm.Domain.Assistance;

namespace OpenNrm.Web.Features.Retention;

/// <summary>
/// How one class of record is erased for one file. Each feature that keeps personal records registers an eraser for
/// every class it holds (see <see cref="RetentionSetup"/>); several erasers may share a class, and a class with none
/// is never purged (the retention page and the purge report name it, so the gap is visible, not silent).
/// An eraser runs inside the purge's transaction for the file, overwrites or deletes, and never decrypts: a name
/// whose key is lost must still be erasable. It returns the rows it erased or emptied, a count for the audit trail.
/// </summary>
public interface IRecordEraser
{
    RecordClass RecordClass { get; }

    Task<int> EraseAsync(Guid caseId, CancellationToken ct);
}
