using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using OpenNrm.Domain.Access;
using OpenNrm.Domain.Audit;
using OpenNrm.Tests.Infrastructure;

namespace OpenNrm.Tests;

/// <summary>
/// Who may answer a request for access, run the purge and place legal holds; what the answer holds; and that bad
/// input or an unknown file is a problem that writes nothing.
/// </summary>
public abstract class RetentionTests(TestApp app)
{
    private static DateOnly Today => LegalToday.Date;

    [Fact]
    public async Task The_data_protection_officer_gets_everything_held_on_the_person_care_notes_and_consultations_included()
    {
        var caseworker = await app.UserAsync(Role.CentreCaseworker);
        var (file, reference, support, name) = await SupportedFileAsync(caseworker);
        var client = app.ApiClient(caseworker);
        Assert.Equal(HttpStatusCode.Created, (await client.PostAsJsonAsync($"/api/v1/support-cases/{support}/notes",
            new { sensitivity = "General", text = "Asked for help with the PCSW forms." })).StatusCode);
        Assert.Equal(HttpStatusCode.Created, (await client.PostAsJsonAsync($"/api/v1/support-cases/{support}/notes",
            new { sensitivity = "Care", text = "Trauma therapy every second week." })).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await client.PostAsJsonAsync($"/api/v1/support-cases/{support}/consents",
            new { purpose = "ShareWithPcsw", coversHealthData = false })).StatusCode);
        Assert.Equal(HttpStatusCode.Created, (await client.PostAsJsonAsync($"/api/v1/support-cases/{support}/interpretations",
            new { language = "Tigrinya", on = Today, provider = "Sociaal Vertaalbureau" })).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync($"/api/v1/support-cases/{support}?purpose=monthly%20review")).StatusCode);

        // A caseworker, an administrator, the rapporteur: none of them may export a person's whole record.
        foreach (var role in new[] { Role.CentreCaseworker, Role.CentreCoordinator, Role.Administrator, Role.RapporteurAnalyst })
        {
            await ApiAccessTests.AssertProblem(await app.ApiClient(await app.UserAsync(role)).PostAsJsonAsync("/api/v1/subject-access",
                new { caseReference = reference, requestReference = "REQ-1" }), HttpStatusCode.Forbidden);
        }

        var auditor = await app.UserAsync(Role.Auditor);
        var response = await app.ApiClient(auditor).PostAsJsonAsync("/api/v1/subject-access",
            new { caseReference = reference, requestReference = "DPO/2026/017", receivedOn = Today.AddDays(-3) });
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("attachment", response.Content.Headers.ContentDisposition?.DispositionType);
        var answer = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
        Assert.Equal(Today.AddDays(-3).AddMonths(1), DateOnly.Parse(answer.GetProperty("answerDueOn").GetString()!, System.Globalization.CultureInfo.InvariantCulture));
        var section = answer.GetProperty("files")[0];
        Assert.Equal(name, section.GetProperty("personName").GetString());
        var notes = section.GetProperty("support")[0].GetProperty("notes").EnumerateArray().Select(n => n.GetProperty("text").GetString()).ToList();
        Assert.Equal(["Asked for help with the PCSW forms.", "Trauma therapy every second week."], notes);
        Assert.Equal("ShareWithPcsw", section.GetProperty("support")[0].GetProperty("consents")[0].GetProperty("purpose").GetString());
        var interpreter = section.GetProperty("support")[0].GetProperty("services").GetProperty("interpretations")[0];
        Assert.Equal(("Tigrinya", "Sociaal Vertaalbureau"), (interpreter.GetProperty("language").GetString(), interpreter.GetProperty("provider").GetString()));
        var accesses = answer.GetProperty("accesses").EnumerateArray().ToList();
        Assert.Contains(accesses, a => a.GetProperty("event").GetString() == "SupportCaseViewed" && a.GetProperty("purpose").GetString() == "monthly review");
        Assert.All(accesses, a => Assert.False(a.TryGetProperty("userId", out _)));
        Assert.Contains(answer.GetProperty("recipients").EnumerateArray(), r => r.GetProperty("kind").GetString() == "SpecialisedCentre");
        Assert.Contains(answer.GetProperty("retention").EnumerateArray(), r => r.GetProperty("recordClass").GetString() == "MedicalNote" && r.GetProperty("period").GetString() == "P10Y");
        Assert.Equal(1, await AuditCountAsync(AuditEventType.SubjectAccessExported, file, "subject access request DPO/2026/017"));

        // The same answer as a printed page, with its headings in the officer's language.
        var session = new BrowserSession(app.BrowserClient());
        Assert.Equal(HttpStatusCode.Redirect, (await session.SignInAsync(await app.CreateUserAsync(Role.Auditor, "SYSADMIN"))).StatusCode);
        var page = await session.PostFormAsync("/Retention/SubjectAccess?culture=fr",
            new() { ["CaseReference"] = reference, ["RequestReference"] = "DPO/2026/018" });
        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        // Razor encodes accented letters; decoded, the page reads as the officer reads it.
        var html = WebUtility.HtmlDecode(await page.Content.ReadAsStringAsync());
        Assert.Contains("Trauma therapy every second week.", html, StringComparison.Ordinal);
        Assert.Contains("Qui a consulté ou modifié le dossier", html, StringComparison.Ordinal);
        Assert.Contains("Accompagnement consulté", html, StringComparison.Ordinal);
        var dutch = await session.PostFormAsync("/Retention/SubjectAccess?culture=nl",
            new() { ["CaseReference"] = reference, ["RequestReference"] = "DPO/2026/019" });
        Assert.Contains("Hoe lang de gegevens worden bewaard", WebUtility.HtmlDecode(await dutch.Content.ReadAsStringAsync()), StringComparison.Ordinal);
        Assert.Equal(1, await AuditCountAsync(AuditEventType.SubjectAccessExported, file, "subject access request DPO/2026/018"));
    }

    [Theory]
    [InlineData("", "REQ-2", "caseReference")]
    [InlineData("KNOWN", "", "requestReference")]
    [InlineData("KNOWN", "   ", "requestReference")]
    [InlineData("NRM-0000-NOSUCH", "REQ-3", "")]
    public async Task A_request_without_its_reference_or_for_an_unknown_file_is_a_problem_and_writes_nothing(string caseReference, string requestReference, string field)
    {
        var (_, reference, _, _) = await SupportedFileAsync(await app.UserAsync(Role.CentreCaseworker));
        var auditor = await app.UserAsync(Role.Auditor);
        var before = await AuditCountAsync(AuditEventType.SubjectAccessExported);

        var response = await app.ApiClient(auditor).PostAsJsonAsync("/api/v1/subject-access",
            new { caseReference = caseReference == "KNOWN" ? reference : caseReference, requestReference });

        await ApiAccessTests.AssertProblem(response, field.Length == 0 ? HttpStatusCode.NotFound : HttpStatusCode.BadRequest);
        if (field.Length > 0)
        {
            Assert.True((await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors").TryGetProperty(field, out _));
        }

        Assert.Equal(before, await AuditCountAsync(AuditEventType.SubjectAccessExported));
        var session = new BrowserSession(app.BrowserClient());
        Assert.Equal(HttpStatusCode.Redirect, (await session.SignInAsync(await app.CreateUserAsync(Role.Auditor, "SYSADMIN"))).StatusCode);
        var page = await session.PostFormAsync("/Retention/SubjectAccess",
            new() { ["CaseReference"] = caseReference == "KNOWN" ? reference : caseReference, ["RequestReference"] = requestReference });
        Assert.Equal(field.Length == 0 ? HttpStatusCode.NotFound : HttpStatusCode.BadRequest, page.StatusCode);
        Assert.Contains("data-testid=\"errors\"", await page.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(before, await AuditCountAsync(AuditEventType.SubjectAccessExported));
    }

    [Fact]
    public async Task A_coordinator_holds_a_file_the_centre_supports_and_nobody_else_reaches_it()
    {
        var caseworker = await app.UserAsync(Role.CentreCaseworker);
        var (file, reference, support, _) = await SupportedFileAsync(caseworker);
        var coordinator = app.ApiClient(await app.UserAsync(Role.CentreCoordinator));
        var hold = new { caseReference = reference, reason = "Criminal proceedings pending at Brussels", placedOn = Today };

        // A caseworker may not hold; another centre's coordinator is told the file does not exist.
        await ApiAccessTests.AssertProblem(await app.ApiClient(caseworker).PostAsJsonAsync("/api/v1/retention/holds", hold), HttpStatusCode.Forbidden);
        var payoke = app.ApiClient(await app.CreateUserAsync(Role.CentreCoordinator, "CENTRE-PAYOKE"));
        await ApiAccessTests.AssertProblem(await payoke.PostAsJsonAsync("/api/v1/retention/holds", hold), HttpStatusCode.NotFound);

        // A reason too short to mean anything, a future date: refused, nothing written.
        var before = await HoldCountAsync();
        var vague = await coordinator.PostAsJsonAsync("/api/v1/retention/holds", new { caseReference = reference, reason = "keep", placedOn = Today.AddDays(1) });
        await ApiAccessTests.AssertProblem(vague, HttpStatusCode.BadRequest);
        var errors = (await vague.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors");
        Assert.True(errors.TryGetProperty("reason", out _) && errors.TryGetProperty("placedOn", out _));
        Assert.Equal(before, await HoldCountAsync());

        var placed = await coordinator.PostAsJsonAsync("/api/v1/retention/holds", hold);
        Assert.Equal(HttpStatusCode.Created, placed.StatusCode);
        var id = (await placed.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();
        Assert.Equal(1, await AuditCountAsync(AuditEventType.LegalHoldPlaced, file));
        Assert.DoesNotContain("Brussels", await RawAsync("SELECT \"Reason\" FROM legal_holds"), StringComparison.Ordinal);
        Assert.Contains((await coordinator.GetFromJsonAsync<JsonElement>($"/api/v1/retention/holds?file={reference}")).EnumerateArray(),
            h => h.GetProperty("id").GetGuid() == id && h.GetProperty("inForce").GetBoolean());
        Assert.DoesNotContain((await payoke.GetFromJsonAsync<JsonElement>("/api/v1/retention/holds?all=true")).EnumerateArray(), h => h.GetProperty("id").GetGuid() == id);

        var lift = $"/api/v1/retention/holds/{id}/lift";
        await ApiAccessTests.AssertProblem(await payoke.PostAsJsonAsync(lift, new { liftedOn = Today, reason = "Proceedings closed by judgment" }), HttpStatusCode.NotFound);
        var early = await coordinator.PostAsJsonAsync(lift, new { liftedOn = Today.AddDays(-1), reason = "Proceedings closed by judgment" });
        await ApiAccessTests.AssertProblem(early, HttpStatusCode.BadRequest);
        Assert.Equal(HttpStatusCode.OK, (await coordinator.PostAsJsonAsync(lift, new { liftedOn = Today, reason = "Proceedings closed by judgment" })).StatusCode);
        await ApiAccessTests.AssertProblem(await coordinator.PostAsJsonAsync(lift, new { liftedOn = Today, reason = "Proceedings closed by judgment" }), HttpStatusCode.Conflict);
        Assert.Equal(1, await AuditCountAsync(AuditEventType.LegalHoldLifted, file));

        // The support case page leads the coordinator to the holds; the caseworker does not see the link.
        var session = new BrowserSession(app.BrowserClient());
        Assert.Equal(HttpStatusCode.Redirect, (await session.SignInAsync(await app.CreateUserAsync(Role.CentreCoordinator, "CENTRE-PAGASA"))).StatusCode);
        Assert.Contains("data-testid=\"legal-holds-link\"", await session.Client.GetStringAsync($"/Assistance/Case?id={support}"), StringComparison.Ordinal);
        var holdsPage = await session.Client.GetStringAsync($"/Retention/Holds?file={reference}");
        Assert.Contains("Criminal proceedings pending at Brussels", holdsPage, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, (await session.Client.GetAsync("/Retention/Holds?file=NRM-0000-NOSUCH")).StatusCode);
        var caseworkerSession = new BrowserSession(app.BrowserClient());
        Assert.Equal(HttpStatusCode.Redirect, (await caseworkerSession.SignInAsync(await app.CreateUserAsync(Role.CentreCaseworker, "CENTRE-PAGASA"))).StatusCode);
        Assert.DoesNotContain("legal-holds-link", await caseworkerSession.Client.GetStringAsync($"/Assistance/Case?id={support}"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_purge_and_its_schedule_are_the_administrators_and_a_dry_run_erases_nothing()
    {
        foreach (var role in new[] { Role.CentreCaseworker, Role.CentreCoordinator, Role.Auditor })
        {
            await ApiAccessTests.AssertProblem(await app.ApiClient(await app.UserAsync(role)).PostAsJsonAsync("/api/v1/retention/purge", new { dryRun = false }),
                HttpStatusCode.Forbidden);
        }

        var administrator = app.ApiClient(await app.UserAsync(Role.Administrator));
        var before = await AuditCountAsync(AuditEventType.RetentionPurgeRun);
        var missing = await administrator.PostAsJsonAsync("/api/v1/retention/purge", new { });
        await ApiAccessTests.AssertProblem(missing, HttpStatusCode.BadRequest);
        Assert.Equal(before, await AuditCountAsync(AuditEventType.RetentionPurgeRun));

        var dry = await administrator.PostAsJsonAsync("/api/v1/retention/purge", new { dryRun = true });
        Assert.Equal(HttpStatusCode.OK, dry.StatusCode);
        var report = await dry.Content.ReadFromJsonAsync<JsonElement>();
        Assert.True(report.GetProperty("dryRun").GetBoolean());
        Assert.Equal(0, report.GetProperty("filesErased").GetInt32());
        Assert.Equal(before + 1, await AuditCountAsync(AuditEventType.RetentionPurgeRun));

        var schedule = (await administrator.GetFromJsonAsync<JsonElement>("/api/v1/retention/schedule")).EnumerateArray().ToList();
        var notes = schedule.Single(l => l.GetProperty("recordClass").GetString() == "CaseNote");
        Assert.Equal(("P10Y", true), (notes.GetProperty("period").GetString(), notes.GetProperty("erasable").GetBoolean()));
        Assert.StartsWith("GDPR art. 5(1)(e)", notes.GetProperty("basis").GetString(), StringComparison.Ordinal);
        var statistics = schedule.Single(l => l.GetProperty("recordClass").GetString() == "StatisticsAggregate");
        Assert.Equal(JsonValueKind.Null, statistics.GetProperty("period").ValueKind);
    }

    private async Task<(Guid File, string Reference, Guid Support, string Name)> SupportedFileAsync(TestUser centreUser)
    {
        var name = "Access Person " + Guid.NewGuid().ToString("N")[..8];
        var file = await app.ApiClient(centreUser).PostAsJsonAsync("/api/v1/cases", new { personName = name });
        Assert.Equal(HttpStatusCode.Created, file.StatusCode);
        var created = await file.Content.ReadFromJsonAsync<JsonElement>();
        var fileId = created.GetProperty("id").GetGuid();
        var opened = await app.ApiClient(centreUser).PostAsJsonAsync("/api/v1/support-cases", new { caseId = fileId, openedOn = Today.AddDays(-20) });
        Assert.Equal(HttpStatusCode.Created, opened.StatusCode);
        return (fileId, created.GetProperty("reference").GetString()!, (await opened.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid(), name);
    }

    private async Task<int> AuditCountAsync(AuditEventType type, Guid? subject = null, string? purpose = null)
    {
        var id = subject?.ToString();
        var count = 0;
        await app.WithDbAsync(async db => count = await db.AuditEntries.CountAsync(a => a.Type == type && (id == null || a.SubjectId == id)
                                                                                        && (purpose == null || a.Purpose == purpose)));
        return count;
    }

    private async Task<int> HoldCountAsync()
    {
        var count = 0;
        await app.WithDbAsync(async db => count = await db.LegalHolds.CountAsync());
        return count;
    }

    private async Task<string> RawAsync(string sql)
    {
        var values = new List<string>();
        await app.WithDbAsync(async db =>
        {
            var connection = db.Database.GetDbConnection();
            await connection.OpenAsync();
            await using var command = connection.CreateCommand();
            command.CommandText = sql;
            await using var reader = await command.ExecuteReaderAsync();
            while (await reader.ReadAsync())
            {
                values.Add(reader.GetString(0));
            }
        });
        Assert.NotEmpty(values);
        return string.Join("\n", values);
    }
}
