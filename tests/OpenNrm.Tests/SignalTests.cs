using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using OpenNrm.Domain.Access;
using OpenNrm.Tests.Infrastructure;

namespace OpenNrm.Tests;

/// <summary>A police officer on a construction site at 2 a.m.: two persons, the indicators, the duties the law now gives them.</summary>
public abstract class SignalTests(TestApp app)
{
    private static object TwoPersons(string when = "2026-11-20T02:00:00+01:00") => new
    {
        detectedAt = when,
        municipality = "Anderlecht",
        context = "PoliceControl",
        circumstances = "Twelve workers sleeping on the site; passports held by the foreman.",
        persons = new object[]
        {
            new
            {
                name = "Chukwuemeka Obi", gender = "Masculine", estimatedAge = 30, nationalities = new[] { "NG" }, languages = new[] { "en" },
                suspectedExploitation = new[] { "LabourExploitation" }, indicatorListId = "ilo-ec-delphi-adult-labour",
                indicators = new[] { "ADL-DR-S1", "ADL-DR-M1", "ADL-EX-S1", "ADL-EX-M1", "ADL-CD-S1", "ADL-CD-S2" },
            },
            new
            {
                name = "Ahmad Karimi", gender = "Masculine", birthDate = "2011-03-04", nationalities = new[] { "AF" }, languages = new[] { "fa" },
                unaccompanied = true, suspectedExploitation = new[] { "LabourExploitation" },
            },
        },
    };

    [Fact]
    public async Task A_signal_with_two_persons_gives_each_their_file_indicator_result_and_duties()
    {
        var police = await app.UserAsync(Role.FrontlineOfficer);
        var response = await app.ApiClient(police).PostAsJsonAsync("/api/v1/signals", TwoPersons());
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var signal = await response.Content.ReadFromJsonAsync<JsonElement>();
        var persons = signal.GetProperty("persons").EnumerateArray().ToList();
        Assert.Equal(2, persons.Count);

        Assert.True(persons[0].GetProperty("indicationsPresent").GetBoolean());
        Assert.False(persons[0].GetProperty("isMinor").GetBoolean());
        Assert.Equal(["InformPerson", "NotifyProsecutor", "ReferToSpecialisedCentre", "SendAdministrativeReportToImmigrationOffice"], Kinds(persons[0]));

        Assert.True(persons[1].GetProperty("isMinor").GetBoolean());
        Assert.Equal(["InformPerson", "NotifyProsecutor", "ReferToSpecialisedCentre", "SendAdministrativeReportToImmigrationOffice", "ReportToGuardianshipService"], Kinds(persons[1]));
        Assert.All(persons, p => Assert.StartsWith("NRM-", p.GetProperty("reference").GetString(), StringComparison.Ordinal));
    }

    [Fact]
    public async Task An_uninvolved_centre_cannot_see_the_signal()
    {
        var police = await app.UserAsync(Role.FrontlineOfficer);
        var id = await RecordAsync(police);
        var centre = await app.UserAsync(Role.CentreCaseworker);
        await ApiAccessTests.AssertProblem(await app.ApiClient(centre).GetAsync($"/api/v1/signals/{id}"), HttpStatusCode.NotFound);
        Assert.Equal(HttpStatusCode.OK, (await app.ApiClient(police).GetAsync($"/api/v1/signals/{id}")).StatusCode);
    }

