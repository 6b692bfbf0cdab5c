using System.Diagnostics;
using System.Security.Cryptography;
using System.Text;
using Microsoft.Data.Sqlite;
using NodaTime;
using OpenNrm.Domain.Residence;
using OpenNrm.Web.Features.Residence;
using OpenNrm.Web.Security;

namespace OpenNrm.Tests;

/// <summary>
/// The "generate" command as an operator runs it: the real executable on fresh SQLite databases. SQLite only:
/// determinism and the refusal rule are the generator's behaviour, not the database's.
/// </summary>
public sealed class SyntheticDataTests : IDisposable
{
    private const string AsOf = "2025-06-30";
    private readonly string _root = Path.Combine(Path.GetTempPath(), "onrm-syn-" + Guid.NewGuid().ToString("N")[..10]);

    [Fact]
    public async Task The_same_seed_gives_the_same_data_twice_and_every_procedure_replays_without_a_rejected_event()
    {
        var first = Database("first", demo: false);
        var second = Database("second", demo: false);

        var run = await first.RunAsync("generate", "--persons", "300", "--seed", "11", "--as-of", AsOf);
        Assert.True(run.Exit == 0, run.Output);
        Assert.Contains("Generated 300 persons", run.Output, StringComparison.Ordinal);
        Assert.Contains("Events the law refused and left out: 0.", run.Output, StringComparison.Ordinal);
        // Redirected output gets plain progress lines, not a redrawn bar.
        Assert.Contains("generated 300/300 persons", run.Output, StringComparison.Ordinal);
        Assert.DoesNotContain('\r', run.Output);
        Assert.Equal(0, (await second.RunAsync("generate", "--persons", "300", "--seed", "11", "--as-of", AsOf)).Exit);

        var expected = await FingerprintAsync(first.File);
        var actual = await FingerprintAsync(second.File);
        Assert.Equal(expected, actual);
        Assert.Equal(300, expected["count cases"]);
        Assert.All(new[] { "count referrals", "count procedures", "count procedure_events", "count audit_entries" }, t => Assert.True(expected[t] > 0, t));

        // Identifiers, ciphertexts and keyed hashes come from the system's random source and each database's keys.
        Assert.NotEqual(await ScalarAsync(first.File, "SELECT PersonName FROM cases ORDER BY Reference LIMIT 1"),
            await ScalarAsync(second.File, "SELECT PersonName FROM cases ORDER BY Reference LIMIT 1"));
        Assert.Equal(0L, await ScalarAsync(first.File, "SELECT COUNT(*) FROM cases WHERE PersonName LIKE '% %' OR length(NameIndex) <> 64"));

        var stages = await ReplayAsync(first.File, LocalDate.FromDateOnly(DateOnly.Parse(AsOf, System.Globalization.CultureInfo.InvariantCulture)));
        Assert.Contains(ProcedureStage.Permanent, stages);
        Assert.Contains(ProcedureStage.IdentifiedVictim, stages);
        Assert.Contains(ProcedureStage.Ended, stages);

        var verify = await first.RunAsync("audit", "verify");
        Assert.True(verify.Exit == 0, verify.Output);
    }

    [Fact]
    public async Task Later_reads_add_audited_reads_of_each_file_and_leave_every_other_fact_as_it_was()
    {
        var plain = Database("plain", demo: false);
        var read = Database("read", demo: false);
        Assert.Equal(0, (await plain.RunAsync("generate", "--persons", "120", "--seed", "11", "--as-of", AsOf)).Exit);
        var refused = await read.RunAsync("generate", "--persons", "120", "--seed", "11", "--as-of", AsOf, "--reads", "-1");
        Assert.True(refused.Exit == 2 && refused.Output.Contains("--reads must be between 0 and 500", StringComparison.Ordinal), refused.Output);
        var run = await read.RunAsync("generate", "--persons", "120", "--seed", "11", "--as-of", AsOf, "--reads", "10");
        Assert.True(run.Exit == 0, run.Output);

        var without = await FingerprintAsync(plain.File);
        var with = await FingerprintAsync(read.File);
        foreach (var key in without.Keys.Where(k => k is not ("count audit_entries" or "hash audit")))
        {
            Assert.True(without[key] == with[key], key);
        }

        const string others = "SELECT Type, At, SubjectType, OrganisationId, Purpose FROM audit_entries WHERE Type NOT IN (2000, 9000, 9002) AND NOT (Type = {0} AND Purpose = 'case work') ORDER BY At, Type, OrganisationId";
        var viewed = (int)Domain.Audit.AuditEventType.CaseViewed;
        Assert.Equal(await HashAsync(plain.File, string.Format(System.Globalization.CultureInfo.InvariantCulture, others, viewed)),
            await HashAsync(read.File, string.Format(System.Globalization.CultureInfo.InvariantCulture, others, viewed)));
        // Each file read up to ten times, only before the day the data runs up to, by someone of an organisation.
        var added = with["count audit_entries"] - without["count audit_entries"];
        Assert.InRange(added, 600, 1200);
        Assert.Equal(added, await ScalarAsync(read.File, $"SELECT COUNT(*) FROM audit_entries WHERE Type = {viewed} AND Purpose = 'case work' AND SubjectType = 'Case' AND UserId IS NOT NULL AND OrganisationId IS NOT NULL"));
        Assert.Equal(0L, await ScalarAsync(read.File, $"SELECT COUNT(*) FROM audit_entries WHERE Type = {viewed} AND Purpose = 'case work' AND At >= {new DateTimeOffset(2025, 6, 30, 0, 0, 0, TimeSpan.Zero).UtcTicks}"));
        Assert.Equal(0L, await ScalarAsync(read.File, $"SELECT COUNT(*) FROM audit_entries a WHERE Type = {viewed} AND Purpose = 'case work' AND NOT EXISTS (SELECT 1 FROM cases c WHERE c.Id = upper(a.SubjectId))"));
        var verify = await read.RunAsync("audit", "verify");
        Assert.True(verify.Exit == 0, verify.Output);
    }

