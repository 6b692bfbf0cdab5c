using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using OpenNrm.Web.Data;

namespace OpenNrm.Web.Features.Audit;

/// <summary>
/// Chains committed entries in one ordered pass. Sealing order is the order in which entries are found, not
/// their timestamps, so an entry whose transaction commits late is simply sealed in a later pass. One sealer
/// at a time: in the process by a lock (the sealing job and a generator's own sealing), across nodes by an advisory
/// lock on PostgreSQL, and on both across processes by the chain position as the seals' primary key.
/// </summary>
public sealed class AuditSealer(AppDbContext db, AuditChain chain, ILogger<AuditSealer> logger)
{
    private const int BatchSize = 2000;

    // Without it, the job's pass and a demo population's sealing in the same server would race on SQLite, and the
    // loser's save would fail on the primary key.
    private static readonly SemaphoreSlim OneInThisProcess = new(1, 1);

    public async Task<int> SealPendingAsync(CancellationToken ct = default)
    {
        await OneInThisProcess.WaitAsync(ct);
        try
        {
            var total = 0;
            while (true)
            {
                var sealedNow = await SealBatchAsync(ct);
                total += sealedNow;
                if (sealedNow < BatchSize)
                {
                    return total;
                }
            }
        }
        finally
        {
            OneInThisProcess.Release();
        }
    }

    private async Task<int> SealBatchAsync(CancellationToken ct)
    {
        // PostgreSQL: one sealer at a time across nodes, by an advisory lock held for the transaction. SQLite: no
        // explicit transaction (it would hold the single write lock while reading); the seals' primary key makes a
        // racing second sealer fail its save instead of forking the chain, and the next pass starts from the new head.
        await using var tx = db.Database.IsNpgsql() ? await db.Database.BeginTransactionAsync(ct) : null;
        if (tx is not null)
        {
            // Without JIT: the waiting list's join reaches every year's partition, so a list of a thousand entries
            // is costed above PostgreSQL's JIT threshold, and compiling the query took 0.75 s of a core for a read
            // of 11 ms, every two seconds under load, on each node (docs/benchmarks.md, sixth run). Set here rather
            // than in the connection string: a pooler in transaction mode refuses a connection's startup options.
            await db.Database.ExecuteSqlRawAsync("SELECT pg_advisory_xact_lock(7140001); SET LOCAL jit = off", ct);
        }

        var head = await db.AuditSeals.AsNoTracking()
            .OrderByDescending(s => s.ChainIndex)
            .Select(s => new { s.ChainIndex, s.Hash })
            .FirstOrDefaultAsync(ct);
        // Waiting entries in identifier order: version 7 identifiers follow the clock, and the waiting list's
        // primary key gives that order without sorting however many entries wait (a bulk load leaves millions).
        var pending = await (
                from p in db.PendingSeals.AsNoTracking()
                orderby p.EntryId
                join e in db.AuditEntries.AsNoTracking() on new { Id = p.EntryId, At = p.EntryAt } equals new { e.Id, e.At }
                select e)
            .Take(BatchSize)
            .ToListAsync(ct);

        var index = head?.ChainIndex ?? 0;
        var previous = head?.Hash ?? AuditChain.Genesis;
        var seals = new List<AuditSeal>(pending.Count);
        foreach (var entry in pending)
        {
            if (!chain.MacIsValid(entry))
            {
                // A row that was not written by the application is never sealed into the chain; verify reports it.
                logger.LogCritical("Audit entry {EntryId} has an invalid MAC and was not sealed", entry.Id);
                break;
            }

            index++;
            previous = AuditChain.Link(previous, index, entry.Mac);
            seals.Add(new AuditSeal(index, entry.Id, entry.At, previous));
        }

        await AuditSealWriter.WriteAsync(db, seals, ct);
        if (tx is not null)
        {
            await tx.CommitAsync(ct);
        }

        return seals.Count;
    }
}
