using System.Data.Common;
using Microsoft.EntityFrameworkCore;
using Npgsql;
using NpgsqlTypes;
using OpenNrm.Web.Data;

namespace OpenNrm.Web.Features.Audit;

/// <summary>One entry's place in the chain, as the sealer computed it.</summary>
public readonly record struct AuditLink(Guid EntryId, long ChainIndex, string PreviousHash, string Hash);

/// <summary>
/// Writes a batch of chain links in one statement. Tracked entities would cost one UPDATE per entry, and sealing
/// is the larger part of writing the trail at volume; one set-based UPDATE per batch removes that.
/// PostgreSQL joins on unnest of four arrays; SQLite (3.33 and later) updates from a VALUES list.
/// </summary>
internal static class AuditLinkWriter
{
    /// <summary>SQLite binds at most 32,766 parameters per statement; four per link.</summary>
    public const int MaxLinksPerStatement = 8000;

    public static async Task WriteAsync(AppDbContext db, IReadOnlyList<AuditLink> links, CancellationToken ct)
    {
        foreach (var chunk in links.Chunk(MaxLinksPerStatement))
        {
            if (db.Database.IsNpgsql())
            {
                await db.Database.ExecuteSqlRawAsync(
                    """
                    UPDATE audit_entries AS a SET "ChainIndex" = v.idx, "PreviousHash" = v.prev, "Hash" = v.hash
                    FROM unnest(@ids, @idx, @prev, @hash) AS v(id, idx, prev, hash) WHERE a."Id" = v.id
                    """,
                    [
                        new NpgsqlParameter("ids", NpgsqlDbType.Array | NpgsqlDbType.Uuid) { Value = chunk.Select(l => l.EntryId).ToArray() },
                        new NpgsqlParameter("idx", NpgsqlDbType.Array | NpgsqlDbType.Bigint) { Value = chunk.Select(l => l.ChainIndex).ToArray() },
                        new NpgsqlParameter("prev", NpgsqlDbType.Array | NpgsqlDbType.Text) { Value = chunk.Select(l => l.PreviousHash).ToArray() },
                        new NpgsqlParameter("hash", NpgsqlDbType.Array | NpgsqlDbType.Text) { Value = chunk.Select(l => l.Hash).ToArray() },
                    ],
                    ct);
            }
            else
            {
                await WriteSqliteAsync(db, chunk, ct);
            }
        }
    }

    private static async Task WriteSqliteAsync(AppDbContext db, AuditLink[] links, CancellationToken ct)
    {
        var values = string.Join(',', links.Select((_, i) => $"($i{i}, $c{i}, $p{i}, $h{i})"));
        var parameters = new List<DbParameter>(links.Length * 4);
        for (var i = 0; i < links.Length; i++)
        {
            // EF stores a Guid as upper-case text on SQLite; the driver's default would bind a blob that matches nothing.
            parameters.Add(new Microsoft.Data.Sqlite.SqliteParameter($"$i{i}", links[i].EntryId.ToString().ToUpperInvariant()));
            parameters.Add(new Microsoft.Data.Sqlite.SqliteParameter($"$c{i}", links[i].ChainIndex));
            parameters.Add(new Microsoft.Data.Sqlite.SqliteParameter($"$p{i}", links[i].PreviousHash));
            parameters.Add(new Microsoft.Data.Sqlite.SqliteParameter($"$h{i}", links[i].Hash));
        }

        // Only parameter names are spliced in; every value is bound.
        var sql = "UPDATE audit_entries SET ChainIndex = v.column2, PreviousHash = v.column3, Hash = v.column4 FROM (VALUES " + values + ") AS v WHERE audit_entries.Id = v.column1";
        var updated = await db.Database.ExecuteSqlRawAsync(sql, parameters, ct);
        if (updated != links.Length)
        {
            throw new InvalidOperationException($"Sealing updated {updated} audit entries instead of {links.Length}.");
        }
    }
}
