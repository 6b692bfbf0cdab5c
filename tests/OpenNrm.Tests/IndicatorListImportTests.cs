using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using OpenNrm.Domain.Access;
using OpenNrm.Domain.Audit;
using OpenNrm.Tests.Infrastructure;

namespace OpenNrm.Tests;

/// <summary>
/// A deployment loads its own (confidential) indicator list as data: imported whole or not at all, used for the
/// assessment and the signal, replaced by a newer version only when an administrator says so, unreadable in the
/// database without the key.
/// </summary>
public abstract class IndicatorListImportTests(TestApp app)
{
    /// <summary>A word that appears in every indicator text and nowhere else, to look for in the database.</summary>
    private const string Marker = "Quetzalcoatl";

    private static readonly (string Dimension, string Short)[] Dimensions =
    [
        ("DeceptiveRecruitment", "DR"), ("CoerciveRecruitment", "CR"), ("RecruitmentByAbuseOfVulnerability", "AR"),
        ("ExploitativeConditions", "EX"), ("CoercionAtDestination", "CD"), ("AbuseOfVulnerabilityAtDestination", "AD"),
    ];

    /// <summary>Ticking these makes recruitment, exploitation and the means at destination positive.</summary>
    private static readonly string[] Positive = ["T-DR-S1", "T-DR-S2", "T-EX-S1", "T-EX-S2", "T-CD-S1", "T-CD-S2"];

    public static TheoryData<string, string> Faults => new()
    {
        { "duplicate code", "indicators[1].code" },
        { "unknown strength", "indicators[2].strength" },
        { "strength as a number", "indicators[2].strength" },
        { "missing dimension", "indicators[3].dimension" },
        { "unknown field", "indicators[0].colour" },
        { "unknown list field", "rule" },
        { "oversized", "$" },
        { "too many indicators", "indicators" },
        { "not json", "$" },
        { "id unusable in a URL", "id" },
    };

    [Fact]
    public async Task An_imported_list_is_used_to_assess_and_to_record_a_signal()
    {
        var id = NewId();
        var imported = await ImportAsync(ListJson(id, "2025.1"));
        Assert.Equal(HttpStatusCode.Created, imported.StatusCode);
        Assert.Equal($"/api/v1/indicator-lists/{id}/versions/2025.1", imported.Headers.Location!.OriginalString);
        var entry = await imported.Content.ReadFromJsonAsync<JsonElement>();
        Assert.True(entry.GetProperty("active").GetBoolean());
        Assert.Equal("Imported", entry.GetProperty("origin").GetString());

        var police = app.ApiClient(await app.UserAsync(Role.FrontlineOfficer));
        var lists = await police.GetFromJsonAsync<JsonElement>("/api/v1/indicator-lists");
        var listed = lists.EnumerateArray().Single(l => l.GetProperty("id").GetString() == id);
        Assert.True(listed.GetProperty("active").GetBoolean());
        Assert.Equal(12, listed.GetProperty("indicators").GetArrayLength());
        Assert.Contains(lists.EnumerateArray(), l => l.GetProperty("origin").GetString() == "Shipped");

        var assessed = await police.PostAsJsonAsync("/api/v1/detection-assessments", new { listId = id, presentIndicators = Positive, nationalities = new[] { "NG" } });
        Assert.Equal(HttpStatusCode.OK, assessed.StatusCode);
        var result = await assessed.Content.ReadFromJsonAsync<JsonElement>();
        Assert.True(result.GetProperty("indicationsPresent").GetBoolean());
        Assert.Equal("2025.1", result.GetProperty("listVersion").GetString());

        var person = await RecordSignalAsync(police, id, Positive);
        Assert.True(person.GetProperty("indicationsPresent").GetBoolean());
        Assert.Equal(id, person.GetProperty("indicatorListId").GetString());
        Assert.Equal("2025.1", person.GetProperty("indicatorListVersion").GetString());

        await app.WithDbAsync(async db =>
        {
            var audit = await db.AuditEntries.Where(e => e.Type == AuditEventType.IndicatorListImported).ToListAsync();
            var mine = Assert.Single(audit, e => e.Details!.Contains(id, StringComparison.Ordinal));
            Assert.DoesNotContain(Marker, mine.Details!, StringComparison.Ordinal);
        });
    }

