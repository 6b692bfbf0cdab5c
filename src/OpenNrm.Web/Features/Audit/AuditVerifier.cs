using Microsoft.EntityFrameworkCore;
using OpenNrm.Web.Data;

namespace OpenNrm.Web.Features.Audit;

/// <summary>The outcome of a verification; <see cref="HeadHash"/> is the last sealed link, worth keeping elsewhere.</summary>
public sealed record AuditVerification(bool Intact, long SealedChecked, long UnsealedChecked, Guid? FirstBadEntry, string? Problem, string? HeadHash = null);

/// <summary>
/// Walks the whole trail: every sealed entry in chain order (contiguous positions, each linked to the one
/// before, each MAC valid), then every entry not yet sealed (MAC valid). Reads in pages so that a trail of a
/// hundred million rows needs constant memory.
/// </summary>
public sealed class AuditVerifier(AppDbContext db, AuditChain chain)
{
    private const int PageSize = 5000;

    public async Task<AuditVerification> VerifyAsync(CancellationToken ct = default)
    {
        long expectedIndex = 1;
        var previous = AuditChain.Genesis;
        long sealedCount = 0;
        while (true)
        {
            var from = expectedIndex;
            var page = await db.AuditEntries.AsNoTracking()
                .Where(e => e.ChainIndex >= from)
                .OrderBy(e => e.ChainIndex)
                .Take(PageSize)
                .ToListAsync(ct);
            foreach (var e in page)
            {
                var problem = e.ChainIndex != expectedIndex ? $"chain position {expectedIndex} is missing (found {e.ChainIndex})"
                    : !chain.MacIsValid(e) ? "content does not match its MAC (edited or forged)"
                    : e.PreviousHash != previous ? "link to the previous entry is broken (deleted or reordered)"
                    : e.Hash != AuditChain.Link(previous, expectedIndex, e.Mac) ? "chain hash does not match"
                    : null;
                if (problem is not null)
                {
                    return new AuditVerification(false, sealedCount, 0, e.Id, problem);
                }

                previous = e.Hash!;
                expectedIndex++;
                sealedCount++;
            }

            if (page.Count < PageSize)
            {
                break;
            }
        }

        long unsealedCount = 0;
        await foreach (var e in db.AuditEntries.AsNoTracking().Where(e => e.ChainIndex == null).AsAsyncEnumerable().WithCancellation(ct))
        {
            if (!chain.MacIsValid(e) || e.Hash is not null || e.PreviousHash is not null)
            {
                return new AuditVerification(false, sealedCount, unsealedCount, e.Id, "unsealed entry does not match its MAC (edited or forged)");
            }

            unsealedCount++;
        }

        return new AuditVerification(true, sealedCount, unsealedCount, null, null, previous);
    }
}
