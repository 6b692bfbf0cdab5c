using Microsoft.EntityFrameworkCore;
using Npgsql;
using OpenNrm.Domain.Access;
using OpenNrm.Tests.Infrastructure;

namespace OpenNrm.Tests;

/// <summary>
/// PostgreSQL only: there, a file's marking and a write of its name keys can run at the same time (SQLite has one
/// writer). Both orders of two open transactions on real connections: whichever comes second waits on the file's row,
/// and every key ends marked. A key left unmarked would be a protected person answered "no record".
/// </summary>
public sealed class ProtectionMarksRaceTests(PostgresApp app) : IClassFixture<PostgresApp>
{
    private static readonly TimeSpan Blocked = TimeSpan.FromMilliseconds(500);

    [Fact]
    public async Task A_key_written_while_its_file_is_being_marked_waits_and_copies_the_mark()
    {
        var file = await EuFileAsync("Agnieszka Wrobel-Nowak");
        await SecondWaitsForFirstAsync(c => MarkAsync(c, file), c => InsertKeyAsync(c, file, "RACE-KEY-WAITS"));
        await ProtectionFiles.AssertMarkedAsync(app, file, true);
    }

    [Fact]
    public async Task A_marking_that_meets_a_key_not_yet_committed_waits_and_marks_it()
    {
        var file = await EuFileAsync("Zsofia Kovacs-Horvath");
        await SecondWaitsForFirstAsync(c => InsertKeyAsync(c, file, "RACE-KEY-FIRST"), c => MarkAsync(c, file));
        await ProtectionFiles.AssertMarkedAsync(app, file, true);
    }

    /// <summary>
    /// Runs <paramref name="first"/> in a transaction left open, then <paramref name="second"/> in another: the second
    /// must still be waiting after <see cref="Blocked"/>, and finish once the first commits.
    /// </summary>
    private async Task SecondWaitsForFirstAsync(Func<NpgsqlConnection, Task> first, Func<NpgsqlConnection, Task> second)
    {
        await using var one = await OpenAsync();
        await using var oneTx = await one.BeginTransactionAsync();
        await first(one);

        await using var two = await OpenAsync();
        await using var twoTx = await two.BeginTransactionAsync();
        var waiting = second(two);
        await Task.Delay(Blocked);
        Assert.False(waiting.IsCompleted, "the second transaction's statement should wait for the first's commit");
        await oneTx.CommitAsync();
        await waiting;
        await twoTx.CommitAsync();
    }

    /// <summary>An EU citizen's file: not marked, with its name keys.</summary>
    private async Task<Guid> EuFileAsync(string name)
    {
        var file = await ProtectionFiles.SignalAsync(app, await app.UserAsync(Role.FrontlineOfficer), name, "PL");
        await ProtectionFiles.AssertMarkedAsync(app, file, false);
        return file;
    }

    private async Task<NpgsqlConnection> OpenAsync()
    {
        var connection = new NpgsqlConnection(await app.WithDbAsync(db => Task.FromResult(db.Database.GetConnectionString()!)));
        await connection.OpenAsync();
        return connection;
    }

    /// <summary>What makes a file one that may protect, written as a statement outside the application would.</summary>
    private static async Task MarkAsync(NpgsqlConnection connection, Guid file)
    {
        await using var command = new NpgsqlCommand("""UPDATE signal_persons SET "Citizenship" = 'ThirdCountry' WHERE "CaseId" = @file""", connection);
        command.Parameters.AddWithValue("file", file);
        await command.ExecuteNonQueryAsync();
    }

    private static async Task InsertKeyAsync(NpgsqlConnection connection, Guid file, string key)
    {
        await using var command = new NpgsqlCommand("""INSERT INTO case_name_keys ("CaseId", "KeyHash", "KeyVersion") VALUES (@file, @key, 1)""", connection);
        command.Parameters.AddWithValue("file", file);
        command.Parameters.AddWithValue("key", key);
        await command.ExecuteNonQueryAsync();
    }
}