    [Theory]
    [MemberData(nameof(Faults))]
    public async Task A_faulty_list_is_refused_with_the_position_of_each_problem_and_nothing_is_stored(string fault, string position)
    {
        var before = await CountsAsync();
        var response = await ImportAsync(Faulty(fault));
        await ApiAccessTests.AssertProblem(response, HttpStatusCode.BadRequest);
        var errors = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors");
        Assert.True(errors.TryGetProperty(position, out _), $"{fault}: no error at {position} in {errors}");
        Assert.Equal(before, await CountsAsync());
    }

    [Fact]
    public async Task A_shipped_id_or_a_version_already_imported_is_refused_with_409()
    {
        var shipped = await ImportAsync(ListJson("ilo-ec-delphi-adult-labour", "2030"));
        await ApiAccessTests.AssertProblem(shipped, HttpStatusCode.Conflict);

        var id = NewId();
        Assert.Equal(HttpStatusCode.Created, (await ImportAsync(ListJson(id, "1"))).StatusCode);
        var before = await CountsAsync();
        await ApiAccessTests.AssertProblem(await ImportAsync(ListJson(id, "1", textSuffix: " (edited)")), HttpStatusCode.Conflict);
        await ApiAccessTests.AssertProblem(await ImportAsync(ListJson("ILO-EC-DELPHI-ADULT-LABOUR", "2030")), HttpStatusCode.BadRequest);
        Assert.Equal(before, await CountsAsync());
    }

    [Fact]
    public async Task A_frontline_officer_can_neither_import_nor_activate()
    {
        var id = NewId();
        var before = await CountsAsync();
        var police = app.ApiClient(await app.UserAsync(Role.FrontlineOfficer));
        var response = await police.PostAsync("/api/v1/indicator-lists", new StringContent(ListJson(id, "1"), Encoding.UTF8, "application/json"));
        await ApiAccessTests.AssertProblem(response, HttpStatusCode.Forbidden);
        await ApiAccessTests.AssertProblem(await police.PostAsync($"/api/v1/indicator-lists/{id}/versions/1/activate", null), HttpStatusCode.Forbidden);
        Assert.Equal(before, await CountsAsync());
    }

