using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using OpenNrm.Web.Data;

namespace OpenNrm.Web.Features.Audit;

/// <summary>
/// Chains committed entries in one ordered pass. Sealing order is the order in which entries are found, not
/// their timestamps, so an entry whose transaction commits late is simply sealed in a later pass. One sealer
/// at a time: an advisory lock on PostgreSQL, and on both a unique chain index as a backstop.
/// </summary>
public sealed class AuditSealer(AppDbContext db, AuditChain chain, ILogger<AuditSealer> logger)
{
    private const int BatchSize = 2000;

    public async Task<int> SealPendingAsync(CancellationToken ct = default)
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

    private async Task<int> SealBatchAsync(CancellationToken ct)
    {
        // PostgreSQL: one sealer at a time across nodes, by an advisory lock held for the transaction. SQLite: no
        // explicit transaction (it would hold the single write lock while reading); the unique chain index makes a
        // racing second sealer fail its save instead of forking the chain, and the next pass starts from the new head.
        await using var tx = db.Database.IsNpgsql() ? await db.Database.BeginTransactionAsync(ct) : null;
        if (tx is not null)
        {
            await db.Database.ExecuteSqlRawAsync("SELECT pg_advisory_xact_lock(7140001)", ct);
        }

        var head = await db.AuditEntries.AsNoTracking()
            .Where(e => e.ChainIndex != null)
            .OrderByDescending(e => e.ChainIndex)
            .Select(e => new { e.ChainIndex, e.Hash })
            .FirstOrDefaultAsync(ct);
        var pending = await db.AuditEntries.AsNoTracking()
            .Where(e => e.ChainIndex == null)
            .OrderBy(e => e.At).ThenBy(e => e.Id)
            .Take(BatchSize)
            .ToListAsync(ct);

        var index = head?.ChainIndex ?? 0;
        var previous = head?.Hash ?? AuditChain.Genesis;
        var links = new List<AuditLink>(pending.Count);
        foreach (var entry in pending)
        {
            if (!chain.MacIsValid(entry))
            {
                // A row that was not written by the application is never sealed into the chain; verify reports it.
                logger.LogCritical("Audit entry {EntryId} has an invalid MAC and was not sealed", entry.Id);
                break;
            }

            index++;
            var hash = AuditChain.Link(previous, index, entry.Mac);
            links.Add(new AuditLink(entry.Id, index, previous, hash));
            previous = hash;
        }

        await AuditLinkWriter.WriteAsync(db, links, ct);
        if (tx is not null)
        {
            await tx.CommitAsync(ct);
        }

        return links.Count;
    }
}
