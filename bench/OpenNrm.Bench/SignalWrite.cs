using System.Globalization;
using System.Net.Http.Json;
using Microsoft.Data.Sqlite;

namespace OpenNrm.Bench;

/// <summary>
/// Signal submission against raw inserts of the same rows. One signal of one third-country adult with two
/// indicators, as a labour inspector records it, writes: the signal, its person, the four legal duties the law
/// gives that person, the person's new file, the inspectorate's involvement in it, its name key, and two audit rows
/// (the file and the signal). The floor inserts exactly those ten rows in one transaction, with values of the same
/// sizes (ciphertext lengths included), through Microsoft.Data.Sqlite with synchronous=FULL.
/// </summary>
public static class SignalWrite
{
    private static readonly string[] Duties = ["ReferToSpecialisedCentre", "NotifyProsecutor", "InformPerson", "SendAdministrativeReportToImmigrationOffice"];

    public static Task<LoadResult> ApiAsync(HttpClient http, int workers, TimeSpan duration) =>
        Load.RunAsync("POST /api/v1/signals (1 person, duties, file)", workers, duration, async n =>
            (await http.PostAsJsonAsync("/api/v1/signals", new
            {
                detectedAt = DateTimeOffset.UtcNow.AddHours(-2).ToString("O", CultureInfo.InvariantCulture),
                municipality = "Antwerpen",
                postalCode = "2000",
                context = "LabourInspection",
                circumstances = "Bench run",
                persons = new object[]
                {
                    new { name = $"Bench Signal {n}", nationalities = new[] { "IN" }, indicatorListId = "ilo-ec-delphi-adult-labour", indicators = new[] { "ADL-DR-S1", "ADL-CR-M1" } },
                },
            })).IsSuccessStatusCode);

    public static async Task<LoadResult> FloorAsync(string dbFile, int workers, TimeSpan duration)
    {
        var connections = Enumerable.Range(0, workers).Select(_ => SqliteFloor.Open(dbFile)).ToArray();
        // The officer the API measure signs in as (the demo frontline officer), and that officer's police zone.
        string organisation, officer;
        await using (var select = connections[0].CreateCommand())
        {
            select.CommandText = "SELECT Id, OrganisationId FROM AspNetUsers WHERE Email = 'frontlineofficer@demo.opennrm.local'";
            await using var reader = await select.ExecuteReaderAsync();
            await reader.ReadAsync();
            (officer, organisation) = (reader.GetString(0), reader.GetString(1));
        }

        try
        {
            return await Load.RunAsync("floor: raw SQL insert of the signal's rows", workers, duration, async n =>
            {
                var c = connections[n / 1_000_000];
                await using var tx = (SqliteTransaction)await c.BeginTransactionAsync();
                await using var cmd = c.CreateCommand();
                cmd.Transaction = tx;
                cmd.CommandText = """
                    INSERT INTO cases (Id, Reference, PersonName, NameIndex, OpenedByOrganisationId, OpenedAt, Version) VALUES ($case, $ref, $cipher, $hash, $org, $at, 0);
                    INSERT INTO case_involvements (CaseId, OrganisationId, Since) VALUES ($case, $org, $at);
                    INSERT INTO case_name_keys (CaseId, KeyHash, KeyVersion) VALUES ($case, $hash, 1);
                    INSERT INTO signals (Id, DetectedAt, Municipality, Context, DetectingOrganisationId, OfficerId, Circumstances, CreatedAt, Version, JudicialDistrict, PostalCode)
                    VALUES ($signal, $at, 'RAW', 'LabourInspection', $org, $officer, $cipher, $at, 0, 'Antwerp', '2000');
                    INSERT INTO signal_persons (Id, SignalId, Position, CaseId, Aliases, Gender, Nationalities, Languages, SuspectedExploitation, IsMinor, IsUnaccompanied, Citizenship, IndicatorListId, IndicatorCodes, IndicationsPresent, IndicatorListVersion)
                    VALUES ($person, $signal, 0, $case, $cipher, 'NonSpecifiedUnknown', 'IN', '', '', 0, 0, 'ThirdCountry', 'ilo-ec-delphi-adult-labour', 'ADL-DR-S1,ADL-CR-M1', 0, '2009-09');
                    INSERT INTO signal_duties (Id, SignalPersonId, Kind, Basis) VALUES ($d0, $person, $k0, 'Circular of 23 December 2016, 3.1 and 3.2');
                    INSERT INTO signal_duties (Id, SignalPersonId, Kind, Basis) VALUES ($d1, $person, $k1, 'Circular of 23 December 2016, 3.1 and 3.2');
                    INSERT INTO signal_duties (Id, SignalPersonId, Kind, Basis) VALUES ($d2, $person, $k2, 'Circular of 23 December 2016, 3.1-3.3; Immigration Act art. 61/2 §1');
                    INSERT INTO signal_duties (Id, SignalPersonId, Kind, Basis) VALUES ($d3, $person, $k3, 'Circular of 23 December 2016, 3.1');
                    INSERT INTO audit_entries (Id, At, Type, SubjectType, SubjectId, Mac) VALUES ($a0, $at, 4000, 'Case', $case, $hash);
                    INSERT INTO audit_entries (Id, At, Type, SubjectType, SubjectId, Details, Mac) VALUES ($a1, $at, 4200, 'Signal', $signal, 'persons=1', $hash);
                    """;
                var caseId = NewId();
                cmd.Parameters.AddWithValue("$case", caseId);
                cmd.Parameters.AddWithValue("$ref", "RAW-" + caseId[^12..]);
                // Same lengths as the real rows: a protected name or note is about 140 characters, a keyed hash 64.
                cmd.Parameters.AddWithValue("$cipher", new string('x', 140));
                cmd.Parameters.AddWithValue("$hash", new string('A', 64));
                cmd.Parameters.AddWithValue("$org", organisation);
                cmd.Parameters.AddWithValue("$officer", officer);
                cmd.Parameters.AddWithValue("$at", DateTimeOffset.UtcNow.UtcTicks);
                cmd.Parameters.AddWithValue("$signal", NewId());
                cmd.Parameters.AddWithValue("$person", NewId());
                for (var i = 0; i < Duties.Length; i++)
                {
                    cmd.Parameters.AddWithValue($"$d{i}", NewId());
                    cmd.Parameters.AddWithValue($"$k{i}", Duties[i]);
                }

                cmd.Parameters.AddWithValue("$a0", NewId());
                cmd.Parameters.AddWithValue("$a1", NewId());
                await cmd.ExecuteNonQueryAsync();
                await tx.CommitAsync();
                return true;
            });
        }
        finally
        {
            // No real ciphertext in the floor's rows: removed, so that later commands on this file never try to decrypt
            // them. Their audit rows stay (the trail is append-only).
            await using (var cleanup = connections[0].CreateCommand())
            {
                cleanup.CommandText = """
                    DELETE FROM signal_duties WHERE SignalPersonId IN (SELECT p.Id FROM signal_persons p JOIN signals s ON s.Id = p.SignalId WHERE s.Municipality = 'RAW');
                    DELETE FROM signal_persons WHERE SignalId IN (SELECT Id FROM signals WHERE Municipality = 'RAW');
                    DELETE FROM signals WHERE Municipality = 'RAW';
                    DELETE FROM case_name_keys WHERE CaseId IN (SELECT Id FROM cases WHERE Reference LIKE 'RAW-%');
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

    private static string NewId() => Guid.CreateVersion7().ToString().ToUpperInvariant();
}