    [Fact]
    public async Task A_database_that_may_hold_real_data_is_refused_and_only_demo_mode_lets_force_override()
    {
        var production = Database("production", demo: false);
        Assert.Equal(0, (await production.RunAsync("migrate")).Exit);
        await InsertApplicationFileAsync(production.File);

        var refused = await production.RunAsync("generate", "--persons", "20", "--as-of", AsOf);
        Assert.True(refused.Exit == 2, refused.Output);
        Assert.Contains("may hold real victims' data", refused.Output, StringComparison.Ordinal);
        var forced = await production.RunAsync("generate", "--persons", "20", "--as-of", AsOf, "--force");
        Assert.True(forced.Exit == 2, forced.Output);
        Assert.Equal(1L, await ScalarAsync(production.File, "SELECT COUNT(*) FROM cases"));
        Assert.Equal(0L, await ScalarAsync(production.File, "SELECT COUNT(*) FROM AspNetUsers WHERE Email LIKE '%@synthetic.opennrm.local'"));

        // The demo seeder's own files do not block; a file typed in by hand does, until --force.
        var demo = Database("demo", demo: true);
        Assert.Equal(0, (await demo.RunAsync("generate", "--persons", "20", "--as-of", AsOf)).Exit);
        await InsertApplicationFileAsync(demo.File);
        var cases = await ScalarAsync(demo.File, "SELECT COUNT(*) FROM cases");
        var unforced = await demo.RunAsync("generate", "--persons", "20", "--as-of", AsOf);
        Assert.True(unforced.Exit == 2, unforced.Output);
        Assert.Contains("--force", unforced.Output, StringComparison.Ordinal);
        Assert.Equal(cases, await ScalarAsync(demo.File, "SELECT COUNT(*) FROM cases"));
        Assert.Equal(0, (await demo.RunAsync("generate", "--persons", "20", "--as-of", AsOf, "--force")).Exit);
        Assert.Equal((long)cases! + 20, await ScalarAsync(demo.File, "SELECT COUNT(*) FROM cases"));
    }

