using System.Collections.Concurrent;
using System.Data.Common;
using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Data.Sqlite;
using Npgsql;
using OpenNrm.Domain.Audit;
using OpenNrm.Tests.Infrastructure;

namespace OpenNrm.Tests.Durability;

/// <summary>What the check found after the last restart. Durable means every list is empty and the audit trail verified.</summary>
public sealed record DurabilityReport(
    int Acknowledged,
    int Stored,
    IReadOnlyList<string> Lost,
    IReadOnlyList<string> Inconsistent,
    int AuditVerifyExit,
    string AuditVerifyOutput)
{
    public bool Durable => Lost.Count == 0 && Inconsistent.Count == 0 && AuditVerifyExit == 0;

    /// <summary>Stored but never acknowledged: in flight when the process died, committed before it did. Allowed.</summary>
    public int InDoubtCommitted => Stored - (Acknowledged - Lost.Count);

    public override string ToString() =>
        $"acknowledged {Acknowledged}, stored {Stored} ({InDoubtCommitted} committed without an answer), lost {Lost.Count}, " +
        $"inconsistent {Inconsistent.Count}, audit verify exit {AuditVerifyExit}" +
        (Lost.Count > 0 ? $"\nlost: {string.Join(", ", Lost.Take(10))}{(Lost.Count > 10 ? ", ..." : string.Empty)}" : string.Empty) +
        (Inconsistent.Count > 0 ? $"\ninconsistent: {string.Join("; ", Inconsistent.Take(10))}" : string.Empty) +
        (AuditVerifyExit != 0 ? $"\naudit verify: {AuditVerifyOutput}" : string.Empty);
}

/// <summary>
/// The checker, run on a restarted server: each acknowledged signal read back through the API with the file references
/// it was acknowledged with; then, in the database itself, no signal stored in part and none without its audit entry;
/// then the real <c>audit verify</c> command over the whole chain.
/// </summary>
public static class DurabilityCheck
{
    public static async Task<DurabilityReport> RunAsync(Installation installation, string token, IReadOnlyCollection<AcknowledgedSignal> acknowledged)
    {
        var lost = new ConcurrentBag<string>();
        var inconsistent = new ConcurrentBag<string>();
        using (var server = installation.StartServer())
        {
            await server.WaitUntilReadyAsync();
            using var http = new HttpClient { BaseAddress = server.Address, Timeout = TimeSpan.FromSeconds(60) };
            http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
            await Parallel.ForEachAsync(acknowledged, new ParallelOptions { MaxDegreeOfParallelism = 8 }, async (signal, ct) =>
            {
                using var response = await http.GetAsync($"/api/v1/signals/{signal.Id}", ct);
                if (response.StatusCode == HttpStatusCode.NotFound)
                {
                    lost.Add(signal.Id.ToString());
                    return;
                }

                if (response.StatusCode != HttpStatusCode.OK)
                {
                    inconsistent.Add($"{signal.Id}: read answered {(int)response.StatusCode}");
                    return;
                }

                var stored = await response.Content.ReadFromJsonAsync<JsonElement>(ct);
                var references = stored.GetProperty("persons").EnumerateArray().Select(p => p.GetProperty("reference").GetString()!).ToList();
                if (!references.SequenceEqual(signal.References))
                {
                    inconsistent.Add($"{signal.Id}: files {string.Join(",", references)} instead of {string.Join(",", signal.References)}");
                }
            });
            await server.KillAsync();
        }

        var stored = await CheckDatabaseAsync(installation, inconsistent);
        var verify = await installation.RunAsync("audit", "verify");
        return new DurabilityReport(acknowledged.Count, stored, [.. lost], [.. inconsistent], verify.Exit, verify.Output);
    }

    /// <summary>Invariants over every stored signal, acknowledged or not: all of its transaction or none of it.</summary>
    private static async Task<int> CheckDatabaseAsync(Installation installation, ConcurrentBag<string> inconsistent)
    {
        var postgres = installation.Provider == Provider.Postgres;
        await using DbConnection db = postgres
            ? new NpgsqlConnection(installation.Postgres)
            : new SqliteConnection($"Data Source={installation.SqliteFile};Mode=ReadOnly;Pooling=false");
        await db.OpenAsync();
        var signalId = postgres ? "s.\"Id\"::text" : "lower(s.Id)";
        var subject = postgres ? "a.\"SubjectId\"" : "lower(a.SubjectId)";
        var q = postgres ? "\"" : string.Empty;
        var recorded = (int)AuditEventType.SignalRecorded;
        var checks = new Dictionary<string, string>
        {
            [$"signals without exactly {SignalLoad.PersonsPerSignal} persons"] =
                $"SELECT COUNT(*) FROM signals s WHERE (SELECT COUNT(*) FROM signal_persons p WHERE p.{q}SignalId{q} = s.{q}Id{q}) <> {SignalLoad.PersonsPerSignal}",
            ["persons without their file"] =
                $"SELECT COUNT(*) FROM signal_persons p WHERE NOT EXISTS (SELECT 1 FROM cases c WHERE c.{q}Id{q} = p.{q}CaseId{q})",
            ["persons without duties"] =
                $"SELECT COUNT(*) FROM signal_persons p WHERE NOT EXISTS (SELECT 1 FROM signal_duties d WHERE d.{q}SignalPersonId{q} = p.{q}Id{q})",
            ["signals without their audit entry"] =
                $"SELECT COUNT(*) FROM signals s WHERE NOT EXISTS (SELECT 1 FROM audit_entries a WHERE a.{q}Type{q} = {recorded} AND {subject} = {signalId})",
            ["audit entries of a signal that is not stored"] =
                $"SELECT COUNT(*) FROM audit_entries a WHERE a.{q}Type{q} = {recorded} AND NOT EXISTS (SELECT 1 FROM signals s WHERE {signalId} = {subject})",
        };
        foreach (var (problem, sql) in checks)
        {
            var count = await ScalarAsync(db, sql);
            if (count != 0)
            {
                inconsistent.Add($"{count} {problem}");
            }
        }

        return (int)await ScalarAsync(db, "SELECT COUNT(*) FROM signals");
    }

    private static async Task<long> ScalarAsync(DbConnection db, string sql)
    {
        await using var command = db.CreateCommand();
        command.CommandText = sql;
        return Convert.ToInt64(await command.ExecuteScalarAsync(), System.Globalization.CultureInfo.InvariantCulture);
    }
}
