using OpenNrm.Tests.Durability;
using OpenNrm.Tests.Infrastructure;
using Xunit.Abstractions;

namespace OpenNrm.Tests;

/// <summary>
/// The real server under a write load, killed with SIGKILL at random moments and restarted on the same database:
/// every signal acknowledged with 201 must be there afterwards, whole, with its audit entry, and the audit chain must
/// verify. CI runs a few kills per database; bench/crash.sh runs many (OPENNRM_CRASH_KILLS). What a process kill does
/// and does not prove: docs/operations.md, "Crash safety".
/// </summary>
public abstract class CrashSafetyTests(Provider provider, ITestOutputHelper output)
{
    [Fact]
    public async Task Every_acknowledged_write_survives_repeated_kills_and_the_audit_chain_verifies()
    {
        using var installation = Installation.Create(provider);
        var (report, unexpected) = await new CrashRun(installation, CrashSettings.FromEnvironment(kills: 4), Log).RunAsync();

        Assert.True(report.Acknowledged > 0, "The load wrote nothing; the run proves nothing.");
        Assert.Empty(unexpected);
        Assert.True(report.Durable, report.ToString());
        Assert.True(report.Stored >= report.Acknowledged, report.ToString());
    }

    private void Log(string line)
    {
        output.WriteLine(line);
        if (Environment.GetEnvironmentVariable("OPENNRM_CRASH_LOG") is { Length: > 0 } file)
        {
            File.AppendAllText(file, line + Environment.NewLine);
        }
    }
}

/// <summary>
/// The negative control: the same harness, with the storage made to lose what a kill alone cannot. After the kill,
/// the SQLite write-ahead log is deleted, as a disk that never received the log's unsynchronised tail would have lost
/// it. The checker must report acknowledged signals as lost; if it did not, the crash tests above could not fail.
/// </summary>
public sealed class LostWriteDetectionTests(ITestOutputHelper output)
{
    [Fact]
    public async Task The_checker_reports_acknowledged_signals_lost_with_the_write_ahead_log()
    {
        using var installation = Installation.Create(Provider.Sqlite);
        var wal = installation.SqliteFile + "-wal";
        long walBytes = 0;
        // One writer for a moment: a few dozen pages, so that SQLite has not yet folded the log into the database file
        // (it does at 1,000 pages) and the acknowledged signals are in the log only.
        var settings = new CrashSettings(Kills: 1, Writers: 1, MinUptime: TimeSpan.FromMilliseconds(100), MaxUptime: TimeSpan.FromMilliseconds(100), Seed: 1);
        var (report, _) = await new CrashRun(installation, settings, output.WriteLine).RunAsync(() =>
        {
            walBytes = new FileInfo(wal).Length;
            File.Delete(wal);
            File.Delete(installation.SqliteFile + "-shm");
            return Task.CompletedTask;
        });

        Assert.True(report.Acknowledged > 0, "Nothing was acknowledged; the control proves nothing.");
        output.WriteLine($"write-ahead log deleted: {walBytes} bytes");
        Assert.True(walBytes > 0, "The log was empty when deleted.");
        Assert.False(report.Durable, report.ToString());
        Assert.NotEmpty(report.Lost);
    }
}
