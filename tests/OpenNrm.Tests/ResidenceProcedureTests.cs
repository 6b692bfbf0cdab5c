using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using OpenNrm.Domain.Access;
using OpenNrm.Tests.Infrastructure;

namespace OpenNrm.Tests;

/// <summary>The residence procedure through the API: competence per event, the law per date, need-to-know per file.</summary>
public abstract class ResidenceProcedureTests(TestApp app)
{
    private static readonly DateOnly Opened = new(2026, 1, 5);

    [Fact]
    public async Task A_procedure_runs_from_reflection_to_the_a_card_each_step_by_its_competent_authority()
    {
        var (centre, prosecutor, immigration) = await ActorsAsync();
        var (procedure, _) = await OpenAsync(centre, "Joy Reflection");

        await Ok(immigration, procedure, new { kind = "DocumentIssued", date = "2026-01-06", documentType = "Annex15ReflectionDocument" });
        await Ok(centre, procedure, new { kind = "SupportAccepted", date = "2026-01-06" });
        await Ok(centre, procedure, new { kind = "ComplaintFiled", date = "2026-01-20" });
        await Ok(immigration, procedure, new { kind = "DocumentIssued", date = "2026-02-01", documentType = "AttestationOfImmatriculation" });
        foreach (var criterion in new[] { "ProceedingsOngoing", "ConsideredVictim", "IntentionToCooperate", "RelationsSevered" })
        {
            await Ok(prosecutor, procedure, new { kind = "ProsecutorConfirmed", date = "2026-03-01", criterion });
        }

        await Ok(immigration, procedure, new { kind = "PublicOrderAssessed", date = "2026-03-05", noThreat = true });
        var last = await Ok(immigration, procedure, new { kind = "DocumentIssued", date = "2026-03-10", documentType = "ACard" });
        Assert.Equal("IdentifiedVictim", last.GetProperty("evaluation").GetProperty("stage").GetString());
        Assert.Equal(10, last.GetProperty("events").GetArrayLength());

        var earlier = await app.ApiClient(centre).GetFromJsonAsync<JsonElement>($"/api/v1/procedures/{procedure}?asOf=2026-02-15");
        var evaluation = earlier.GetProperty("evaluation");
        Assert.Equal("PresumedVictim", evaluation.GetProperty("stage").GetString());
        Assert.Equal("AttestationOfImmatriculation", evaluation.GetProperty("document").GetProperty("type").GetString());
        Assert.Equal("2026-04-30", evaluation.GetProperty("document").GetProperty("validUntil").GetString());
    }

