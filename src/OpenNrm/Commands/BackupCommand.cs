using System.CommandLine;
using System.Diagnostics;
using Microsoft.EntityFrameworkCore;
using Npgsql;
using OpenNrm.Domain.Audit;
using OpenNrm.Web;
using OpenNrm.Web.Data;
using OpenNrm.Web.Features.Audit;

namespace OpenNrm.Commands;

internal static class BackupCommand
{
    /// <summary>
    /// A consistent copy of the database: SQLite's VACUUM INTO (safe while the server runs), PostgreSQL's
    /// pg_dump in custom format. The copy holds encrypted fields and wrapped keys: it is useless without the
    /// master key, which must be kept apart from it.
    /// </summary>
    public static Command Backup()
    {
        var output = new Option<FileInfo>("--out") { Description = "File to write.", Required = true };
        var command = new Command("backup", "Write a consistent backup of the database.") { output };
        command.SetAction((parse, ct) => CommandLine.WithServicesAsync(async sp =>
        {
            var file = parse.GetValue(output)!;
            if (file.Exists)
            {
                Console.Error.WriteLine($"{file.FullName} exists; choose a new file name.");
                return 2;
            }

            var options = sp.GetRequiredService<OpenNrmOptions>();
            var db = sp.GetRequiredService<AppDbContext>();
            sp.GetRequiredService<AuditLog>().Record(AuditEventType.BackupCreated, details: file.Name);
            await db.SaveChangesAsync(ct);
            if (options.UsesPostgres)
            {
                var exit = await PgDumpAsync(options.PostgresConnectionString!, file.FullName, ct);
                if (exit != 0)
                {
                    return exit;
                }
            }
            else
            {
                await db.Database.ExecuteSqlAsync($"VACUUM INTO {file.FullName}", ct);
            }

            Console.WriteLine($"Backup written to {file.FullName}");
            return 0;
        }));
        return command;
    }

    private static async Task<int> PgDumpAsync(string connectionString, string path, CancellationToken ct)
    {
        var cs = new NpgsqlConnectionStringBuilder(connectionString);
        var start = new ProcessStartInfo("pg_dump") { RedirectStandardError = true };
        foreach (var arg in new[] { "-Fc", "-f", path, "-h", cs.Host ?? "localhost", "-p", cs.Port.ToString(System.Globalization.CultureInfo.InvariantCulture), "-U", cs.Username ?? "postgres", cs.Database ?? "postgres" })
        {
            start.ArgumentList.Add(arg);
        }

        if (!string.IsNullOrEmpty(cs.Password))
        {
            start.Environment["PGPASSWORD"] = cs.Password;
        }

        using var process = Process.Start(start)!;
        var errors = await process.StandardError.ReadToEndAsync(ct);
        await process.WaitForExitAsync(ct);
        if (process.ExitCode != 0)
        {
            Console.Error.WriteLine("pg_dump failed: " + errors);
        }

        return process.ExitCode;
    }
}
