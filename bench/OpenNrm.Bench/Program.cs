using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Data.Sqlite;
using OpenNrm.Bench;

// Usage: OpenNrm.Bench mixed <base-url> <minutes> <users> <think-ms> role=token... (bench/mixed.sh), or
//        OpenNrm.Bench floors <sqlite-file> <year> (the batch measures' floors, bench/scale.sh), or
//        OpenNrm.Bench pg <base-url> <connection-string> <seconds> <workers> <frontline-token> <auditor-token> [<page-email> <page-password>] (bench/postgres.sh), or
//        OpenNrm.Bench <base-url> <bearer-token> <sqlite-file> [seconds] [workers] [--scale <caseworker-token> <auditor-token>]
// Measures the API against floors taken in the same run: an empty endpoint of the same server, and raw SQL
// that fetches (or writes) the same rows directly in the same SQLite file. The bearer token is a frontline
// officer's; --scale adds the measures that need a generated database (bench/scale.sh), with a PAG-ASA
// caseworker's and an auditor's tokens.
if (args.Length > 0 && args[0] == "mixed")
{
    return await Mixed.RunAsync(args[1..]);
}

if (args.Length is 7 or 9 && args[0] == "pg")
{
    return await Postgres.RunAsync(args[1..]);
}

if (args.Length == 3 && args[0] == "floors")
{
    return await Floors.RunAsync(args[1], int.Parse(args[2], System.Globalization.CultureInfo.InvariantCulture));
}

var scaleAt = Array.IndexOf(args, "--scale");
string[]? scaleTokens = scaleAt >= 0 && args.Length >= scaleAt + 3 ? [args[scaleAt + 1], args[scaleAt + 2]] : null;
args = scaleAt >= 0 ? args[..scaleAt] : args;
if (args.Length < 3 || (scaleAt >= 0 && scaleTokens is null))
{
    Console.Error.WriteLine("usage: OpenNrm.Bench <base-url> <bearer-token> <sqlite-file> [seconds] [workers] [--scale <caseworker-token> <auditor-token>]");
    return 2;
}

var baseUrl = args[0].TrimEnd('/');
var token = args[1];
var dbFile = args[2];
var duration = TimeSpan.FromSeconds(args.Length > 3 ? int.Parse(args[3], System.Globalization.CultureInfo.InvariantCulture) : 10);
var workers = args.Length > 4 ? int.Parse(args[4], System.Globalization.CultureInfo.InvariantCulture) : 16;

using var http = new HttpClient(new SocketsHttpHandler { MaxConnectionsPerServer = workers * 2 }) { BaseAddress = new Uri(baseUrl) };
http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);

// A working set of files to read, created through the API (this is also the write measurement's warm-up).
var ids = new List<Guid>();
for (var i = 0; i < 200; i++)
{
    var created = await http.PostAsJsonAsync("/api/v1/cases", new { personName = $"Bench Person {i}" });
    created.EnsureSuccessStatusCode();
    ids.Add((await created.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid());
}

var results = new List<LoadResult>
{
    await Load.RunAsync("floor: GET /health/live (empty endpoint)", workers, duration, async _ =>
        (await http.GetAsync("/health/live")).IsSuccessStatusCode),
    await Load.RunAsync("GET /api/v1/cases/{id} (auth, scope, decrypt, audit)", workers, duration, async n =>
        (await http.GetAsync($"/api/v1/cases/{ids[n % ids.Count]}")).IsSuccessStatusCode),
    await RawReadAsync(dbFile, token, ids, workers, duration),
    await Load.RunAsync("POST /api/v1/cases (validate, encrypt, audit)", workers, duration, async n =>
        (await http.PostAsJsonAsync("/api/v1/cases", new { personName = $"Load {n}" })).IsSuccessStatusCode),
    await RawWriteAsync(dbFile, workers, duration),
    await SignalWrite.ApiAsync(http, workers, duration),
    await SignalWrite.FloorAsync(dbFile, workers, duration),
};

var scale = scaleTokens is null ? [] : await Scale.RunAsync(baseUrl, token, scaleTokens[0], scaleTokens[1], dbFile, workers, duration);
foreach (var r in results.Concat(scale))
{
    Console.WriteLine(r);
}

Console.WriteLine();
Console.WriteLine($"case read p50 / empty-endpoint p50: {results[1].P50 / results[0].P50:F1}x;  / raw-SQL p50: {results[1].P50 / results[2].P50:F1}x");
Console.WriteLine($"case write throughput / raw-insert throughput: {results[3].PerSecond / results[4].PerSecond:P0}");
Console.WriteLine($"signal submission throughput / raw-insert throughput: {results[5].PerSecond / results[6].PerSecond:P0} ({results[5].PerSecond:F0}/s)");
// Each scale measure is followed by its own raw-SQL floor.
for (var i = 0; i + 1 < scale.Count; i += 2)
{
    Console.WriteLine($"{scale[i].Name}: p50 / empty-endpoint p50 {scale[i].P50 / results[0].P50:F1}x; / raw-SQL read p50 {scale[i].P50 / results[2].P50:F1}x; " +
                      $"/ its own raw-SQL p50 {scale[i].P50 / scale[i + 1].P50:F1}x; throughput {scale[i].PerSecond / scale[i + 1].PerSecond:P0} of its raw SQL");
}

return results.Concat(scale).Any(r => r.Errors > 0) ? 1 : 0;

// The same rows the read endpoint needs: the token, its user, the file with its involvements.
static async Task<LoadResult> RawReadAsync(string dbFile, string token, List<Guid> ids, int workers, TimeSpan duration)
{
    var hash = Convert.ToHexString(System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(token)));
    var connections = Enumerable.Range(0, workers).Select(_ => SqliteFloor.Open(dbFile)).ToArray();
    try
    {
        return await Load.RunAsync("floor: raw SQL reading the same rows", workers, duration, async n =>
        {
            var c = connections[n / 1_000_000];
            await using var cmd = c.CreateCommand();
            cmd.CommandText = """
                SELECT UserId FROM api_tokens WHERE TokenHash = $h;
                SELECT Id, Email, OrganisationId, SecurityStamp FROM AspNetUsers WHERE Id = (SELECT UserId FROM api_tokens WHERE TokenHash = $h);
                SELECT c.Id, c.Reference, c.PersonName, c.OpenedAt, i.OrganisationId FROM cases c JOIN case_involvements i ON i.CaseId = c.Id WHERE c.Id = $id;
                """;
            cmd.Parameters.AddWithValue("$h", hash);
            cmd.Parameters.AddWithValue("$id", ids[n % ids.Count].ToString().ToUpperInvariant());
            await using var reader = await cmd.ExecuteReaderAsync();
            var rows = 0;
            do
            {
                while (await reader.ReadAsync())
                {
                    rows++;
                }
            }
            while (await reader.NextResultAsync());
            return rows >= 3;
        });
    }
    finally
    {
        foreach (var c in connections)
        {
            await c.DisposeAsync();
        }
    }
}

