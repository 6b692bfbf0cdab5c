using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Microsoft.Data.Sqlite;

namespace OpenNrm.Bench;

/// <summary>
/// The measures that need a full database (the generated 20,000-person decade): the protection check, a centre's
/// procedures by next deadline, its incoming referrals, and an auditor's lookup of one procedure's trail. Each has
/// a raw-SQL floor that reads the same rows (token, user, then the query the endpoint runs) from the same file.
/// </summary>
public static class Scale
{
    /// <summary>Common names of the nationalities the generator draws from (some will match files, most will not).</summary>
    private static readonly string[] CheckedNames =
    [
        "Mohamed El Amrani", "Fatima Benali", "Blessing Igbinosa", "Joy Okafor", "Osagie Omoregie", "Ahmed Hassan", "Amine Khelifi",
        "Olena Kovalenko", "Dmytro Shevchenko", "Ana Silva", "Rahul Singh", "Muhammad Khan", "Wei Wang", "Minh Nguyen", "Linh Tran",
        "Elena Popescu", "Maria Ivanova", "Arben Hoxha", "Precious Eze", "Youssef Tazi", "Bench Nobody", "Jane Placeholder",
    ];

    public static async Task<List<LoadResult>> RunAsync(string baseUrl, string frontlineToken, string caseworkerToken, string auditorToken, string dbFile,
        int workers, TimeSpan duration)
    {
        using var frontline = Client(baseUrl, frontlineToken, workers);
        using var caseworker = Client(baseUrl, caseworkerToken, workers);
        using var auditor = Client(baseUrl, auditorToken, workers);

        // The auditor looks up the trail of procedures the centre works on.
        var procedures = (await caseworker.GetFromJsonAsync<JsonElement>("/api/v1/procedures?scope=Team")).EnumerateArray()
            .Select(p => p.GetProperty("procedureId").GetGuid().ToString()).ToList();
        if (procedures.Count == 0)
        {
            throw new InvalidOperationException("The centre has no pending procedure: generate data first (bench/scale.sh).");
        }

        var organisation = await ScalarAsync(dbFile, "SELECT Id FROM organisations WHERE Code = 'CENTRE-PAGASA'");
        var nameIndexes = await ColumnAsync(dbFile, "SELECT NameIndex FROM cases WHERE Reference LIKE 'NRM-SYN-%' ORDER BY Reference LIMIT 500");
        Console.WriteLine($"scale data: {procedures.Count} pending procedures in the caseworker's list; audit lookups over those procedures");

        return
        [
            await Load.RunAsync("POST /api/v1/protection-checks", workers, duration, async n =>
                (await frontline.PostAsJsonAsync("/api/v1/protection-checks", new { personName = CheckedNames[n % CheckedNames.Length] })).IsSuccessStatusCode),
            await RawAsync("floor: raw SQL, protection check rows", dbFile, frontlineToken, workers, duration, """
                SELECT e.* FROM procedures p JOIN procedure_events e ON e.ProcedureId = p.Id WHERE p.CaseId IN (SELECT Id FROM cases WHERE NameIndex = $p);
                SELECT EXISTS (SELECT 1 FROM signal_persons sp WHERE sp.Citizenship = 'ThirdCountry' AND sp.CaseId IN (SELECT Id FROM cases WHERE NameIndex = $p));
                """, n => nameIndexes[n % nameIndexes.Count]),
            await Load.RunAsync("GET /api/v1/procedures?scope=Team", workers, duration, async _ =>
                (await caseworker.GetAsync("/api/v1/procedures?scope=Team")).IsSuccessStatusCode),
            await RawAsync("floor: raw SQL, team procedures by deadline", dbFile, caseworkerToken, workers, duration, """
                SELECT p.Id, p.CaseId, c.Reference, p.Stage, p.NextDeadlineKind, p.NextDeadlineOn, p.CaseworkerId
                FROM procedures p JOIN cases c ON c.Id = p.CaseId
                WHERE p.IsPending = 1 AND EXISTS (SELECT 1 FROM case_involvements i WHERE i.CaseId = p.CaseId AND i.OrganisationId = $p)
                ORDER BY p.NextDeadlineOn IS NULL, p.NextDeadlineOn, p.OpenedOn LIMIT 500;
                """, _ => organisation),
            await Load.RunAsync("GET /api/v1/referrals?box=Incoming", workers, duration, async _ =>
                (await caseworker.GetAsync("/api/v1/referrals?box=Incoming")).IsSuccessStatusCode),
            // The endpoint's first page: every waiting referral, then 50 handled ones newest first, one query per
            // addressee column (each walks its own index), then the files' references.
            await RawAsync("floor: raw SQL, incoming referrals (first page)", dbFile, caseworkerToken, workers, duration, """
                SELECT r.* FROM referrals r WHERE r.CentreId = $p AND r.Status = 'Sent' ORDER BY r.SentAt LIMIT 200;
                SELECT r.* FROM referrals r WHERE r.MinorsStructureId = $p AND r.Status = 'Sent' ORDER BY r.SentAt LIMIT 200;
                SELECT r.* FROM referrals r WHERE r.CentreId = $p AND r.Status <> 'Sent' ORDER BY r.SentAt DESC LIMIT 51;
                SELECT r.* FROM referrals r WHERE r.MinorsStructureId = $p AND r.Status <> 'Sent' ORDER BY r.SentAt DESC LIMIT 51;
                SELECT c.Id, c.Reference FROM cases c WHERE c.Id IN (SELECT r.CaseId FROM referrals r WHERE r.CentreId = $p ORDER BY r.SentAt DESC LIMIT 51);
                """, _ => organisation),
            await Load.RunAsync("GET /api/v1/audit?subjectType=Procedure&subjectId=", workers, duration, async n =>
                (await auditor.GetAsync($"/api/v1/audit?subjectType=Procedure&subjectId={procedures[n % procedures.Count]}")).IsSuccessStatusCode),
            await RawAsync("floor: raw SQL, one procedure's trail", dbFile, auditorToken, workers, duration, """
                SELECT a.Id, a.At, a.Type, a.UserId, a.OrganisationId, a.SubjectType, a.SubjectId, a.Purpose, a.Details, s.ChainIndex
                FROM audit_entries a LEFT JOIN audit_seals s ON s.EntryId = a.Id
                WHERE a.SubjectType = 'Procedure' AND a.SubjectId = $p ORDER BY a.At DESC, a.Id DESC LIMIT 51;
                """, n => procedures[n % procedures.Count]),
        ];
    }