    /// <summary>Counts per table, and a hash per table of the columns the seed decides, rows in an order the seed decides.</summary>
    private static async Task<Dictionary<string, long>> FingerprintAsync(string file)
    {
        var result = new Dictionary<string, long>();
        foreach (var table in new[] { "signals", "signal_persons", "signal_duties", "cases", "case_involvements", "referrals", "procedures", "procedure_events", "audit_entries", "AspNetUsers" })
        {
            result["count " + table] = (long)(await ScalarAsync(file, $"SELECT COUNT(*) FROM {table}"))!;
        }

        var queries = new Dictionary<string, string>
        {
            ["cases"] = "SELECT Reference, OpenedAt, OpenedByOrganisationId FROM cases ORDER BY Reference",
            ["signals"] = """
                SELECT c.Reference, s.DetectedAt, s.Municipality, s.PostalCode, s.JudicialDistrict, s.Context, s.DetectingOrganisationId, s.CreatedAt
                FROM signals s JOIN signal_persons p ON p.SignalId = s.Id AND p.Position = 0 JOIN cases c ON c.Id = p.CaseId ORDER BY c.Reference
                """,
            ["persons"] = """
                SELECT c.Reference, p.Position, p.Gender, p.BirthDate, p.EstimatedAge, p.Nationalities, p.Languages, p.IsMinor, p.IsUnaccompanied,
                       p.Citizenship, p.SuspectedExploitation, p.IndicatorListId, p.IndicatorCodes, p.IndicationsPresent
                FROM signal_persons p JOIN cases c ON c.Id = p.CaseId ORDER BY c.Reference
                """,
            ["duties"] = "SELECT c.Reference, d.Kind, d.Basis, d.DoneAt FROM signal_duties d JOIN signal_persons p ON p.Id = d.SignalPersonId JOIN cases c ON c.Id = p.CaseId ORDER BY c.Reference, d.Kind",
            ["involvements"] = "SELECT c.Reference, i.OrganisationId, i.Since FROM case_involvements i JOIN cases c ON c.Id = i.CaseId ORDER BY c.Reference, i.OrganisationId",
            ["referrals"] = """
                SELECT c.Reference, r.CentreId, r.MinorsStructureId, r.Centre, r.MinorsStructure, r.Recommended, r.OverrideReason, r.SentByOrganisation, r.Status,
                       r.SentAt, r.LastActionAt, r.AcknowledgedAt, r.IntakeScheduledFor, r.IntakeDoneAt, r.IntakeOutcome, r.TransferredTo, r.CancelledAt,
                       r.CancellationReason, r.EscalatedAt, r.EscalatedToAllAt
                FROM referrals r JOIN cases c ON c.Id = r.CaseId ORDER BY c.Reference
                """,
            ["procedures"] = """
                SELECT c.Reference, p.CentreId, p.ProsecutorOfficeId, p.OpenedOn, p.CreatedAt, p.IsThirdCountryNational, p.IsUnaccompaniedMinor, p.CaseworkerId IS NULL,
                       p.IsPending, p.Stage, p.NextDeadlineOn, p.NextDeadlineKind, p.Version
                FROM procedures p JOIN cases c ON c.Id = p.CaseId ORDER BY c.Reference
                """,
            ["events"] = """
                SELECT c.Reference, e.Sequence, e.Kind, e.Date, e.DocumentType, e.WithdrawalReason, e.Criterion, e.ProceedingsStatus, e.Flag,
                       e.RecordedByOrganisation, e.RecordedAt
                FROM procedure_events e JOIN procedures p ON p.Id = e.ProcedureId JOIN cases c ON c.Id = p.CaseId ORDER BY c.Reference, e.Sequence
                """,
            // Account creation and the closing entry are stamped with the real clock; every other entry with the moment of its act.
            ["audit"] = """
                SELECT Type, At, SubjectType, OrganisationId, Purpose, CASE WHEN Type = 4100 THEN NULL ELSE Details END
                FROM audit_entries WHERE Type NOT IN (2000, 9000, 9002) ORDER BY At, Type, OrganisationId, Details
                """,
        };
        foreach (var (name, sql) in queries)
        {
            result["hash " + name] = await HashAsync(file, sql);
        }

        return result;
    }

    /// <summary>Every procedure's stored history read back through the domain: none of its events may be rejected.</summary>
    private static async Task<HashSet<ProcedureStage>> ReplayAsync(string file, LocalDate asOf)
    {
        var histories = new Dictionary<string, List<ProcedureEvent>>();
        await using var db = await OpenAsync(file);
        await using var cmd = db.CreateCommand();
        cmd.CommandText = """
            SELECT p.Id, p.OpenedOn, p.IsThirdCountryNational, p.IsUnaccompaniedMinor, e.Kind, e.Date, e.DocumentType, e.WithdrawalReason, e.Criterion,
                   e.ProceedingsStatus, e.Flag
            FROM procedures p LEFT JOIN procedure_events e ON e.ProcedureId = p.Id ORDER BY p.Id, e.Sequence
            """;
        await using var reader = await cmd.ExecuteReaderAsync();
        while (await reader.ReadAsync())
        {
            var id = reader.GetString(0);
            if (!histories.TryGetValue(id, out var history))
            {
                histories[id] = history = [new ProcedureOpened(LocalDate.FromDateOnly(DateOnly.Parse(reader.GetString(1), System.Globalization.CultureInfo.InvariantCulture)),
                    reader.GetBoolean(2), reader.GetBoolean(3))];
            }

            if (reader.IsDBNull(4))
            {
                continue;
            }

            var kind = Enum.Parse<ProcedureEventKind>(reader.GetString(4));
            bool? flag = reader.IsDBNull(10) ? null : reader.GetBoolean(10);
            var input = new ProcedureEventInput(kind, DateOnly.Parse(reader.GetString(5), System.Globalization.CultureInfo.InvariantCulture),
                Parse<DocumentType>(reader, 6), Parse<WithdrawalReason>(reader, 7), Parse<ProsecutorCriterion>(reader, 8), Parse<ProceedingsStatus>(reader, 9),
                kind == ProcedureEventKind.PublicOrderAssessed ? flag : null, kind == ProcedureEventKind.ChargesRetained ? flag : null,
                kind == ProcedureEventKind.DocumentApplied ? flag : null);
            history.Add(ProcedureEventMapping.ToDomain(input).Event!);
        }

        Assert.NotEmpty(histories);
        var stages = new HashSet<ProcedureStage>();
        foreach (var (id, history) in histories)
        {
            var state = ProcedureEvaluator.Evaluate(history, asOf);
            Assert.True(state.RejectedEvents.Count == 0,
                $"Procedure {id}: {string.Join("; ", state.RejectedEvents.Select(r => r.Event + ": " + r.UnmetConditions[0].Explanation))}");
            stages.Add(state.Stage);
        }

        return stages;
    }