// The same writes as the endpoint, without the application: a case row, its involvement and an audit row, one transaction.
static async Task<LoadResult> RawWriteAsync(string dbFile, int workers, TimeSpan duration)
{
    var connections = Enumerable.Range(0, workers).Select(_ => SqliteFloor.Open(dbFile)).ToArray();
    var organisation = await ScalarAsync(connections[0], "SELECT Id FROM organisations WHERE Code = 'POL-ZP-BXL-IXL'");
    try
    {
        return await Load.RunAsync("floor: raw SQL insert of the same rows", workers, duration, async n =>
        {
            var c = connections[n / 1_000_000];
            await using var tx = (SqliteTransaction)await c.BeginTransactionAsync();
            var id = Guid.CreateVersion7().ToString().ToUpperInvariant();
            await using var cmd = c.CreateCommand();
            cmd.Transaction = tx;
            cmd.CommandText = """
                INSERT INTO cases (Id, Reference, PersonName, NameIndex, OpenedByOrganisationId, OpenedAt, Version) VALUES ($id, $ref, $name, $idx, $org, $at, 0);
                INSERT INTO case_involvements (CaseId, OrganisationId, Since) VALUES ($id, $org, $at);
                INSERT INTO audit_entries (Id, At, Type, SubjectType, SubjectId, Mac) VALUES ($aid, $at, 4000, 'Case', $id, $mac);
                """;
            cmd.Parameters.AddWithValue("$id", id);
            cmd.Parameters.AddWithValue("$ref", "RAW-" + id[^12..]);
            cmd.Parameters.AddWithValue("$name", new string('x', 180));
            cmd.Parameters.AddWithValue("$idx", new string('A', 64));
            cmd.Parameters.AddWithValue("$org", organisation);
            cmd.Parameters.AddWithValue("$at", DateTimeOffset.UtcNow.UtcTicks);
            cmd.Parameters.AddWithValue("$aid", Guid.CreateVersion7().ToString().ToUpperInvariant());
            cmd.Parameters.AddWithValue("$mac", new string('B', 64));
            await cmd.ExecuteNonQueryAsync();
            await tx.CommitAsync();
            return true;
        });
    }
    finally
    {
        // The floor's files hold no real ciphertext: removed, so that later commands on this file (the sweep, the report,
        // the name-key check at start) never try to decrypt them. Their audit rows stay (the trail is append-only).
        await using (var cleanup = connections[0].CreateCommand())
        {
            cleanup.CommandText = """
                DELETE FROM case_involvements WHERE CaseId IN (SELECT Id FROM cases WHERE Reference LIKE 'RAW-%');
                DELETE FROM cases WHERE Reference LIKE 'RAW-%';
                """;
            await cleanup.ExecuteNonQueryAsync();
        }

        foreach (var c in connections)
        {
            await c.DisposeAsync();
        }
    }
}

static async Task<string> ScalarAsync(SqliteConnection c, string sql)
{
    await using var cmd = c.CreateCommand();
    cmd.CommandText = sql;
    return (string)(await cmd.ExecuteScalarAsync())!;
}