    [Fact]
    public async Task A_duty_is_reported_done_once_by_the_detecting_service()
    {
        var police = await app.UserAsync(Role.FrontlineOfficer);
        var signal = await (await app.ApiClient(police).PostAsJsonAsync("/api/v1/signals", TwoPersons())).Content.ReadFromJsonAsync<JsonElement>();
        var id = signal.GetProperty("id").GetGuid();
        var duty = signal.GetProperty("persons")[0].GetProperty("duties")[0].GetProperty("id").GetGuid();

        var done = await app.ApiClient(police).PostAsync($"/api/v1/signals/{id}/duties/{duty}/done", null);
        Assert.Equal(HttpStatusCode.OK, done.StatusCode);
        var after = await done.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(police.Id, after.GetProperty("persons")[0].GetProperty("duties")[0].GetProperty("doneBy").GetGuid());
        await ApiAccessTests.AssertProblem(await app.ApiClient(police).PostAsync($"/api/v1/signals/{id}/duties/{duty}/done", null), HttpStatusCode.Conflict);

        var otherZone = await app.CreateUserAsync(Role.FrontlineOfficer, "POL-ZP-GENT");
        await ApiAccessTests.AssertProblem(await app.ApiClient(otherZone).PostAsync($"/api/v1/signals/{id}/duties/{duty}/done", null), HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task A_third_country_national_is_protected_from_the_signal_on_and_an_eu_citizen_is_not_concerned()
    {
        var police = await app.UserAsync(Role.FrontlineOfficer);
        await RecordAsync(police);
        var returnUnit = await app.UserAsync(Role.ImmigrationReturnOfficer);
        var hit = await app.ApiClient(returnUnit).PostAsJsonAsync("/api/v1/protection-checks", new { personName = "chukwuemeka OBI" });
        Assert.True((await hit.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("protected").GetBoolean());

        var eu = await app.ApiClient(police).PostAsync("/api/v1/signals", new StringContent(
            Json(person: "{\"name\":\"Ioana Popescu\",\"nationalities\":[\"RO\"]}"), Encoding.UTF8, "application/json"));
        Assert.Equal(HttpStatusCode.Created, eu.StatusCode);
        var miss = await app.ApiClient(returnUnit).PostAsJsonAsync("/api/v1/protection-checks", new { personName = "Ioana Popescu" });
        Assert.Equal("{\"protected\":false,\"contact\":null}", await miss.Content.ReadAsStringAsync());
    }

    public static TheoryData<string, string> BadSignals => new()
    {
        { Json(detectedAt: "2099-01-01T00:00:00Z"), "detectedAt" },
        { Json(person: "{\"name\":\"A\",\"birthDate\":\"2026-12-01\"}"), "persons[0].birthDate" },
        { Json(person: "{\"name\":\"A\",\"nationalities\":[\"XX\"]}"), "persons[0].nationalities" },
        { Json(person: "{\"name\":\"A\",\"languages\":[\"zz\"]}"), "persons[0].languages" },
        { Json(person: "{\"name\":\"\"}"), "persons[0].name" },
        { Json(person: "{\"name\":\"A\",\"indicatorListId\":\"ilo-ec-delphi-adult-labour\",\"indicators\":[\"NOPE\"]}"), "persons[0].indicators" },
        { "{\"detectedAt\":\"2026-11-20T02:00:00Z\",\"municipality\":\"Gent\",\"context\":\"PoliceControl\",\"persons\":[]}", "persons" },
        { "{\"detectedAt\":\"2026-11-20T02:00:00Z\",\"municipality\":\"Gent\",\"context\":\"PoliceControl\",\"circumstances\":\"" + new string('x', 4001) + "\",\"persons\":[{\"name\":\"A\"}]}", "circumstances" },
    };

    [Theory]
    [MemberData(nameof(BadSignals))]
    public async Task A_bad_signal_is_refused_naming_the_field_and_nothing_is_saved(string body, string field)
    {
        var police = await app.UserAsync(Role.FrontlineOfficer);
        var before = await CountsAsync();
        var response = await app.ApiClient(police).PostAsync("/api/v1/signals", new StringContent(body, Encoding.UTF8, "application/json"));
        await ApiAccessTests.AssertProblem(response, HttpStatusCode.BadRequest);
        Assert.True((await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors").TryGetProperty(field, out _), await response.Content.ReadAsStringAsync());
        Assert.Equal(before, await CountsAsync());
    }

    private static string Json(string detectedAt = "2026-11-20T02:00:00Z", string person = "{\"name\":\"A\"}") =>
        $"{{\"detectedAt\":\"{detectedAt}\",\"municipality\":\"Gent\",\"context\":\"PoliceControl\",\"persons\":[{person}]}}";

    [Fact]
    public async Task Carrying_out_a_duty_gives_the_addressed_authority_the_file_and_the_signal_in_its_list()
    {
        var police = await app.UserAsync(Role.FrontlineOfficer);
        var body = JsonSerializer.Serialize(TwoPersons()).Replace("\"municipality\":\"Anderlecht\"", "\"municipality\":\"Anderlecht\",\"postalCode\":\"1070\"", StringComparison.Ordinal);
        var created = await app.ApiClient(police).PostAsync("/api/v1/signals", new StringContent(body, Encoding.UTF8, "application/json"));
        var signal = await created.Content.ReadFromJsonAsync<JsonElement>();
        var id = signal.GetProperty("id").GetGuid();
        Assert.Equal("Brussels", signal.GetProperty("judicialDistrict").GetString());
        var minor = signal.GetProperty("persons")[1];
        var guardianship = await app.UserAsync(Role.GuardianshipOfficer);
        var prosecutor = await app.UserAsync(Role.Prosecutor);

        // Before the report, the Guardianship Service has no need to know.
        await ApiAccessTests.AssertProblem(await app.ApiClient(guardianship).GetAsync($"/api/v1/signals/{id}"), HttpStatusCode.NotFound);
        Assert.DoesNotContain((await app.ApiClient(guardianship).GetFromJsonAsync<JsonElement>("/api/v1/signals?scope=Received")).EnumerateArray(),
            r => r.GetProperty("id").GetGuid() == id);

        foreach (var kind in new[] { "ReportToGuardianshipService", "NotifyProsecutor" })
        {
            var duty = minor.GetProperty("duties").EnumerateArray().Single(d => d.GetProperty("kind").GetString() == kind).GetProperty("id").GetGuid();
            Assert.Equal(HttpStatusCode.OK, (await app.ApiClient(police).PostAsync($"/api/v1/signals/{id}/duties/{duty}/done", null)).StatusCode);
        }

        Assert.Equal(HttpStatusCode.OK, (await app.ApiClient(guardianship).GetAsync($"/api/v1/signals/{id}")).StatusCode);
        var received = await app.ApiClient(guardianship).GetFromJsonAsync<JsonElement>("/api/v1/signals?scope=Received&minors=true");
        var row = received.EnumerateArray().Single(r => r.GetProperty("id").GetGuid() == id);
        Assert.Equal((2, 1), (row.GetProperty("persons").GetInt32(), row.GetProperty("minors").GetInt32()));
        Assert.DoesNotContain("Karimi", received.GetRawText(), StringComparison.Ordinal);
        // The Brussels prosecutor's office (the district of postal code 1070) now works on the minor's file.
        Assert.Equal(HttpStatusCode.OK, (await app.ApiClient(prosecutor).GetAsync($"/api/v1/cases/{minor.GetProperty("caseId").GetGuid()}")).StatusCode);
    }

    [Fact]
    public async Task The_officer_sees_open_and_overdue_duties_in_their_list()
    {
        var police = await app.UserAsync(Role.FrontlineOfficer);
        var id = await RecordAsync(police);
        var mine = await app.ApiClient(police).GetFromJsonAsync<JsonElement>("/api/v1/signals?scope=Mine");
        var row = mine.EnumerateArray().Single(r => r.GetProperty("id").GetGuid() == id);
        Assert.Equal(9, row.GetProperty("openDuties").GetInt32());
        // Detected on 20 November at 2 a.m.: a day later every open duty is overdue, for the officer and their supervisor.
        Assert.Equal(9, row.GetProperty("overdueDuties").GetInt32());
    }

    [Fact]
    public async Task A_list_pages_by_detection_time_without_losing_or_repeating_a_signal_even_on_equal_times()
    {
        var police = await app.UserAsync(Role.FrontlineOfficer);
        var recorded = new List<Guid>();
        // Three signals share one detection time: a page may not end inside them, or the next page would skip the rest.
        foreach (var when in new[] { "2026-11-20T02:00:00+01:00", "2026-11-19T02:00:00+01:00", "2026-11-19T02:00:00+01:00", "2026-11-19T02:00:00+01:00", "2026-11-18T08:30:00+01:00" })
        {
            var response = await app.ApiClient(police).PostAsJsonAsync("/api/v1/signals", TwoPersons(when));
            Assert.Equal(HttpStatusCode.Created, response.StatusCode);
            recorded.Add((await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid());
        }

        var client = app.ApiClient(police);
        var paged = new List<Guid>();
        var url = "/api/v1/signals?scope=Mine&limit=2";
        var pages = 0;
        for (; url is not null; pages++)
        {
            Assert.True(pages < 20, "the Link header never ends");
            var response = await client.GetAsync(url);
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            // The officer's account is shared with other tests of this class: only this test's signals are compared.
            var rows = (await response.Content.ReadFromJsonAsync<JsonElement>()).EnumerateArray().Where(r => recorded.Contains(r.GetProperty("id").GetGuid())).ToList();
            var detected = rows.Select(r => r.GetProperty("detectedAt").GetDateTimeOffset()).ToList();
            Assert.Equal(detected.OrderDescending(), detected);
            Assert.All(rows, r => Assert.Equal(2, r.GetProperty("persons").GetInt32()));
            paged.AddRange(rows.Select(r => r.GetProperty("id").GetGuid()));
            url = response.Headers.TryGetValues("Link", out var link) ? link.Single().Split('>')[0].TrimStart('<') : null;
        }

        Assert.True(pages >= 2, "five signals in pages of two need more than one page");
        Assert.Equal(paged.Count, paged.Distinct().Count());
        Assert.Equal(recorded.Order(), paged.Order());

        await ApiAccessTests.AssertProblem(await client.GetAsync("/api/v1/signals?scope=Mine&limit=0"), HttpStatusCode.BadRequest);
        await ApiAccessTests.AssertProblem(await client.GetAsync("/api/v1/signals?scope=Mine&limit=201"), HttpStatusCode.BadRequest);
    }

    private static string[] Kinds(JsonElement person) =>
        person.GetProperty("duties").EnumerateArray().Select(d => d.GetProperty("kind").GetString()!).ToArray();

    private async Task<Guid> RecordAsync(TestUser user)
    {
        var response = await app.ApiClient(user).PostAsJsonAsync("/api/v1/signals", TwoPersons());
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        return (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();
    }

    private async Task<(int Signals, int Cases)> CountsAsync()
    {
        (int, int) counts = default;
        await app.WithDbAsync(async db => counts = (await db.Signals.CountAsync(), await db.Cases.CountAsync()));
        return counts;
    }
}
