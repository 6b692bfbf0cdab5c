using System.Data.Common;
using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Microsoft.Data.Sqlite;
using Npgsql;
using OpenNrm.Domain.Audit;
using OpenNrm.Tests.Durability;
using OpenNrm.Tests.Infrastructure;

namespace OpenNrm.Tests;

/// <summary>
/// backup then restore, as an operator runs them (the real executable), into a new database of the same provider:
/// every table holds the same rows, the restore is on the audit trail, the trail verifies; an existing database is
/// replaced only with --force.
/// </summary>
public abstract class BackupRestoreTests(Provider provider)
{
    private const int Restored = (int)AuditEventType.BackupRestored;

    [Fact]
    public async Task A_backup_restored_into_a_new_database_holds_the_same_rows_and_its_audit_trail_verifies()
    {
        using var source = Installation.Create(provider);
        var file = await GeneratedBackupAsync(source, persons: 40);
        // The backup's own audit entry is still unsealed in both; sealing it here seals it as the restore will.
        await Succeeds(source.RunAsync("audit", "verify"));
        var expected = await FingerprintAsync(source);
        Assert.True(expected["audit_entries"].Rows > 100, "The source holds too little to prove anything.");

        using var target = source.Sibling();
        var restore = await Succeeds(target.RunAsync("restore", "--from", file));
        Assert.Contains("Audit trail intact", restore, StringComparison.Ordinal);
        Assert.Equal(expected, await FingerprintAsync(target));
        Assert.Equal(1, await CountAsync(target, $"SELECT COUNT(*) FROM audit_entries WHERE {Q("Type")} = {Restored}"));

        // Once restored, the database is not empty: a second restore is refused and changes nothing, until --force.
        var refused = await target.RunAsync("restore", "--from", file);
        Assert.True(refused.Exit == 2, refused.Output);
        Assert.Contains("--force", refused.Output, StringComparison.Ordinal);
        Assert.Equal(expected, await FingerprintAsync(target));
        Assert.Equal(1, await CountAsync(target, $"SELECT COUNT(*) FROM audit_entries WHERE {Q("Type")} = {Restored}"));

        await Succeeds(target.RunAsync("restore", "--from", file, "--force"));
        Assert.Equal(expected, await FingerprintAsync(target));
        Assert.Equal(1, await CountAsync(target, $"SELECT COUNT(*) FROM audit_entries WHERE {Q("Type")} = {Restored}"));
        await Succeeds(target.RunAsync("audit", "verify"));
    }

    [Fact]
    public async Task A_forced_restore_of_a_damaged_backup_is_refused_and_leaves_the_database_as_it_was()
    {
        using var source = Installation.Create(provider);
        var file = await GeneratedBackupAsync(source, persons: 20);
        // Cut at two thirds: the schema and some rows are readable, the rest is not.
        var bytes = await File.ReadAllBytesAsync(file);
        await File.WriteAllBytesAsync(file, bytes[..(bytes.Length * 2 / 3)]);
        await Succeeds(source.RunAsync("audit", "verify"));
        var before = await FingerprintAsync(source);

        var refused = await source.RunAsync("restore", "--from", file, "--force");
        Assert.True(refused.Exit == 2, refused.Output);
        Assert.Equal(before, await FingerprintAsync(source));
        await Succeeds(source.RunAsync("audit", "verify"));
    }

    /// <summary>A generated database and its backup file, made by the real commands.</summary>
    private async Task<string> GeneratedBackupAsync(Installation source, int persons)
    {
        await source.AccountWithTokenAsync(Domain.Access.Role.FrontlineOfficer);
        await Succeeds(source.RunAsync("generate", "--persons", persons.ToString(System.Globalization.CultureInfo.InvariantCulture), "--seed", "7", "--as-of", "2025-06-30"));
        var file = Path.Combine(source.DataDirectory, provider == Provider.Sqlite ? "backup.db" : "backup.dump");
        await Succeeds(source.RunAsync("backup", "--out", file));
        return file;
    }

    private static async Task<string> Succeeds(Task<(int Exit, string Output)> command)
    {
        var (exit, output) = await command;
        Assert.True(exit == 0, output);
        return output;
    }

    private string Q(string column) => provider == Provider.Postgres ? $"\"{column}\"" : column;

    /// <summary>Per table: its row count and a hash of all its rows in a fixed order; the restore's own audit entry and its seal left out.</summary>
    private async Task<Dictionary<string, (long Rows, string Hash)>> FingerprintAsync(Installation installation)
    {
        await using var db = await OpenAsync(installation);
        var tables = new List<string>();
        await using (var list = db.CreateCommand())
        {
            list.CommandText = provider == Provider.Postgres
                // A partitioned table's rows are read through it; its partitions are not listed again.
                ? "SELECT c.relname FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace WHERE n.nspname = 'public' AND c.relkind IN ('r', 'p') AND NOT c.relispartition"
                : "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'";
            await using var reader = await list.ExecuteReaderAsync();
            while (await reader.ReadAsync())
            {
                tables.Add(reader.GetString(0));
            }
        }

        var result = new Dictionary<string, (long, string)>();
        foreach (var table in tables)
        {
            await using var select = db.CreateCommand();
            var restoredEntries = $"SELECT {Q("Id")} FROM audit_entries WHERE {Q("Type")} = {Restored}";
            var where = table switch
            {
                "audit_entries" => $" WHERE {Q("Type")} <> {Restored}",
                "audit_seals" or "audit_pending_seals" => $" WHERE {Q("EntryId")} NOT IN ({restoredEntries})",
                _ => string.Empty,
            };
            select.CommandText = $"SELECT * FROM {Q(table)}{where}";
            await using var reader = await select.ExecuteReaderAsync();
            var rows = new List<string>();
            while (await reader.ReadAsync())
            {
                rows.Add(string.Join('|', Enumerable.Range(0, reader.FieldCount).Select(i => Text(reader.GetValue(i)))));
            }

            rows.Sort(StringComparer.Ordinal);
            result[table] = (rows.Count, Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(string.Join('\n', rows)))));
        }

        Assert.Contains("cases", result.Keys);
        return result;
    }

    private static string Text(object value) => value switch
    {
        DBNull => "∅",
        byte[] bytes => Convert.ToHexString(bytes),
        DateTime t => t.ToString("O", CultureInfo.InvariantCulture),
        DateTimeOffset t => t.ToString("O", CultureInfo.InvariantCulture),
        _ => Convert.ToString(value, CultureInfo.InvariantCulture) ?? string.Empty,
    };

    private static async Task<long> CountAsync(Installation installation, string sql)
    {
        await using var db = await OpenAsync(installation);
        await using var command = db.CreateCommand();
        command.CommandText = sql;
        return Convert.ToInt64(await command.ExecuteScalarAsync(), CultureInfo.InvariantCulture);
    }

    private static async Task<DbConnection> OpenAsync(Installation installation)
    {
        DbConnection db = installation.Provider == Provider.Postgres
            ? new NpgsqlConnection(installation.Postgres)
            : new SqliteConnection($"Data Source={installation.SqliteFile};Mode=ReadOnly;Pooling=false");
        await db.OpenAsync();
        return db;
    }
}