    [Fact]
    public async Task Activating_a_version_switches_the_list_used_and_earlier_signals_stay_explainable()
    {
        var id = NewId();
        Assert.Equal(HttpStatusCode.Created, (await ImportAsync(ListJson(id, "v1"))).StatusCode);
        var police = app.ApiClient(await app.UserAsync(Role.FrontlineOfficer));
        var earlier = await RecordSignalAsync(police, id, Positive);
        Assert.Equal("v1", earlier.GetProperty("indicatorListVersion").GetString());

        var second = await ImportAsync(ListJson(id, "v2", extraCode: "T-EX-S3"));
        Assert.Equal(HttpStatusCode.Created, second.StatusCode);
        Assert.False((await second.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("active").GetBoolean());
        var withNewCode = new { listId = id, presentIndicators = new[] { "T-EX-S3" } };
        await ApiAccessTests.AssertProblem(await police.PostAsJsonAsync("/api/v1/detection-assessments", withNewCode), HttpStatusCode.BadRequest);

        var admin = app.ApiClient(await app.UserAsync(Role.Administrator));
        var activated = await admin.PostAsync($"/api/v1/indicator-lists/{id}/versions/v2/activate", null);
        Assert.Equal(HttpStatusCode.OK, activated.StatusCode);
        Assert.True((await activated.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("active").GetBoolean());

        var assessed = await police.PostAsJsonAsync("/api/v1/detection-assessments", withNewCode);
        Assert.Equal(HttpStatusCode.OK, assessed.StatusCode);
        Assert.Equal("v2", (await assessed.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("listVersion").GetString());

        var versions = (await police.GetFromJsonAsync<JsonElement>("/api/v1/indicator-lists")).EnumerateArray()
            .Where(l => l.GetProperty("id").GetString() == id).ToDictionary(l => l.GetProperty("version").GetString()!);
        Assert.False(versions["v1"].GetProperty("active").GetBoolean());
        Assert.Equal(JsonValueKind.Null, versions["v1"].GetProperty("indicators").ValueKind);
        Assert.True(versions["v2"].GetProperty("active").GetBoolean());

        // The signal recorded before the switch is read against the version it was ticked on.
        var old = await police.GetFromJsonAsync<JsonElement>($"/api/v1/indicator-lists/{id}/versions/v1");
        Assert.Equal(12, old.GetProperty("indicators").GetArrayLength());
        await ApiAccessTests.AssertProblem(await admin.PostAsync($"/api/v1/indicator-lists/{id}/versions/v9/activate", null), HttpStatusCode.NotFound);

        await app.WithDbAsync(async db =>
        {
            Assert.Single(await db.IndicatorLists.Where(l => l.ListId == id && l.IsActive).ToListAsync(), l => l.ListVersion == "v2");
            var entry = Assert.Single(await db.AuditEntries.Where(e => e.Type == AuditEventType.IndicatorListActivated).ToListAsync(),
                e => e.Details!.Contains(id, StringComparison.Ordinal));
            Assert.Contains("previous=v1", entry.Details!, StringComparison.Ordinal);
        });
    }

    [Fact]
    public async Task The_stored_definition_cannot_be_read_in_the_database()
    {
        var id = NewId();
        Assert.Equal(HttpStatusCode.Created, (await ImportAsync(ListJson(id, "1"))).StatusCode);
        await app.WithDbAsync(async db =>
        {
            var connection = db.Database.GetDbConnection();
            await connection.OpenAsync();
            await using var command = connection.CreateCommand();
            command.CommandText = "SELECT \"Definition\" FROM indicator_lists WHERE \"ListId\" = @id";
            var parameter = command.CreateParameter();
            parameter.ParameterName = "id";
            parameter.Value = id;
            command.Parameters.Add(parameter);
            var stored = (string)(await command.ExecuteScalarAsync())!;
            Assert.DoesNotContain(Marker, stored, StringComparison.OrdinalIgnoreCase);
            Assert.DoesNotContain("T-DR-S1", stored, StringComparison.Ordinal);
        });
        var police = app.ApiClient(await app.UserAsync(Role.FrontlineOfficer));
        var read = await police.GetFromJsonAsync<JsonElement>($"/api/v1/indicator-lists/{id}/versions/1");
        Assert.Contains(Marker, read.GetProperty("indicators")[0].GetProperty("text").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_administrator_imports_from_a_file_or_pasted_text_and_activates_on_the_page()
    {
        var session = new BrowserSession(app.BrowserClient());
        Assert.Equal(HttpStatusCode.Redirect, (await session.SignInAsync(await app.UserAsync(Role.Administrator))).StatusCode);
        var id = NewId();

        var pasted = await session.PostFormAsync("/Admin/IndicatorLists?handler=Import", new() { ["Definition"] = ListJson(id, "1") }, "/Admin/IndicatorLists");
        Assert.Equal(HttpStatusCode.Redirect, pasted.StatusCode);

        var refused = await session.PostFormAsync("/Admin/IndicatorLists?handler=Import", new() { ["Definition"] = Faulty("duplicate code") }, "/Admin/IndicatorLists");
        Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
        var html = WebUtility.HtmlDecode(await refused.Content.ReadAsStringAsync());
        Assert.Contains("data-testid=\"problems\"", html, StringComparison.Ordinal);
        Assert.Contains("<code>indicators[1].code</code>", html, StringComparison.Ordinal);

        var page = await (await session.Client.GetAsync("/Admin/IndicatorLists")).Content.ReadAsStringAsync();
        var token = Regex.Match(page, "name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"").Groups[1].Value;
        using var upload = new MultipartFormDataContent
        {
            { new StringContent(WebUtility.HtmlDecode(token)), "__RequestVerificationToken" },
        };
        var file = new ByteArrayContent(Encoding.UTF8.GetBytes(ListJson(id, "2")));
        file.Headers.ContentType = new MediaTypeHeaderValue("application/json");
        upload.Add(file, "Upload", "list.json");
        Assert.Equal(HttpStatusCode.Redirect, (await session.Client.PostAsync("/Admin/IndicatorLists?handler=Import", upload)).StatusCode);

        var activated = await session.PostFormAsync("/Admin/IndicatorLists?handler=Activate", new() { ["ListId"] = id, ["ListVersion"] = "2" }, "/Admin/IndicatorLists");
        Assert.Equal(HttpStatusCode.Redirect, activated.StatusCode);
        var police = app.ApiClient(await app.UserAsync(Role.FrontlineOfficer));
        var inForce = (await police.GetFromJsonAsync<JsonElement>("/api/v1/indicator-lists")).EnumerateArray()
            .Single(l => l.GetProperty("id").GetString() == id && l.GetProperty("active").GetBoolean());
        Assert.Equal("2", inForce.GetProperty("version").GetString());
    }

    private async Task<HttpResponseMessage> ImportAsync(string json) =>
        await app.ApiClient(await app.UserAsync(Role.Administrator))
            .PostAsync("/api/v1/indicator-lists", new StringContent(json, Encoding.UTF8, "application/json"));

    private static async Task<JsonElement> RecordSignalAsync(HttpClient client, string listId, string[] codes)
    {
        var response = await client.PostAsJsonAsync("/api/v1/signals", new
        {
            detectedAt = "2026-11-20T02:00:00+01:00", municipality = "Anderlecht", context = "PoliceControl",
            persons = new[] { new { name = "Indicator Test", nationalities = new[] { "NG" }, indicatorListId = listId, indicators = codes } },
        });
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        return (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("persons")[0];
    }

    private async Task<(int Lists, int Audit)> CountsAsync()
    {
        (int, int) counts = default;
        await app.WithDbAsync(async db => counts = (await db.IndicatorLists.CountAsync(),
            await db.AuditEntries.CountAsync(e => e.Type == AuditEventType.IndicatorListImported || e.Type == AuditEventType.IndicatorListActivated)));
        return counts;
    }

    private static string NewId() => "test-" + Guid.NewGuid().ToString("N")[..12];

    private static List<Dictionary<string, object?>> Items(string textSuffix = "")
    {
        var items = new List<Dictionary<string, object?>>();
        foreach (var (dimension, code) in Dimensions)
        {
            for (var n = 1; n <= 2; n++)
            {
                items.Add(new() { ["code"] = $"T-{code}-S{n}", ["dimension"] = dimension, ["strength"] = "Strong", ["text"] = $"{Marker} sign {n} of {dimension}{textSuffix}" });
            }
        }

        return items;
    }

    private static Dictionary<string, object?> List(string id, string version, List<Dictionary<string, object?>> items) => new()
    {
        ["id"] = id,
        ["name"] = "Test list, adults, labour",
        ["version"] = version,
        ["population"] = "Adult",
        ["exploitation"] = "Labour",
        ["sourceCitation"] = "Test source, not for use",
        ["sourceNote"] = null,
        ["indicators"] = items,
    };

    private static string ListJson(string id, string version, string textSuffix = "", string? extraCode = null)
    {
        var items = Items(textSuffix);
        if (extraCode is not null)
        {
            items.Add(new() { ["code"] = extraCode, ["dimension"] = "ExploitativeConditions", ["strength"] = "Strong", ["text"] = $"{Marker} added in a later version" });
        }

        return JsonSerializer.Serialize(List(id, version, items));
    }

    private static string Faulty(string fault)
    {
        var items = Items();
        var list = List(NewId(), "1", items);
        switch (fault)
        {
            case "duplicate code": items[1]["code"] = items[0]["code"]; break;
            case "unknown strength": items[2]["strength"] = "VeryStrong"; break;
            case "strength as a number": items[2]["strength"] = 1; break;
            case "missing dimension": items[3].Remove("dimension"); break;
            case "unknown field": items[0]["colour"] = "red"; break;
            case "unknown list field": list["rule"] = "Delphi"; break;
            case "oversized": items[0]["text"] = new string('x', 300 * 1024); break;
            case "too many indicators":
                for (var i = 0; i < 500; i++)
                {
                    items.Add(new() { ["code"] = $"T-X-{i}", ["dimension"] = "ExploitativeConditions", ["strength"] = "Weak", ["text"] = "Filler" });
                }

                break;
            case "not json": return "{\"id\": \"x\", ";
            case "id unusable in a URL": list["id"] = "my list/1"; break;
            default: throw new ArgumentOutOfRangeException(nameof(fault), fault, null);
        }

        return JsonSerializer.Serialize(list);
    }
}
