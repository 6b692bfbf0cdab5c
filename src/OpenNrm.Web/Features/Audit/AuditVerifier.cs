using System.Data;
using System.Data.Common;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using OpenNrm.Web.Data;

namespace OpenNrm.Web.Features.Audit;

/// <summary>The outcome of a verification; <see cref="HeadHash"/> is the last sealed link, worth keeping elsewhere.</summary>
public sealed record AuditVerification(bool Intact, long SealedChecked, long UnsealedChecked, Guid? FirstBadEntry, string? Problem, string? HeadHash = null);

/// <summary>
/// Walks the whole trail in one snapshot: every seal in chain order (contiguous positions, each hash linking the
/// one before, each entry present with a valid MAC), then every entry waiting for its seal (MAC valid), then
/// checks that no entry is neither sealed nor waiting (one written behind the application's back). Reads in pages
/// so that a trail of a hundred million rows needs constant memory.
/// </summary>
public sealed class AuditVerifier(AppDbContext db, AuditChain chain)
{
    private const int PageSize = 5000;

    public async Task<AuditVerification> VerifyAsync(CancellationToken ct = default)
    {
        var snapshot = await BeginSnapshotAsync(ct);
        try
        {
            return await VerifyInSnapshotAsync(ct);
        }
        finally
        {
            // The context may be used after the walk (a restore records itself): it must not keep the ended snapshot.
            await db.Database.UseTransactionAsync(null, CancellationToken.None);
            await snapshot.DisposeAsync();
            await db.Database.CloseConnectionAsync();
        }
    }

    private async Task<AuditVerification> VerifyInSnapshotAsync(CancellationToken ct)
    {
        var (sealedCount, previous, broken) = await VerifySealedAsync(ct);
        if (broken is not null)
        {
            return broken;
        }

        long waitingCount = 0;
        var waiting = from p in db.PendingSeals.AsNoTracking()
                      join e in db.AuditEntries.AsNoTracking() on new { Id = p.EntryId, At = p.EntryAt } equals new { e.Id, e.At } into found
                      from e in found.DefaultIfEmpty()
                      select new { p.EntryId, Entry = e, Sealed = db.AuditSeals.Any(s => s.EntryId == p.EntryId) };
        await foreach (var w in waiting.AsAsyncEnumerable().WithCancellation(ct))
        {
            var problem = w.Entry is null ? "an entry waiting for its seal is missing (deleted, or its time edited)"
                : !chain.MacIsValid(w.Entry) ? "unsealed entry does not match its MAC (edited or forged)"
                : w.Sealed ? "a sealed entry is also listed as waiting (the waiting list was edited)"
                : null;
            if (problem is not null)
            {
                return new AuditVerification(false, sealedCount, waitingCount, w.EntryId, problem);
            }

            waitingCount++;
        }

        var stray = await StrayEntryAsync(sealedCount + waitingCount, ct);
        return stray is { } id
            ? new AuditVerification(false, sealedCount, waitingCount, id, "entry is neither sealed nor waiting for its seal (inserted behind the application's back)")
            : new AuditVerification(true, sealedCount, waitingCount, null, null, previous);
    }

    private async Task<(long Count, string Head, AuditVerification? Broken)> VerifySealedAsync(CancellationToken ct)
    {
        long expectedIndex = 1;
        var previous = AuditChain.Genesis;
        while (true)
        {
            var start = expectedIndex;
            var page = await (
                    from s in db.AuditSeals.AsNoTracking()
                    where s.ChainIndex >= start
                    orderby s.ChainIndex
                    join e in db.AuditEntries.AsNoTracking() on new { Id = s.EntryId, At = s.EntryAt } equals new { e.Id, e.At } into found
                    from e in found.DefaultIfEmpty()
                    select new { Seal = s, Entry = e })
                .Take(PageSize)
                .ToListAsync(ct);
            foreach (var (seal, entry) in page.Select(p => (p.Seal, p.Entry)))
            {
                var problem = seal.ChainIndex != expectedIndex ? $"chain position {expectedIndex} is missing (found {seal.ChainIndex})"
                    : entry is null ? $"the entry sealed at chain position {expectedIndex} is missing (deleted, or its time edited)"
                    : !chain.MacIsValid(entry) ? "content does not match its MAC (edited or forged)"
                    : seal.Hash != AuditChain.Link(previous, expectedIndex, entry.Mac) ? "chain hash does not match (reordered or re-sealed)"
                    : null;
                if (problem is not null)
                {
                    return (expectedIndex - 1, previous, new AuditVerification(false, expectedIndex - 1, 0, seal.EntryId, problem));
                }

                previous = seal.Hash;
                expectedIndex++;
            }

            if (page.Count < PageSize)
            {
                return (expectedIndex - 1, previous, null);
            }
        }
    }

    /// <summary>
    /// One snapshot for the whole walk, so that entries written or sealed meanwhile cannot make the counts disagree.
    /// SQLite: a deferred transaction, which reads a snapshot without taking the single write lock from the server.
    /// </summary>
    private async Task<DbTransaction> BeginSnapshotAsync(CancellationToken ct)
    {
        await db.Database.OpenConnectionAsync(ct);
        var connection = db.Database.GetDbConnection();
        DbTransaction tx = connection is SqliteConnection sqlite
            ? sqlite.BeginTransaction(deferred: true)
            : await connection.BeginTransactionAsync(IsolationLevel.RepeatableRead, ct);
        await db.Database.UseTransactionAsync(tx, ct);
        return tx;
    }

    /// <summary>
    /// Counting first keeps an intact trail at one pass over the entries; only when the count disagrees is the
    /// entry that is neither sealed nor waiting searched for, to be named.
    /// </summary>
    private async Task<Guid?> StrayEntryAsync(long accounted, CancellationToken ct)
    {
        if (await db.AuditEntries.LongCountAsync(ct) == accounted)
        {
            return null;
        }

        return await db.AuditEntries.AsNoTracking()
            .Where(e => !db.AuditSeals.Any(s => s.EntryId == e.Id) && !db.PendingSeals.Any(p => p.EntryId == e.Id))
            .OrderBy(e => e.Id)
            .Select(e => (Guid?)e.Id)
            .FirstOrDefaultAsync(ct);
    }
}
