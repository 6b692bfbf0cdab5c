using System.Data.Common;
using Microsoft.EntityFrameworkCore;
using Npgsql;
using NpgsqlTypes;
using OpenNrm.Web.Data;

namespace OpenNrm.Web.Features.Audit;

/// <summary>
/// Writes a batch of seals and removes their entries from the waiting list, in one statement per chunk.
/// Tracked entities would cost a statement per seal, and sealing is the larger part of writing the trail at
/// volume. PostgreSQL reads four arrays through unnest; SQLite takes a VALUES list.
/// </summary>
internal static class AuditSealWriter
{
    /// <summary>SQLite binds at most 32,766 parameters per statement; four per seal.</summary>
    public const int MaxSealsPerStatement = 8000;

    public static async Task WriteAsync(AppDbContext db, IReadOnlyList<AuditSeal> seals, CancellationToken ct)
    {
        foreach (var chunk in seals.Chunk(MaxSealsPerStatement))
        {
            var written = db.Database.IsNpgsql() ? await WritePostgresAsync(db, chunk, ct) : await WriteSqliteAsync(db, chunk, ct);
            // Every sealed entry was waiting: anything else means the waiting list changed under the one sealer.
            if (written != chunk.Length)
            {
                throw new InvalidOperationException($"Sealing removed {written} waiting audit entries instead of {chunk.Length}.");
            }
        }
    }

    private static Task<int> WritePostgresAsync(AppDbContext db, AuditSeal[] seals, CancellationToken ct) =>
        db.Database.ExecuteSqlRawAsync(
            """
            WITH v AS (SELECT * FROM unnest(@idx, @ids, @at, @hash) AS v(idx, id, at, hash)),
                 sealed AS (INSERT INTO audit_seals ("ChainIndex", "EntryId", "EntryAt", "Hash") SELECT idx, id, at, hash FROM v)
            DELETE FROM audit_pending_seals AS p USING v WHERE p."EntryId" = v.id
            """,
            [
                new NpgsqlParameter("idx", NpgsqlDbType.Array | NpgsqlDbType.Bigint) { Value = seals.Select(s => s.ChainIndex).ToArray() },
                new NpgsqlParameter("ids", NpgsqlDbType.Array | NpgsqlDbType.Uuid) { Value = seals.Select(s => s.EntryId).ToArray() },
                new NpgsqlParameter("at", NpgsqlDbType.Array | NpgsqlDbType.TimestampTz) { Value = seals.Select(s => s.EntryAt).ToArray() },
                new NpgsqlParameter("hash", NpgsqlDbType.Array | NpgsqlDbType.Text) { Value = seals.Select(s => s.Hash).ToArray() },
            ],
            ct);

    private static async Task<int> WriteSqliteAsync(AppDbContext db, AuditSeal[] seals, CancellationToken ct)
    {
        var parameters = new List<DbParameter>(seals.Length * 4);
        for (var i = 0; i < seals.Length; i++)
        {
            parameters.Add(new Microsoft.Data.Sqlite.SqliteParameter($"$c{i}", seals[i].ChainIndex));
            // EF stores a Guid as upper-case text on SQLite; the driver's default would bind a blob that matches nothing.
            parameters.Add(new Microsoft.Data.Sqlite.SqliteParameter($"$i{i}", seals[i].EntryId.ToString().ToUpperInvariant()));
            // Instants are UTC ticks on SQLite (AppDbContext's convention).
            parameters.Add(new Microsoft.Data.Sqlite.SqliteParameter($"$a{i}", seals[i].EntryAt.UtcTicks));
            parameters.Add(new Microsoft.Data.Sqlite.SqliteParameter($"$h{i}", seals[i].Hash));
        }

        // Only parameter names are spliced in; every value is bound. The count of changes covers both statements.
        var values = string.Join(',', seals.Select((_, i) => $"($c{i}, $i{i}, $a{i}, $h{i})"));
        var ids = string.Join(',', seals.Select((_, i) => $"$i{i}"));
        var sql = "INSERT INTO audit_seals (ChainIndex, EntryId, EntryAt, Hash) VALUES " + values + ";"
            + " DELETE FROM audit_pending_seals WHERE EntryId IN (" + ids + ")";
        // The sealer holds no transaction on SQLite while it reads; the two statements commit together here, or a
        // crash between them would leave sealed entries still waiting, to be sealed a second time.
        await using var tx = db.Database.CurrentTransaction is null ? await db.Database.BeginTransactionAsync(ct) : null;
        var changed = await db.Database.ExecuteSqlRawAsync(sql, parameters, ct);
        if (tx is not null)
        {
            await tx.CommitAsync(ct);
        }

        return changed - seals.Length;
    }
}
