using System.CommandLine;
using System.Diagnostics;
using System.Globalization;
using Microsoft.Data.Sqlite;
using Npgsql;
using OpenNrm.Domain.Audit;
using OpenNrm.Web;
using OpenNrm.Web.Data;
using OpenNrm.Web.Features.Audit;

namespace OpenNrm.Commands;

/// <summary>
/// Puts a file written by <c>backup</c> back: into a new, empty database, or over an existing one only with
/// --force. Then, like any command, brings the schema up to date, records the restore on the audit trail and checks
/// the whole trail: a wrong master key shows there, before the server is started on the restored data.
/// </summary>
internal static class RestoreCommand
{
    public static Command Restore()
    {
        var from = new Option<FileInfo>("--from") { Description = "A file written by the backup command.", Required = true };
        var force = new Option<bool>("--force") { Description = "Replace a database that already has tables; everything in it is lost." };
        var command = new Command("restore", "Restore a backup into an empty database (stop the server first).") { from, force };
        command.SetAction(async (parse, ct) =>
        {
            var file = parse.GetValue(from)!;
            if (!file.Exists)
            {
                Console.Error.WriteLine($"{file.FullName} does not exist.");
                return 2;
            }

            OpenNrmOptions options;
            try
            {
                options = OpenNrmOptions.From(WebApplication.CreateBuilder([]).Configuration);
            }
            catch (InvalidOperationException ex)
            {
                Console.Error.WriteLine(ex.Message);
                return 2;
            }

            // Before any service starts: they would create the schema in the empty target and make it look used.
            var restored = options.UsesPostgres
                ? await RestorePostgresAsync(options.PostgresConnectionString!, file, parse.GetValue(force), ct)
                : await RestoreSqliteAsync(options.SqlitePath, file, parse.GetValue(force), ct);
            if (restored != 0)
            {
                return restored;
            }

            return await CommandLine.WithServicesAsync(async sp =>
            {
                sp.GetRequiredService<AuditLog>().Record(AuditEventType.BackupRestored, details: file.Name);
                await sp.GetRequiredService<AppDbContext>().SaveChangesAsync(ct);
                await sp.GetRequiredService<AuditSealer>().SealPendingAsync(ct);
                var result = await sp.GetRequiredService<AuditVerifier>().VerifyAsync(ct);
                if (!result.Intact)
                {
                    Console.Error.WriteLine($"Restored, but the AUDIT TRAIL DOES NOT VERIFY at entry {result.FirstBadEntry}: {result.Problem}. " +
                                            "Is this the master key the backup was made with? Do not start the server on it before finding out.");
                    return 1;
                }

                Console.WriteLine($"Restored {file.FullName}. Audit trail intact: {result.SealedChecked} sealed entries; head {result.HeadHash}.");
                return 0;
            });
        });
        return command;
    }

    private static async Task<int> RestoreSqliteAsync(string target, FileInfo backup, bool force, CancellationToken ct)
    {
        if (await CheckSqliteBackupAsync(backup, ct) is { } damage)
        {
            Console.Error.WriteLine($"{backup.FullName} is not an intact OpenNRM database ({damage}). Nothing was restored.");
            return 2;
        }

        if (File.Exists(target))
        {
            await using var existing = new SqliteConnection($"Data Source={target};Mode=ReadOnly;Pooling=false");
            await existing.OpenAsync(ct);
            var tables = int.Parse(await ScalarAsync(existing, "SELECT COUNT(*) FROM sqlite_master WHERE type = 'table'", ct), CultureInfo.InvariantCulture);
            if (tables > 0 && !force)
            {
                Console.Error.WriteLine($"{target} already has {tables} tables. A restore goes into a new, empty database; " +
                                        "--force replaces this one and everything in it is lost.");
                return 2;
            }
        }

        // A complete copy next to the target, flushed to disk, then renamed over it in one step. The old log files go
        // first: replayed onto the restored file, they would corrupt it.
        var staging = target + ".restoring";
        await using (var input = backup.OpenRead())
        await using (var output = new FileStream(staging, FileMode.Create, FileAccess.Write, FileShare.None))
        {
            await input.CopyToAsync(output, ct);
            output.Flush(flushToDisk: true);
        }

        File.Delete(target + "-wal");
        File.Delete(target + "-shm");
        File.Move(staging, target, overwrite: true);
        return 0;
    }

    /// <summary>What is wrong with the file, or null. A file damaged in its first pages is refused by SQLite as it is read.</summary>
    private static async Task<string?> CheckSqliteBackupAsync(FileInfo backup, CancellationToken ct)
    {
        try
        {
            await using var source = new SqliteConnection($"Data Source={backup.FullName};Mode=ReadOnly;Pooling=false");
            await source.OpenAsync(ct);
            var check = await ScalarAsync(source, "PRAGMA integrity_check", ct);
            return check != "ok" ? check
                : await ScalarAsync(source, "SELECT COUNT(*) FROM sqlite_master WHERE type = 'table' AND name = '__EFMigrationsHistory'", ct) != "1" ? "no OpenNRM schema"
                : null;
        }
        catch (SqliteException ex)
        {
            return ex.Message;
        }
    }

