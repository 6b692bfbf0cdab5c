using Microsoft.EntityFrameworkCore;
using OpenNrm.Domain.Assistance;
using OpenNrm.Web.Data;

namespace OpenNrm.Web.Features.Retention;

/// <summary>Deletes a file's consent records: once the period has passed they prove nothing anyone still relies on.</summary>
public sealed class ConsentEraser(AppDbContext db) : IRecordEraser
{
    public RecordClass RecordClass => RecordClass.ConsentRecord;

    public Task<int> EraseAsync(Guid caseId, CancellationToken ct)
    {
        var supports = db.SupportCases.Where(s => s.CaseId == caseId).Select(s => s.Id);
        return db.SupportConsents.Where(c => supports.Contains(c.SupportCaseId)).ExecuteDeleteAsync(ct);
    }
}
