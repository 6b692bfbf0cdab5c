using System.Data.Common;
using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Microsoft.EntityFrameworkCore;
using OpenNrm.Web.Data;

namespace OpenNrm.Tests.Hostile;

/// <summary>
/// Every row of every table, hashed per table: two fingerprints are equal only when nothing was inserted, updated
/// or deleted in between. Tables that record the attempt itself (the audit trail, a token's last use) are left out.
/// </summary>
internal static class DatabaseFingerprint
{
    /// <summary>A refused request may still be recorded: who asked, and when a token was last used.</summary>
    private static readonly HashSet<string> Recording = new(StringComparer.OrdinalIgnoreCase) { "audit_entries", "audit_seals", "audit_pending_seals", "api_tokens", "__EFMigrationsHistory" };

    public static async Task<Dictionary<string, string>> TakeAsync(AppDbContext db)
    {
        var connection = db.Database.GetDbConnection();
        await db.Database.OpenConnectionAsync();
        try
        {
            var postgres = db.Database.IsNpgsql();
            var tables = new List<string>();
            await using (var list = connection.CreateCommand())
            {
                list.CommandText = postgres
                    // A partitioned table's rows are read through it; its partitions are not listed again.
                    ? "SELECT c.relname FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace WHERE n.nspname = current_schema() AND c.relkind IN ('r', 'p') AND NOT c.relispartition"
                    : "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'";
                await using var reader = await list.ExecuteReaderAsync();
                while (await reader.ReadAsync())
                {
                    tables.Add(reader.GetString(0));
                }
            }

            var fingerprint = new Dictionary<string, string>(StringComparer.Ordinal);
            foreach (var table in tables.Where(t => !Recording.Contains(t)).Order(StringComparer.Ordinal))
            {
                fingerprint[table] = await HashAsync(connection, table);
            }

            return fingerprint;
        }
        finally
        {
            await db.Database.CloseConnectionAsync();
        }
    }

    public static IEnumerable<string> Changed(Dictionary<string, string> before, Dictionary<string, string> after) =>
        before.Keys.Union(after.Keys).Where(t => before.GetValueOrDefault(t) != after.GetValueOrDefault(t)).Order(StringComparer.Ordinal);

    private static async Task<string> HashAsync(DbConnection connection, string table)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = $"SELECT * FROM \"{table}\"";
        await using var reader = await command.ExecuteReaderAsync();
        var rows = new List<string>();
        while (await reader.ReadAsync())
        {
            var row = new StringBuilder();
            for (var i = 0; i < reader.FieldCount; i++)
            {
                var value = reader.IsDBNull(i) ? "\u2400" : reader.GetValue(i) switch
                {
                    byte[] bytes => Convert.ToBase64String(bytes),
                    IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
                    var o => o.ToString(),
                };
                row.Append(value).Append('\u241F');
            }

            rows.Add(row.ToString());
        }

        rows.Sort(StringComparer.Ordinal);
        return Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(string.Join('\u241E', rows))));
    }
}
