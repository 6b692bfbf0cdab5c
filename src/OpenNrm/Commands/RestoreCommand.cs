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
        await using (var source = new SqliteConnection($"Data Source={backup.FullName};Mode=ReadOnly;Pooling=false"))
        {
            await source.OpenAsync(ct);
            var check = await ScalarAsync(source, "PRAGMA integrity_check", ct);
            if (check != "ok" || await ScalarAsync(source, "SELECT COUNT(*) FROM sqlite_master WHERE type = 'table' AND name = '__EFMigrationsHistory'", ct) != "1")
            {
                Console.Error.WriteLine($"{backup.FullName} is not an intact OpenNRM database ({check}).");
                return 2;
            }
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

        // One transaction: a restore that fails half-way leaves the database as it was.
        var start = new ProcessStartInfo("pg_restore") { RedirectStandardError = true };
        string[] args = ["--no-owner", "--no-privileges", "--single-transaction", "--exit-on-error", "-h", cs.Host ?? "localhost",
            "-p", cs.Port.ToString(CultureInfo.InvariantCulture), "-U", cs.Username ?? "postgres", "-d", cs.Database ?? "postgres"];
        foreach (var arg in force ? [.. args, "--clean", "--if-exists"] : args)
        {
            start.ArgumentList.Add(arg);
        }

        start.ArgumentList.Add(backup.FullName);
        if (!string.IsNullOrEmpty(cs.Password))
        {
            start.Environment["PGPASSWORD"] = cs.Password;
        }

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