    private static async Task<int> RestorePostgresAsync(string connectionString, FileInfo backup, bool force, CancellationToken ct)
    {
        var cs = new NpgsqlConnectionStringBuilder(connectionString);
        await using (var db = new NpgsqlConnection(connectionString))
        {
            await db.OpenAsync(ct);
            var tables = int.Parse(await ScalarAsync(db, "SELECT COUNT(*) FROM information_schema.tables WHERE table_schema = 'public'", ct), CultureInfo.InvariantCulture);
            if (tables > 0 && !force)
            {
                Console.Error.WriteLine($"The database {cs.Database} already has {tables} tables. A restore goes into a new, empty database " +
                                        "(createdb); --force replaces the tables of the backup and everything in them is lost.");
                return 2;
            }
        }

        return force ? await ReplacePostgresAsync(cs, backup, ct) : await RunAsync(PgRestore(cs, backup, "--single-transaction", "--exit-on-error", "-d", cs.Database ?? "postgres"), ct);
    }

    /// <summary>
    /// Over an existing database: the schema is dropped and the backup's script replayed in one transaction of psql,
    /// committed only once pg_restore has written the whole script. pg_restore's own --clean cannot drop the
    /// constraints of a partitioned table's partitions one by one, and a schema dropped before a restore that then
    /// fails would lose everything.
    /// </summary>
    private static async Task<int> ReplacePostgresAsync(NpgsqlConnectionStringBuilder cs, FileInfo backup, CancellationToken ct)
    {
        var script = PgRestore(cs, backup, "-f", "-");
        script.RedirectStandardOutput = true;
        var apply = Client("psql", cs, "-q", "-X", "-v", "ON_ERROR_STOP=1", "-d", cs.Database ?? "postgres");
        apply.RedirectStandardInput = true;
        apply.RedirectStandardOutput = true;
        using var psql = Process.Start(apply)!;
        using var pgRestore = Process.Start(script)!;
        var psqlErrors = psql.StandardError.ReadToEndAsync(ct);
        var psqlOutput = psql.StandardOutput.ReadToEndAsync(ct);
        var restoreErrors = pgRestore.StandardError.ReadToEndAsync(ct);
        try
        {
            await psql.StandardInput.WriteLineAsync("BEGIN; DROP SCHEMA public CASCADE; CREATE SCHEMA public;".AsMemory(), ct);
            await pgRestore.StandardOutput.BaseStream.CopyToAsync(psql.StandardInput.BaseStream, ct);
            await pgRestore.WaitForExitAsync(ct);
            if (pgRestore.ExitCode == 0)
            {
                await psql.StandardInput.WriteLineAsync("COMMIT;".AsMemory(), ct);
            }

            // Without COMMIT, psql ends at the end of its input and the server rolls the transaction back.
            psql.StandardInput.Close();
        }
        catch (IOException)
        {
            // psql stopped at an error (ON_ERROR_STOP) while the script was still coming: its transaction is gone.
            pgRestore.Kill();
            await pgRestore.WaitForExitAsync(ct);
        }

        await psql.WaitForExitAsync(ct);
        await psqlOutput;
        if (pgRestore.ExitCode != 0 || psql.ExitCode != 0)
        {
            Console.Error.WriteLine("The restore failed; nothing was replaced: " + await restoreErrors + await psqlErrors);
            return 2;
        }

        return 0;
    }

    private static ProcessStartInfo PgRestore(NpgsqlConnectionStringBuilder cs, FileInfo backup, params string[] output) =>
        Client("pg_restore", cs, ["--no-owner", "--no-privileges", .. output, backup.FullName]);

    /// <summary>A PostgreSQL client program with the connection's host, port, user and password.</summary>
    private static ProcessStartInfo Client(string program, NpgsqlConnectionStringBuilder cs, params string[] args)
    {
        var start = new ProcessStartInfo(program) { RedirectStandardError = true };
        foreach (var arg in (string[])["-h", cs.Host ?? "localhost", "-p", cs.Port.ToString(CultureInfo.InvariantCulture), "-U", cs.Username ?? "postgres", .. args])
        {
            start.ArgumentList.Add(arg);
        }

        if (!string.IsNullOrEmpty(cs.Password))
        {
            start.Environment["PGPASSWORD"] = cs.Password;
        }

        return start;
    }

    private static async Task<int> RunAsync(ProcessStartInfo start, CancellationToken ct)
    {
        using var process = Process.Start(start)!;
        var errors = await process.StandardError.ReadToEndAsync(ct);
        await process.WaitForExitAsync(ct);
        if (process.ExitCode != 0)
        {
            Console.Error.WriteLine("pg_restore failed; nothing was restored: " + errors);
            return 2;
        }

        return 0;
    }

    private static async Task<string> ScalarAsync(System.Data.Common.DbConnection db, string sql, CancellationToken ct)
    {
        await using var command = db.CreateCommand();
        command.CommandText = sql;
        return Convert.ToString(await command.ExecuteScalarAsync(ct), CultureInfo.InvariantCulture)!;
    }
}
