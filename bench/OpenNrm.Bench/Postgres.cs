using System.Globalization;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Security.Cryptography;
using System.Text;
using Npgsql;

namespace OpenNrm.Bench;

/// <summary>
/// The API measures on a PostgreSQL database (bench/postgres.sh, after `generate --copy` of a large history), each
/// followed by a floor: raw SQL through Npgsql that reads the same rows (the token, its user, then the endpoint's
/// query) from the same database at the same concurrency. Parameters are drawn from the data itself.
/// </summary>
public static class Postgres
{
    /// <summary>
    /// Usage: pg base-url connection-string seconds workers frontline-token auditor-token [page-email page-password]:
    /// with a new account of the officer's organisation (email and password), the file's page is measured too.
    /// </summary>
    public static async Task<int> RunAsync(string[] args)
    {
        var (baseUrl, connection) = (args[0].TrimEnd('/'), args[1]);
        var duration = TimeSpan.FromSeconds(int.Parse(args[2], CultureInfo.InvariantCulture));
        var workers = int.Parse(args[3], CultureInfo.InvariantCulture);
        var (frontlineToken, auditorToken) = (args[4], args[5]);
        await using var source = new NpgsqlDataSourceBuilder(connection + $";Maximum Pool Size={workers * 2}").Build();
        using var frontline = Client(baseUrl, frontlineToken, workers);
        using var auditor = Client(baseUrl, auditorToken, workers);
        using var pages = args.Length >= 8 ? await PageSession.SignInAsync(baseUrl, args[6], args[7], workers) : null;

        // The officer's organisation's files (readable by the officer), and names of the whole country (hits and misses).
        var files = await ColumnAsync(source, """
            SELECT c."Id"::text FROM cases c JOIN case_involvements i ON i."CaseId" = c."Id"
            WHERE i."OrganisationId" = (SELECT "OrganisationId" FROM "AspNetUsers" WHERE "Id" = (SELECT "UserId" FROM api_tokens WHERE "TokenHash" = @h))
            ORDER BY c."Id" LIMIT 2000
            """, Hash(frontlineToken));
        var indexes = await ColumnAsync(source, """SELECT "NameIndex" FROM cases ORDER BY "Id" DESC LIMIT 2000""", null);
        // The planner's count of the trail: counting a hundred million entries exactly takes longer than a measure.
        const string AuditEntriesEstimate = """
            SELECT SUM(c.reltuples)::bigint FROM pg_inherits i JOIN pg_class c ON c.oid = i.inhrelid WHERE i.inhparent = 'audit_entries'::regclass
            """;
        Console.WriteLine($"pg data: {await ScalarAsync(source, "SELECT COUNT(*) FROM cases")} files, about {await ScalarAsync(source, AuditEntriesEstimate)} audit entries; " +
                          $"{files.Count} files of the officer's organisation in the working set");
        if (files.Count == 0)
        {
            throw new InvalidOperationException("The officer's organisation works on no file: generate data first.");
        }

        // Hits: third-country names of the generator's pools. No hit: an EU citizen's name (hundreds of namesakes, none
        // protected, so every one is checked) and two names nobody has.
        string[] hits = ["Mohamed El Amrani", "Blessing Igbinosa", "Olena Kovalenko", "Minh Nguyen"];
        string[] misses = ["Elena Popescu", "Bench Nobody", "Jane Placeholder"];
        // The floors ask the check's questions by the exact name's index (the keys need the server's key): of
        // third-country persons' names for the hits, of EU citizens' names (their namesakes included) for the misses.
        var protectedIndexes = await ColumnAsync(source, """
            SELECT c."NameIndex" FROM cases c JOIN signal_persons s ON s."CaseId" = c."Id" WHERE s."Citizenship" = 'ThirdCountry' ORDER BY c."Id" DESC LIMIT 2000
            """, null);
        var unprotectedIndexes = await ColumnAsync(source, """
            SELECT c."NameIndex" FROM cases c JOIN signal_persons s ON s."CaseId" = c."Id" WHERE s."Citizenship" <> 'ThirdCountry'
            AND NOT EXISTS (SELECT 1 FROM procedures p WHERE p."CaseId" = c."Id") ORDER BY c."Id" DESC LIMIT 2000
            """, null);
        // A small generated database may hold nobody of one kind: the question is then asked of a name nobody has.
        foreach (var list in new[] { protectedIndexes, unprotectedIndexes }.Where(l => l.Count == 0))
        {
            list.Add(new string('0', 64));
        }

        // Asked of the files marked as able to protect, as the check asks them (the partial index of marked names).
        const string CheckQuestions = """
            SELECT EXISTS (SELECT 1 FROM cases c WHERE c."NameIndex" = @p AND c."MayProtect" AND EXISTS (SELECT 1 FROM signal_persons s WHERE s."CaseId" = c."Id" AND s."Citizenship" = 'ThirdCountry'));
            SELECT EXISTS (SELECT 1 FROM cases c WHERE c."NameIndex" = @p AND c."MayProtect" AND EXISTS (SELECT 1 FROM procedures p WHERE p."CaseId" = c."Id"));
            """;
        var results = new List<LoadResult>
        {
            await Load.RunAsync("floor: GET /health/live (empty endpoint)", workers, duration, async _ => (await frontline.GetAsync("/health/live")).IsSuccessStatusCode),
            await Load.RunAsync("GET /api/v1/cases/{id}", workers, duration, async n =>
                (await frontline.GetAsync($"/api/v1/cases/{files[n % files.Count]}")).IsSuccessStatusCode),
            await RawAsync("floor: raw SQL, the file's rows", source, frontlineToken, workers, duration, """
                SELECT c.* FROM cases c WHERE c."Id" = @p::uuid AND EXISTS (SELECT 1 FROM case_involvements i WHERE i."CaseId" = c."Id" AND i."OrganisationId" = (SELECT "OrganisationId" FROM "AspNetUsers" WHERE "Id" = (SELECT "UserId" FROM api_tokens WHERE "TokenHash" = @h)));
                SELECT i.* FROM case_involvements i WHERE i."CaseId" = @p::uuid;
                """, n => files[n % files.Count]),
            await Load.RunAsync("POST /api/v1/protection-checks (hit)", workers, duration, async n =>
                (await frontline.PostAsJsonAsync("/api/v1/protection-checks", new { personName = hits[n % hits.Length] })).IsSuccessStatusCode),
            await RawAsync("floor: raw SQL, the check's questions (hit)", source, frontlineToken, workers, duration, CheckQuestions,
                n => protectedIndexes[n % protectedIndexes.Count]),
            await Load.RunAsync("POST /api/v1/protection-checks (no hit)", workers, duration, async n =>
                (await frontline.PostAsJsonAsync("/api/v1/protection-checks", new { personName = misses[n % misses.Length] })).IsSuccessStatusCode),
            await RawAsync("floor: raw SQL, the check's questions (no hit)", source, frontlineToken, workers, duration, CheckQuestions,
                n => unprotectedIndexes[n % unprotectedIndexes.Count]),
            await Load.RunAsync("GET /api/v1/audit?subjectType=Case&subjectId=", workers, duration, async n =>
                (await auditor.GetAsync($"/api/v1/audit?subjectType=Case&subjectId={files[n % files.Count]}")).IsSuccessStatusCode),
            await RawAsync("floor: raw SQL, who accessed the file", source, auditorToken, workers, duration, """
                SELECT a."Id", a."At", a."Type", a."UserId", a."OrganisationId", a."SubjectType", a."SubjectId", a."Purpose", a."Details", s."ChainIndex"
                FROM audit_entries a LEFT JOIN audit_seals s ON s."EntryId" = a."Id"
                WHERE a."SubjectType" = 'Case' AND a."SubjectId" = @p ORDER BY a."At" DESC, a."Id" DESC LIMIT 51;
                """, n => files[n % files.Count]),
        };
        LoadResult? think = null;
        if (pages is not null)
        {
            // The page reads the file as the API does, then the names of the organisations involved, the procedure's
            // identifier, the file's merges and the prosecutors' offices offered to open a procedure.
            results.Add(await Load.RunAsync("GET /Cases/Detail?id= (HTML page)", workers, duration, async n =>
                (await pages.GetAsync($"/Cases/Detail?id={files[n % files.Count]}")).IsSuccessStatusCode));
            results.Add(await RawAsync("floor: raw SQL, the page's rows", source, frontlineToken, workers, duration, """
                SELECT c.* FROM cases c WHERE c."Id" = @p::uuid AND EXISTS (SELECT 1 FROM case_involvements i WHERE i."CaseId" = c."Id" AND i."OrganisationId" = (SELECT "OrganisationId" FROM "AspNetUsers" WHERE "Id" = (SELECT "UserId" FROM api_tokens WHERE "TokenHash" = @h)));
                SELECT i.* FROM case_involvements i WHERE i."CaseId" = @p::uuid;
                SELECT o."Name" FROM organisations o WHERE o."Id" IN (SELECT "OrganisationId" FROM case_involvements WHERE "CaseId" = @p::uuid) ORDER BY o."Name";
                SELECT p."Id" FROM procedures p WHERE p."CaseId" = @p::uuid;
                SELECT m.* FROM case_merges m WHERE m."SurvivorId" = @p::uuid OR m."MergedId" = @p::uuid;
                SELECT o.* FROM organisations o WHERE o."IsActive" AND o."Kind" IN ('ProsecutorOffice', 'LabourAuditorate') ORDER BY o."Name";
                """, n => files[n % files.Count]));
            // The same workers as people: each reads a page, then pauses half a second on average (a person reading a
            // file pauses far longer). Shown apart from the ratios below, which compare saturating loads.
            think = await Load.RunAsync($"GET /Cases/Detail?id= ({workers} users, 0.5 s pauses)", workers, duration, async n =>
                (await pages.GetAsync($"/Cases/Detail?id={files[n % files.Count]}")).IsSuccessStatusCode, TimeSpan.FromMilliseconds(500));
        }

        foreach (var r in results)
        {
            Console.WriteLine(r);
        }

        if (think is not null)
        {
            Console.WriteLine(think);
        }

        Console.WriteLine();
        for (var i = 1; i + 1 < results.Count; i += 2)
        {
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"{results[i].Name}: p50 / empty endpoint {results[i].P50 / results[0].P50:F1}x; p50 / its raw SQL {results[i].P50 / results[i + 1].P50:F1}x; p99 / its raw SQL p99 {results[i].P99 / results[i + 1].P99:F1}x"));
        }

        return results.Any(r => r.Errors > 0) || think?.Errors > 0 ? 1 : 0;
    }

    private static HttpClient Client(string baseUrl, string token, int workers)
    {
        var client = new HttpClient(new SocketsHttpHandler { MaxConnectionsPerServer = workers * 2 }) { BaseAddress = new Uri(baseUrl) };
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return client;
    }

    private static string Hash(string token) => Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(token)));

    private static Task<LoadResult> RawAsync(string name, NpgsqlDataSource source, string token, int workers, TimeSpan duration, string sql, Func<int, string> parameter)
    {
        var hash = Hash(token);
        return Load.RunAsync(name, workers, duration, async n =>
        {
            await using var connection = await source.OpenConnectionAsync();
            await using var cmd = connection.CreateCommand();
            cmd.CommandText = """
                SELECT "UserId" FROM api_tokens WHERE "TokenHash" = @h;
                SELECT "Id", "Email", "OrganisationId", "SecurityStamp" FROM "AspNetUsers" WHERE "Id" = (SELECT "UserId" FROM api_tokens WHERE "TokenHash" = @h);
                """ + sql;
            cmd.Parameters.AddWithValue("h", hash);
            cmd.Parameters.AddWithValue("p", parameter(n));
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

    private static async Task<List<string>> ColumnAsync(NpgsqlDataSource source, string sql, string? hash)
    {
        await using var cmd = source.CreateCommand(sql);
        if (hash is not null)
        {
            cmd.Parameters.AddWithValue("h", hash);
        }

        await using var reader = await cmd.ExecuteReaderAsync();
        var values = new List<string>();
        while (await reader.ReadAsync())
        {
            values.Add(reader.GetString(0));
        }

        return values;
    }

    private static async Task<object?> ScalarAsync(NpgsqlDataSource source, string sql)
    {
        await using var cmd = source.CreateCommand(sql);
        return await cmd.ExecuteScalarAsync();
    }
}
