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
            select.CommandText = "SELECT EntryId FROM audit_seals ORDER BY ChainIndex LIMIT 1";
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
    public async Task Sweep_runs_the_deadline_pass_on_demand_and_a_second_pass_has_nothing_to_look_at()
    {
        Assert.Equal(0, (await RunAsync("migrate")).Exit);
        var result = await RunAsync("sweep", "--repeat", "2", "--days", "3");
        Assert.Equal(0, result.Exit);
        var lines = result.Output.Split('\n');
        var passes = lines.Where(l => l.StartsWith("pass ", StringComparison.Ordinal)).ToList();
        Assert.Equal(2, passes.Count);
        // The demo files hold pending procedures; each was given its review day, so the second pass reads none.
        Assert.DoesNotContain("pass 1: 0 procedures", passes[0], StringComparison.Ordinal);
        Assert.StartsWith("pass 2: 0 procedures, 0 notices raised", passes[1], StringComparison.Ordinal);
        // The demo database holds no real person: the coming days' passes may be rehearsed.
        Assert.Equal(3, lines.Count(l => l.StartsWith("as of ", StringComparison.Ordinal)));
        Assert.Equal(0, (await RunAsync("audit", "verify")).Exit);
        Assert.Equal(2, (await RunAsync("sweep", "--repeat", "0")).Exit);
        Assert.Equal(2, (await RunAsync("sweep", "--days", "-1")).Exit);
    }

    [Fact]
    public async Task Report_writes_the_annual_report_with_each_step_shown_and_refuses_bad_arguments()
    {
        Assert.Equal(0, (await RunAsync("migrate")).Exit);
        var file = Path.Combine(_data, "report.docx");
        var year = (DateTime.UtcNow.Year - 1).ToString(System.Globalization.CultureInfo.InvariantCulture);
        var result = await RunAsync("report", "--year", year, "--out", file);
        Assert.Equal(0, result.Exit);
        foreach (var step in new[] { "[1/4] Reading the records", "[2/4] Computing the tables", "[3/4] Writing the file", "[4/4] Recording the export" })
        {
            Assert.Contains(step, result.Output, StringComparison.Ordinal);
        }

        using (var package = System.IO.Compression.ZipFile.OpenRead(file))
        {
            Assert.Contains(package.Entries, e => e.FullName == "word/document.xml");
        }

        Assert.Equal(0, (await RunAsync("audit", "verify")).Exit);
        Assert.Equal(2, (await RunAsync("report", "--year", year, "--out", file)).Exit);
        var wrongKind = await RunAsync("report", "--year", year, "--kind", "report.pdf", "--out", file + ".pdf");
        Assert.Equal(2, wrongKind.Exit);
        Assert.Contains("--kind must be one of", wrongKind.Output, StringComparison.Ordinal);
        Assert.Equal(2, (await RunAsync("report", "--year", "1900", "--out", file + ".old")).Exit);
        Assert.False(File.Exists(file + ".pdf") || File.Exists(file + ".old"));
    }

    [Fact]
    public async Task Report_repeated_in_one_process_times_each_run_and_writes_the_same_figures_as_one_run()
    {
        Assert.Equal(0, (await RunAsync("migrate")).Exit);
        var year = (DateTime.UtcNow.Year - 1).ToString(System.Globalization.CultureInfo.InvariantCulture);
        var once = Path.Combine(_data, "once.csv");
        var thrice = Path.Combine(_data, "thrice.csv");
        Assert.Equal(0, (await RunAsync("report", "--year", year, "--kind", "report.csv", "--out", once)).Exit);
        var repeated = await RunAsync("report", "--year", year, "--kind", "report.csv", "--out", thrice, "--repeat", "3");
        Assert.Equal(0, repeated.Exit);
        Assert.Equal(3, repeated.Output.Split('\n').Count(l => l.StartsWith("Run ", StringComparison.Ordinal)));
        Assert.Equal(await File.ReadAllBytesAsync(once), await File.ReadAllBytesAsync(thrice));
        var refused = await RunAsync("report", "--year", year, "--kind", "report.csv", "--out", thrice + ".0", "--repeat", "0");
        Assert.Equal(2, refused.Exit);
        Assert.Contains("--repeat must be from 1 to 100", refused.Output, StringComparison.Ordinal);
        Assert.False(File.Exists(thrice + ".0"));
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

    [Fact]
    public async Task A_database_that_cannot_be_reached_gets_its_reason_and_no_stack_trace()
    {
        // Port 1 on loopback: nothing listens there, so the connection is refused at once.
        const string unreachable = "Host=127.0.0.1;Port=1;Username=postgres;Database=onrm;Timeout=3";
        var backup = Path.Combine(_data, "some.dump");
        Directory.CreateDirectory(_data);
        await File.WriteAllTextAsync(backup, "not a dump");
        foreach (var args in new[] { new[] { "audit", "verify" }, ["restore", "--from", backup] })
        {
            var (exit, output) = await RunOnAsync(unreachable, demo: false, args);
            Assert.True(exit == 2, output);
            Assert.Contains("The database refused the command: Failed to connect to 127.0.0.1:1", output, StringComparison.Ordinal);
            Assert.DoesNotContain("   at ", output, StringComparison.Ordinal);
        }

        // A setting that cannot work (the demo on PostgreSQL) is said before any connection is tried.
        var (refused, said) = await RunOnAsync(unreachable, demo: true, "audit", "verify");
        Assert.True(refused == 2, said);
        Assert.Contains("Demo mode", said, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", said, StringComparison.Ordinal);
    }

    private Task<(int Exit, string Output)> RunAsync(params string[] args) => RunOnAsync(string.Empty, demo: true, args);

    /// <summary>The executable with a PostgreSQL connection string, or none for the demo's SQLite file.</summary>
    private async Task<(int Exit, string Output)> RunOnAsync(string postgres, bool demo, params string[] args)
    {
        var dll = Path.Combine(AppContext.BaseDirectory, "OpenNrm.dll");
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, WorkingDirectory = AppContext.BaseDirectory };
        start.ArgumentList.Add(dll);
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        start.Environment["OpenNrm__DataDirectory"] = _data;
        start.Environment["OpenNrm__DemoMode"] = demo ? "true" : "false";
        if (!demo)
        {
            start.Environment["OpenNrm__MasterKey"] = OpenNrm.Web.Security.MasterKey.NewBase64();
        }

        start.Environment["ConnectionStrings__Postgres"] = postgres;
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