    private static T? Parse<T>(SqliteDataReader reader, int column)
        where T : struct, Enum =>
        reader.IsDBNull(column) ? null : Enum.Parse<T>(reader.GetString(column));

    /// <summary>A file as the application makes one (reference NRM-yyyy-XXXXXX), written straight into the database.</summary>
    private static async Task InsertApplicationFileAsync(string file)
    {
        await using var db = await OpenAsync(file, readOnly: false);
        await using var cmd = db.CreateCommand();
        cmd.CommandText = """
            INSERT INTO cases (Id, Reference, PersonName, NameIndex, OpenedByOrganisationId, OpenedAt, Version)
            VALUES ($id, 'NRM-2025-K7M2QX', 'ciphertext', $index, (SELECT Id FROM organisations WHERE Code = 'POL-ZP-BXL-IXL'), $at, 0)
            """;
        cmd.Parameters.AddWithValue("$id", Guid.CreateVersion7().ToString().ToUpperInvariant());
        cmd.Parameters.AddWithValue("$index", new string('A', 64));
        cmd.Parameters.AddWithValue("$at", DateTimeOffset.UtcNow.UtcTicks);
        Assert.Equal(1, await cmd.ExecuteNonQueryAsync());
    }

    private static async Task<long> HashAsync(string file, string sql)
    {
        await using var db = await OpenAsync(file);
        await using var cmd = db.CreateCommand();
        cmd.CommandText = sql;
        await using var reader = await cmd.ExecuteReaderAsync();
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        while (await reader.ReadAsync())
        {
            var row = string.Join('|', Enumerable.Range(0, reader.FieldCount).Select(i => reader.IsDBNull(i) ? "∅" : Convert.ToString(reader.GetValue(i), System.Globalization.CultureInfo.InvariantCulture)));
            hash.AppendData(Encoding.UTF8.GetBytes(row + "\n"));
        }

        return BitConverter.ToInt64(hash.GetHashAndReset());
    }

    private static async Task<object?> ScalarAsync(string file, string sql)
    {
        await using var db = await OpenAsync(file);
        await using var cmd = db.CreateCommand();
        cmd.CommandText = sql;
        return await cmd.ExecuteScalarAsync();
    }

    private static async Task<SqliteConnection> OpenAsync(string file, bool readOnly = true)
    {
        var db = new SqliteConnection($"Data Source={file};Mode={(readOnly ? "ReadOnly" : "ReadWrite")};Pooling=false");
        await db.OpenAsync();
        return db;
    }

    private DataDirectory Database(string name, bool demo) => new(Path.Combine(_root, name), demo, demo ? null : MasterKey.NewBase64());

    public void Dispose()
    {
        if (Directory.Exists(_root))
        {
            Directory.Delete(_root, recursive: true);
        }
    }

    /// <summary>One installation: a data directory, demo mode or a master key, and the executable run against it.</summary>
    private sealed record DataDirectory(string Path, bool Demo, string? MasterKey)
    {
        public string File => System.IO.Path.Combine(Path, "opennrm.db");

        public async Task<(int Exit, string Output)> RunAsync(params string[] args)
        {
            var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, WorkingDirectory = AppContext.BaseDirectory };
            start.ArgumentList.Add(System.IO.Path.Combine(AppContext.BaseDirectory, "OpenNrm.dll"));
            foreach (var arg in args)
            {
                start.ArgumentList.Add(arg);
            }

            start.Environment["OpenNrm__DataDirectory"] = Path;
            start.Environment["OpenNrm__DemoMode"] = Demo ? "true" : "false";
            start.Environment["OpenNrm__MasterKey"] = MasterKey ?? string.Empty;
            start.Environment["ConnectionStrings__Postgres"] = string.Empty;
            using var process = Process.Start(start)!;
            var output = process.StandardOutput.ReadToEndAsync();
            var error = process.StandardError.ReadToEndAsync();
            await process.WaitForExitAsync();
            return (process.ExitCode, await output + await error);
        }
    }
}