    [Fact]
    public async Task Only_the_competent_authority_records_an_event_and_the_refusal_names_the_article()
    {
        var (centre, prosecutor, _) = await ActorsAsync();
        var (procedure, _) = await OpenAsync(centre, "Competence Test");

        var byCentre = await Post(centre, procedure, new { kind = "DocumentIssued", date = "2026-01-06", documentType = "Annex15ReflectionDocument" });
        await ApiAccessTests.AssertProblem(byCentre, HttpStatusCode.Forbidden);
        Assert.Contains("Immigration Act art. 61/2 to 61/5", await byCentre.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        var byProsecutor = await Post(prosecutor, procedure, new { kind = "SupportAccepted", date = "2026-01-06" });
        await ApiAccessTests.AssertProblem(byProsecutor, HttpStatusCode.Forbidden);

        // The prosecutor of another district has no need to know: the procedure does not exist for them.
        var otherProsecutor = await app.CreateUserAsync(Role.Prosecutor, "PROS-LIE");
        await ApiAccessTests.AssertProblem(await Post(otherProsecutor, procedure, new { kind = "ConvictionRecorded", date = "2026-01-06" }), HttpStatusCode.NotFound);
        await ApiAccessTests.AssertProblem(await app.ApiClient(otherProsecutor).GetAsync($"/api/v1/procedures/{procedure}"), HttpStatusCode.NotFound);
        Assert.Equal(0, await EventCountAsync(procedure));
    }

    [Fact]
    public async Task The_centre_applies_the_application_waits_and_the_decision_answers_it()
    {
        var (centre, _, immigration) = await ActorsAsync();
        var (procedure, _) = await OpenAsync(centre, "Ada Application");
        await Ok(centre, procedure, new { kind = "SupportAccepted", date = "2026-01-06" });
        await Ok(centre, procedure, new { kind = "ComplaintFiled", date = "2026-01-20" });

        var applied = await Ok(centre, procedure, new { kind = "DocumentApplied", date = "2026-01-21", documentType = "AttestationOfImmatriculation", renewal = false });
        var waiting = await app.ApiClient(centre).GetFromJsonAsync<JsonElement>($"/api/v1/procedures/{procedure}?asOf=2026-01-31");
        var pending = Assert.Single(waiting.GetProperty("evaluation").GetProperty("pendingApplications").EnumerateArray());
        Assert.Equal(("AttestationOfImmatriculation", false, "2026-01-21", 10),
            (pending.GetProperty("type").GetString(), pending.GetProperty("renewal").GetBoolean(), pending.GetProperty("appliedOn").GetString(),
             pending.GetProperty("daysPending").GetInt32()));
        var issueStep = waiting.GetProperty("evaluation").GetProperty("nextSteps").EnumerateArray()
            .Single(s => s.GetProperty("kind").GetString() == "IssueAttestationOfImmatriculation");
        Assert.Equal("2026-01-21", issueStep.GetProperty("answers").GetProperty("appliedOn").GetString());
        var application = applied.GetProperty("events").EnumerateArray().Single(e => e.GetProperty("kind").GetString() == "DocumentApplied");
        Assert.False(application.GetProperty("flag").GetBoolean());

        var decided = await Ok(immigration, procedure, new { kind = "DocumentIssued", date = "2026-02-01", documentType = "AttestationOfImmatriculation" });
        Assert.Empty(decided.GetProperty("evaluation").GetProperty("pendingApplications").EnumerateArray());
        var issued = decided.GetProperty("events").EnumerateArray().Single(e => e.GetProperty("kind").GetString() == "DocumentIssued");
        Assert.Equal(application.GetProperty("sequence").GetInt32(), issued.GetProperty("answersApplication").GetInt32());

        var audited = 0;
        await app.WithDbAsync(async db => audited = await db.AuditEntries.CountAsync(e => e.Type == Domain.Audit.AuditEventType.ProcedureEventRecorded
            && e.SubjectId == procedure.ToString() && e.Details == "DocumentApplied 2026-01-21"));
        Assert.Equal(1, audited);
    }

    [Fact]
    public async Task Only_the_centre_applies_others_are_refused_with_the_reason_and_nothing_is_stored()
    {
        var (centre, prosecutor, immigration) = await ActorsAsync();
        var (procedure, _) = await OpenAsync(centre, "Bea Application");
        var body = new { kind = "DocumentApplied", date = "2026-01-06", documentType = "Annex15ReflectionDocument", renewal = false };

        foreach (var other in new[] { immigration, prosecutor })
        {
            var response = await Post(other, procedure, body);
            await ApiAccessTests.AssertProblem(response, HttpStatusCode.Forbidden);
            var detail = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("detail").GetString();
            Assert.Equal("Only a recognised specialised centre applies for a residence document or its renewal on the person's behalf. (Royal Decree of 8 October 1981 art. 110bis §1)", detail);
        }

        // The police hold no right to record in a procedure at all.
        await ApiAccessTests.AssertProblem(await Post(await app.UserAsync(Role.FrontlineOfficer), procedure, body), HttpStatusCode.Forbidden);
        Assert.Equal(0, await EventCountAsync(procedure));
    }

    [Fact]
    public async Task An_application_after_the_procedure_ended_is_refused_with_the_end_and_its_article()
    {
        var (centre, _, _) = await ActorsAsync();
        var (procedure, _) = await OpenAsync(centre, "Cleo Withdrawn");
        await Ok(centre, procedure, new { kind = "ProcedureWithdrawn", date = "2026-01-10" });

        var response = await Post(centre, procedure, new { kind = "DocumentApplied", date = "2026-01-12", documentType = "AttestationOfImmatriculation", renewal = false });

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        var unmet = Assert.Single((await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("unmetConditions").EnumerateArray());
        Assert.Equal(("ProcedureEnded", "Royal Decree of 8 October 1981 art. 110bis §1"), (unmet.GetProperty("code").GetString(), unmet.GetProperty("basis").GetString()));
        Assert.Equal(1, await EventCountAsync(procedure));
    }

    [Fact]
    public async Task A_step_the_law_does_not_allow_yet_is_refused_with_each_unmet_condition_and_nothing_is_stored()
    {
        var (centre, _, immigration) = await ActorsAsync();
        var (procedure, _) = await OpenAsync(centre, "Too Early");
        var response = await Post(immigration, procedure, new { kind = "DocumentIssued", date = "2026-01-06", documentType = "ACard" });
        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        var unmet = problem.GetProperty("unmetConditions").EnumerateArray().ToList();
        Assert.NotEmpty(unmet);
        Assert.All(unmet, c => Assert.StartsWith("Immigration Act", c.GetProperty("basis").GetString(), StringComparison.Ordinal));
        Assert.Equal(0, await EventCountAsync(procedure));
    }

    public static TheoryData<string, string> BadEvents => new()
    {
        { "{\"kind\":\"DocumentIssued\",\"date\":\"2026-01-06\"}", "documentType" },
        { "{\"kind\":\"DocumentApplied\",\"date\":\"2026-01-06\",\"renewal\":false}", "documentType" },
        { "{\"kind\":\"DocumentApplied\",\"date\":\"2026-01-06\",\"documentType\":\"ACard\"}", "renewal" },
        { "{\"kind\":\"ComplaintFiled\",\"date\":\"2099-01-01\"}", "date" },
        { "{\"kind\":\"ComplaintFiled\",\"date\":\"2025-12-31\"}", "date" },
        { "{\"date\":\"2026-01-06\"}", "kind" },
        { "{\"kind\":\"ComplaintFiled\"}", "date" },
    };

    [Theory]
    [MemberData(nameof(BadEvents))]
    public async Task An_incomplete_future_or_out_of_order_event_is_refused_naming_the_field(string body, string field)
    {
        var (centre, _, _) = await ActorsAsync();
        var (procedure, _) = await OpenAsync(centre, "Bad Input " + field);
        var response = await app.ApiClient(centre).PostAsync($"/api/v1/procedures/{procedure}/events", new StringContent(body, System.Text.Encoding.UTF8, "application/json"));
        await ApiAccessTests.AssertProblem(response, HttpStatusCode.BadRequest);
        Assert.True((await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors").TryGetProperty(field, out _));
        Assert.Equal(0, await EventCountAsync(procedure));
    }

    [Fact]
    public async Task A_procedure_for_an_eu_citizen_is_refused_with_its_reason()
    {
        var (centre, _, _) = await ActorsAsync();
        var file = await NewFileAsync(centre, "Eu Citizen");
        var response = await app.ApiClient(centre).PostAsJsonAsync("/api/v1/procedures",
            new { caseId = file, openedOn = Opened, thirdCountryNational = false, unaccompaniedMinor = false, prosecutorOfficeId = Org("PROS-BXL") });
        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        Assert.Contains("NotThirdCountryNational", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        await app.WithDbAsync(async db => Assert.False(await db.Procedures.AnyAsync(p => p.CaseId == file)));
    }

    [Fact]
    public async Task A_procedure_with_an_office_that_cannot_take_it_is_refused_naming_the_field()
    {
        var (centre, _, _) = await ActorsAsync();
        var file = await NewFileAsync(centre, "Wrong Office");
        var response = await app.ApiClient(centre).PostAsJsonAsync("/api/v1/procedures",
            new { caseId = file, openedOn = Opened, thirdCountryNational = true, unaccompaniedMinor = false, prosecutorOfficeId = Org("POL-ZP-BXL-IXL") });
        await ApiAccessTests.AssertProblem(response, HttpStatusCode.BadRequest);
        Assert.True((await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors").TryGetProperty("prosecutorOfficeId", out _));
        await app.WithDbAsync(async db => Assert.False(await db.Procedures.AnyAsync(p => p.CaseId == file)));
    }

    [Fact]
    public async Task The_files_page_names_its_organisations_and_offers_exactly_the_offices_that_take_procedures()
    {
        var (centre, _, _) = await ActorsAsync();
        var file = await NewFileAsync(centre, "Offered Offices");
        var session = new BrowserSession(app.BrowserClient());
        await session.SignInAsync(centre);
        var page = await session.Client.GetStringAsync($"/Cases/Detail?id={file}");

        List<string> expected = [];
        string centreName = string.Empty;
        await app.WithDbAsync(async db =>
        {
            expected = await db.Organisations.Where(o => o.IsActive && (o.Kind == OrganisationKind.ProsecutorOffice || o.Kind == OrganisationKind.LabourAuditorate))
                .OrderBy(o => o.Name).Select(o => o.Name).ToListAsync();
            centreName = await db.Organisations.Where(o => o.Id == centre.OrganisationId).Select(o => o.Name).SingleAsync();
        });
        var choice = page[page.IndexOf("<select id=\"prosecutor\"", StringComparison.Ordinal)..];
        choice = choice[..choice.IndexOf("</select>", StringComparison.Ordinal)];
        var offered = System.Text.RegularExpressions.Regex.Matches(choice, "<option value=\"[^\"]+\">([^<]+)</option>")
            .Select(m => System.Net.WebUtility.HtmlDecode(m.Groups[1].Value)).ToList();
        Assert.Contains(expected, name => name.StartsWith("Labour auditorate", StringComparison.Ordinal));
        Assert.Equal(expected, offered);
        Assert.Contains(System.Net.WebUtility.HtmlEncode(centreName), page, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Only_a_specialised_centre_opens_a_procedure()
    {
        var police = await app.UserAsync(Role.FrontlineOfficer);
        var file = await NewFileAsync(police, "Police File");
        var asPolice = await app.ApiClient(police).PostAsJsonAsync("/api/v1/procedures",
            new { caseId = file, openedOn = Opened, thirdCountryNational = true, unaccompaniedMinor = false, prosecutorOfficeId = Org("PROS-BXL") });
        await ApiAccessTests.AssertProblem(asPolice, HttpStatusCode.Forbidden);
    }

    [Fact]
    public async Task The_protection_check_answers_hit_or_no_hit_and_nothing_more()
    {
        var (centre, _, immigration) = await ActorsAsync();
        var (procedure, _) = await OpenAsync(centre, "Protected Person");
        await Ok(immigration, procedure, new { kind = "DocumentIssued", date = "2026-01-06", documentType = "Annex15ReflectionDocument" });
        var police = await app.UserAsync(Role.FrontlineOfficer);
        var hit = await app.ApiClient(police).PostAsJsonAsync("/api/v1/protection-checks", new { personName = "protected  PERSON" });
        var answer = await hit.Content.ReadFromJsonAsync<JsonElement>();
        Assert.True(answer.GetProperty("protected").GetBoolean());
        Assert.Contains("Trafficking in Human Beings unit", answer.GetProperty("contact").GetString(), StringComparison.Ordinal);
        Assert.Equal(["protected", "contact"], answer.EnumerateObject().Select(p => p.Name));
        var miss = await app.ApiClient(police).PostAsJsonAsync("/api/v1/protection-checks", new { personName = "Somebody Else Entirely" });
        Assert.Equal("{\"protected\":false,\"contact\":null}", await miss.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task A_namesake_whose_procedure_ended_does_not_hide_one_whose_procedure_is_pending()
    {
        var (centre, _, _) = await ActorsAsync();
        var police = await app.UserAsync(Role.FrontlineOfficer);
        var (ended, _) = await OpenAsync(centre, "Twofold Namesake");
        await Ok(centre, ended, new { kind = "ProcedureWithdrawn", date = "2026-01-07" });
        Assert.False(await ProtectedAsync(police, "Twofold Namesake"));

        await OpenAsync(centre, "Twofold Namesake");

        Assert.True(await ProtectedAsync(police, "twofold NAMESAKE"));
    }

    private async Task<bool> ProtectedAsync(TestUser asker, string name) =>
        (await (await app.ApiClient(asker).PostAsJsonAsync("/api/v1/protection-checks", new { personName = name }))
            .Content.ReadFromJsonAsync<JsonElement>()).GetProperty("protected").GetBoolean();

    [Fact]
    public async Task A_simulation_evaluates_a_hypothetical_history_and_stores_nothing()
    {
        var centre = await app.UserAsync(Role.CentreCaseworker);
        var before = await ProcedureCountAsync();
        var response = await app.ApiClient(centre).PostAsJsonAsync("/api/v1/procedure-evaluations", new
        {
            thirdCountryNational = true, unaccompaniedMinor = true, openedOn = "2017-05-19", asOf = "2017-06-01",
            events = new object[] { new { kind = "DocumentIssued", date = "2017-05-19", documentType = "MinorTemporaryDocument3Months" } },
        });
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var evaluation = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal("MinorTemporaryDocument3Months", evaluation.GetProperty("document").GetProperty("type").GetString());
        Assert.True(evaluation.GetProperty("returnMeasuresBarred").GetBoolean());
        Assert.Equal(before, await ProcedureCountAsync());
    }

    [Fact]
    public async Task Charges_keep_their_own_flag_even_when_a_stray_field_is_sent()
    {
        var (centre, prosecutor, _) = await ActorsAsync();
        var (procedure, _) = await OpenAsync(centre, "Charges Flag");
        var recorded = await Ok(prosecutor, procedure, new { kind = "ChargesRetained", date = "2026-02-01", withTrafficking = true, noThreat = false });
        var charges = recorded.GetProperty("events").EnumerateArray().Single(e => e.GetProperty("kind").GetString() == "ChargesRetained");
        Assert.True(charges.GetProperty("flag").GetBoolean());
    }

    /// <summary>
    /// Six officers of the Immigration Office issue the same reflection document at the same moment: one issue is
    /// recorded; every other request is told so (a conflict, or the law's refusal once the first is in), and the
    /// history the law reads has the document once.
    /// </summary>
    [Fact]
    public async Task Concurrent_events_on_one_procedure_record_one_and_never_leave_an_invalid_history()
    {
        var (centre, _, immigration) = await ActorsAsync();
        var (procedure, _) = await OpenAsync(centre, "Concurrent Person");
        var body = new { kind = "DocumentIssued", date = Opened, documentType = "Annex15ReflectionDocument" };
        var clients = Enumerable.Range(0, 6).Select(_ => app.ApiClient(immigration)).ToList();
        var responses = await Task.WhenAll(clients.Select(c => c.PostAsJsonAsync($"/api/v1/procedures/{procedure}/events", body)));

        Assert.Single(responses, r => r.StatusCode == HttpStatusCode.OK);
        foreach (var refused in responses.Where(r => r.StatusCode != HttpStatusCode.OK))
        {
            Assert.True(refused.StatusCode is HttpStatusCode.Conflict or HttpStatusCode.UnprocessableEntity or HttpStatusCode.BadRequest,
                $"{(int)refused.StatusCode} {await refused.Content.ReadAsStringAsync()}");
            Assert.Equal("application/problem+json", refused.Content.Headers.ContentType?.MediaType);
        }

        Assert.Equal(1, await EventCountAsync(procedure));
        var view = await app.ApiClient(centre).GetFromJsonAsync<JsonElement>($"/api/v1/procedures/{procedure}");
        Assert.Single(view.GetProperty("events").EnumerateArray(), e => e.GetProperty("kind").GetString() == "DocumentIssued");
    }

    private async Task<(TestUser Centre, TestUser Prosecutor, TestUser Immigration)> ActorsAsync() =>
        (await app.UserAsync(Role.CentreCaseworker), await app.UserAsync(Role.Prosecutor), await app.UserAsync(Role.ImmigrationThbOfficer));

    private async Task<(Guid Procedure, Guid File)> OpenAsync(TestUser centre, string name)
    {
        var file = await NewFileAsync(centre, name);
        var response = await app.ApiClient(centre).PostAsJsonAsync("/api/v1/procedures",
            new { caseId = file, openedOn = Opened, thirdCountryNational = true, unaccompaniedMinor = false, prosecutorOfficeId = Org("PROS-BXL") });
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        return ((await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid(), file);
    }

    private async Task<Guid> NewFileAsync(TestUser user, string name)
    {
        var response = await app.ApiClient(user).PostAsJsonAsync("/api/v1/cases", new { personName = name });
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        return (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();
    }

    private Task<HttpResponseMessage> Post(TestUser user, Guid procedure, object body) =>
        app.ApiClient(user).PostAsJsonAsync($"/api/v1/procedures/{procedure}/events", body);

    private async Task<JsonElement> Ok(TestUser user, Guid procedure, object body)
    {
        var response = await Post(user, procedure, body);
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"{user.Role}: {(int)response.StatusCode} {text}");
        return JsonDocument.Parse(text).RootElement;
    }

    private async Task<int> EventCountAsync(Guid procedure)
    {
        var count = 0;
        await app.WithDbAsync(async db => count = await db.Procedures.Where(p => p.Id == procedure).SelectMany(p => p.Events).CountAsync());
        return count;
    }

    private async Task<int> ProcedureCountAsync()
    {
        var count = 0;
        await app.WithDbAsync(async db => count = await db.Procedures.CountAsync());
        return count;
    }

    private static Guid Org(string code) => Web.Features.Access.BelgianReferenceData.IdFor(code);
}
