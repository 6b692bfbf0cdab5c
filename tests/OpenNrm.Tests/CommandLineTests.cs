using System.Diagnostics;
using Microsoft.Data.Sqlite;

namespace OpenNrm.Tests;

/// <summary>The subcommands as an operator runs them: the real executable, a fresh SQLite database, exit codes.</summary>
public sealed class CommandLineTests : IDisposable
{
    private readonly string _data = Path.Combine(Path.GetTempPath(), "onrm-cli-" + Guid.NewGuid().ToString("N")[..10]);

    [Fact]
    public async Task Audit_verify_passes_on_an_intact_trail_and_names_a_directly_edited_row()
    {
        Assert.Equal(0, (await RunAsync("migrate")).Exit);
        var token = await RunAsync("token", "create", "--user", "auditor@demo.opennrm.local", "--days", "2");
        Assert.Equal(0, token.Exit);
        Assert.Contains("Secret (shown once): onrm_", token.Output, StringComparison.Ordinal);

        var intact = await RunAsync("audit", "verify");
        Assert.Equal(0, intact.Exit);
        Assert.Contains("Audit trail intact", intact.Output, StringComparison.Ordinal);

        string edited;
        await using (var db = new SqliteConnection($"Data Source={Path.Combine(_data, "opennrm.db")};Pooling=false"))
        {
            await db.OpenAsync();
            await using var select = db.CreateCommand();
            select.CommandText = "SELECT Id FROM audit_entries ORDER BY ChainIndex LIMIT 1";
            edited = (string)(await select.ExecuteScalarAsync())!;
            await using var update = db.CreateCommand();
            update.CommandText = "UPDATE audit_entries SET Details = 'rewritten' WHERE Id = $id";
            update.Parameters.AddWithValue("$id", edited);
            Assert.Equal(1, await update.ExecuteNonQueryAsync());
        }

        var broken = await RunAsync("audit", "verify");
        Assert.Equal(1, broken.Exit);
        Assert.Contains(edited, broken.Output, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task Purge_dry_run_counts_without_erasing_and_names_the_classes_it_cannot_erase()
    {
        Assert.Equal(0, (await RunAsync("migrate")).Exit);
        var result = await RunAsync("purge", "--dry-run");
        Assert.Equal(0, result.Exit);
        Assert.Contains("nothing erased", result.Output, StringComparison.Ordinal);
        Assert.Contains("Not erasable by this version (kept): AuditEntry", result.Output, StringComparison.Ordinal);
        Assert.Equal(0, (await RunAsync("audit", "verify")).Exit);
    }

    [Fact]
    public async Task A_token_for_an_unknown_account_is_refused_with_a_message()
    {
        var result = await RunAsync("token", "create", "--user", "nobody@demo.opennrm.local");
        Assert.Equal(2, result.Exit);
        Assert.Contains("No account", result.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Backup_writes_a_readable_copy_of_the_database()
    {
        Assert.Equal(0, (await RunAsync("migrate")).Exit);
        var file = Path.Combine(_data, "backup.db");
        Assert.Equal(0, (await RunAsync("backup", "--out", file)).Exit);
        await using var copy = new SqliteConnection($"Data Source={file};Mode=ReadOnly;Pooling=false");
        await copy.OpenAsync();
        await using var count = copy.CreateCommand();
        count.CommandText = "SELECT COUNT(*) FROM organisations";
        Assert.True((long)(await count.ExecuteScalarAsync())! >= 30);
    }

    private async Task<(int Exit, string Output)> RunAsync(params string[] args)
    {
        var dll = Path.Combine(AppContext.BaseDirectory, "OpenNrm.dll");
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, WorkingDirectory = AppContext.BaseDirectory };
        start.ArgumentList.Add(dll);
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        start.Environment["OpenNrm__DataDirectory"] = _data;
        start.Environment["OpenNrm__DemoMode"] = "true";
        start.Environment["ConnectionStrings__Postgres"] = string.Empty;
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        return (process.ExitCode, await output + await error);
    }

    public void Dispose()
    {
        if (Directory.Exists(_data))
        {
            Directory.Delete(_data, recursive: true);
        }
    }
}