    private static HttpClient Client(string baseUrl, string token, int workers)
    {
        var client = new HttpClient(new SocketsHttpHandler { MaxConnectionsPerServer = workers * 2 }) { BaseAddress = new Uri(baseUrl) };
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return client;
    }

    /// <summary>The caller's token and user, then <paramref name="sql"/> with its parameter, each worker on its own connection.</summary>
    private static async Task<LoadResult> RawAsync(string name, string dbFile, string token, int workers, TimeSpan duration, string sql, Func<int, string> parameter)
    {
        var hash = Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(token)));
        var connections = Enumerable.Range(0, workers).Select(_ => Open(dbFile)).ToArray();
        try
        {
            return await Load.RunAsync(name, workers, duration, async n =>
            {
                await using var cmd = connections[n / 1_000_000].CreateCommand();
                cmd.CommandText = """
                    SELECT UserId FROM api_tokens WHERE TokenHash = $h;
                    SELECT Id, Email, OrganisationId, SecurityStamp FROM AspNetUsers WHERE Id = (SELECT UserId FROM api_tokens WHERE TokenHash = $h);
                    """ + sql;
                cmd.Parameters.AddWithValue("$h", hash);
                cmd.Parameters.AddWithValue("$p", parameter(n));
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
                return rows >= 2;
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

    private static SqliteConnection Open(string file)
    {
        var c = new SqliteConnection($"Data Source={file};Mode=ReadOnly;Pooling=false");
        c.Open();
        return c;
    }

    private static async Task<string> ScalarAsync(string file, string sql)
    {
        await using var c = Open(file);
        await using var cmd = c.CreateCommand();
        cmd.CommandText = sql;
        return (string)(await cmd.ExecuteScalarAsync())!;
    }

    private static async Task<List<string>> ColumnAsync(string file, string sql)
    {
        await using var c = Open(file);
        await using var cmd = c.CreateCommand();
        cmd.CommandText = sql;
        await using var reader = await cmd.ExecuteReaderAsync();
        var values = new List<string>();
        while (await reader.ReadAsync())
        {
            values.Add(reader.GetString(0));
        }

        return values;
    }
}
