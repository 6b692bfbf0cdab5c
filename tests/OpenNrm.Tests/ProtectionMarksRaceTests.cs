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
        await using var marking = await OpenAsync();
        await using var markTx = await marking.BeginTransactionAsync();
        await MarkAsync(marking, file);

        await using var keys = await OpenAsync();
        await using var keyTx = await keys.BeginTransactionAsync();
        var insert = InsertKeyAsync(keys, file, "RACE-KEY-WAITS");
        await Task.Delay(Blocked);
        Assert.False(insert.IsCompleted, "the key's insert should wait for the marking's commit");
        await markTx.CommitAsync();
        await insert;
        await keyTx.CommitAsync();

        await ProtectionFiles.AssertMarkedAsync(app, file, true);
    }

    [Fact]
    public async Task A_marking_that_meets_a_key_not_yet_committed_waits_and_marks_it()
    {
        var file = await EuFileAsync("Zsofia Kovacs-Horvath");
        await using var keys = await OpenAsync();
        await using var keyTx = await keys.BeginTransactionAsync();
        await InsertKeyAsync(keys, file, "RACE-KEY-FIRST");

        await using var marking = await OpenAsync();
        await using var markTx = await marking.BeginTransactionAsync();
        var mark = MarkAsync(marking, file);
        await Task.Delay(Blocked);
        Assert.False(mark.IsCompleted, "the marking should wait for the key's commit");
        await keyTx.CommitAsync();
        await mark;
        await markTx.CommitAsync();

        await ProtectionFiles.AssertMarkedAsync(app, file, true);
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
