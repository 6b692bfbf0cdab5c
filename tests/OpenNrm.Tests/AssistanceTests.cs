using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using OpenNrm.Domain.Access;
using OpenNrm.Domain.Audit;
using OpenNrm.Tests.Infrastructure;
using OpenNrm.Web.Data;
using OpenNrm.Web.Features.Access;

namespace OpenNrm.Tests;

/// <summary>
/// A centre's long-term support: plan, goals and reviews, notes by sensitivity, consents, shelters and the secret
/// address, the lawyer alert, closure and transfer; need-to-know per centre; bad input writes nothing.
/// </summary>
public abstract class AssistanceTests(TestApp app)
{
    private static DateOnly Today => LegalToday.Date;

    [Fact]
    public async Task A_support_case_holds_a_plan_goals_with_overdue_reviews_and_notes_and_closes_with_its_reason()
    {
        var caseworker = await app.UserAsync(Role.CentreCaseworker);
        var (support, _) = await OpenSupportAsync(caseworker, Today.AddYears(-1));
        var client = app.ApiClient(caseworker);

        var planned = await Ok(await client.PostAsJsonAsync($"/api/v1/support-cases/{support}/actions",
            new { type = "Legal", provider = "Cabinet d'avocats Dupont", start = Today.AddDays(-30) }));
        var action = planned.GetProperty("actions")[0];
        Assert.Equal(("Planned", "Legal"), (action.GetProperty("status").GetString(), action.GetProperty("type").GetString()));
        var actionId = action.GetProperty("id").GetGuid();
        await Ok(await client.PostAsJsonAsync($"/api/v1/support-cases/{support}/actions/{actionId}/status", new { status = "InProgress", on = Today }));

        // Once started, an action is finished or cancelled; the refusal names the rule and its source.
        var back = await client.PostAsJsonAsync($"/api/v1/support-cases/{support}/actions/{actionId}/status", new { status = "Planned", on = Today });
        await ApiAccessTests.AssertProblem(back, HttpStatusCode.UnprocessableEntity);
        var refusal = await back.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal("BackToPlannedNotAllowed", refusal.GetProperty("code").GetString());
        Assert.StartsWith("Circular of 23 December 2016, 4", refusal.GetProperty("basis").GetString(), StringComparison.Ordinal);

        // A goal set 200 days ago and never reviewed is overdue under the three-month schedule.
        var withGoal = await Ok(await client.PostAsJsonAsync($"/api/v1/support-cases/{support}/goals",
            new { area = "Language", description = "Follow a Dutch course to level A2", setOn = Today.AddDays(-200) }));
        var goalId = withGoal.GetProperty("goals")[0].GetProperty("id").GetGuid();
        var overdue = withGoal.GetProperty("overdueReviews").EnumerateArray().Single();
        Assert.Equal(goalId, overdue.GetProperty("goalId").GetGuid());
        Assert.True(overdue.GetProperty("daysOverdue").GetInt32() > 100);
        var reviewed = await Ok(await client.PostAsJsonAsync($"/api/v1/support-cases/{support}/goals/{goalId}/reviews", new { reviewedOn = Today, decision = "Continue" }));
        Assert.Empty(reviewed.GetProperty("overdueReviews").EnumerateArray());

        // The case page shows the same: the plan and the goal, no overdue review now.
        var session = await SignedInAsync(caseworker);
        var page = await (await session.Client.GetAsync($"/Assistance/Case?id={support}")).Content.ReadAsStringAsync();
        Assert.Contains("Cabinet d&#x27;avocats Dupont", page, StringComparison.Ordinal);
        Assert.DoesNotContain("data-testid=\"overdue-reviews\"", page, StringComparison.Ordinal);

        Assert.Equal(HttpStatusCode.Created, (await client.PostAsJsonAsync($"/api/v1/support-cases/{support}/notes",
            new { sensitivity = "General", text = "Came to the appointment with the PCSW." })).StatusCode);
        Assert.Equal(HttpStatusCode.Created, (await client.PostAsJsonAsync($"/api/v1/support-cases/{support}/notes",
            new { sensitivity = "Care", text = "Sleeps badly; referred to the psychologist." })).StatusCode);
        var general = await client.GetFromJsonAsync<JsonElement>($"/api/v1/support-cases/{support}/notes?purpose=monthly%20follow-up");
        Assert.Equal(["Came to the appointment with the PCSW."], general.EnumerateArray().Select(n => n.GetProperty("text").GetString()!).ToArray());
        var care = await client.GetFromJsonAsync<JsonElement>($"/api/v1/support-cases/{support}/notes/care?purpose=care%20review");
        Assert.Equal(["Sleeps badly; referred to the psychologist."], care.EnumerateArray().Select(n => n.GetProperty("text").GetString()!).ToArray());
        Assert.Equal(1, await AuditCountAsync(AuditEventType.SupportNotesViewed, support, purpose: "monthly follow-up"));
        Assert.Equal(1, await AuditCountAsync(AuditEventType.SupportCareNotesViewed, support, purpose: "care review"));
        Assert.DoesNotContain("psychologist", await RawAsync("SELECT \"Text\" FROM support_notes"), StringComparison.Ordinal);

        // "Other" must say which; then the case is closed and its record no longer changes.
        var unexplained = await client.PostAsJsonAsync($"/api/v1/support-cases/{support}/close", new { closedOn = Today, reason = "Other" });
        await ApiAccessTests.AssertProblem(unexplained, HttpStatusCode.UnprocessableEntity);
        Assert.Equal("ClosureExplanationMissing", (await unexplained.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("code").GetString());
        var closed = await Ok(await client.PostAsJsonAsync($"/api/v1/support-cases/{support}/close",
            new { closedOn = Today, reason = "Other", explanation = "Moved abroad to join family." }));
        Assert.Equal(("Closed", "Other"), (closed.GetProperty("status").GetString(), closed.GetProperty("closureReason").GetString()));
        await ApiAccessTests.AssertProblem(await client.PostAsJsonAsync($"/api/v1/support-cases/{support}/actions",
            new { type = "Information", provider = "The centre", start = Today }), HttpStatusCode.Conflict);
        Assert.DoesNotContain("Moved abroad", await RawAsync("SELECT \"ClosureExplanation\" FROM support_cases WHERE \"ClosureExplanation\" IS NOT NULL"),
            StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_care_note_is_invisible_to_a_role_without_care_access_and_the_case_to_another_centre()
    {
        var caseworker = await app.UserAsync(Role.CentreCaseworker);
        var (support, file) = await OpenSupportAsync(caseworker, Today.AddDays(-10));
        var client = app.ApiClient(caseworker);
        await client.PostAsJsonAsync($"/api/v1/support-cases/{support}/notes", new { sensitivity = "General", text = "Found a language course." });
        await client.PostAsJsonAsync($"/api/v1/support-cases/{support}/notes", new { sensitivity = "Care", text = "Medication for anxiety." });

        // A user of the centre without care access reads the general notes; the care notes never come with them.
        var volunteer = await app.CreateUserAsync(Role.FrontlineOfficer, "CENTRE-PAGASA");
        var general = await app.ApiClient(volunteer).GetAsync($"/api/v1/support-cases/{support}/notes");
        Assert.Equal(HttpStatusCode.OK, general.StatusCode);
        var text = await general.Content.ReadAsStringAsync();
        Assert.Contains("Found a language course.", text, StringComparison.Ordinal);
        Assert.DoesNotContain("anxiety", text, StringComparison.Ordinal);
        await ApiAccessTests.AssertProblem(await app.ApiClient(volunteer).GetAsync($"/api/v1/support-cases/{support}/notes/care"), HttpStatusCode.Forbidden);

        // Another centre sees nothing, even once it works on the same file.
        await app.WithDbAsync(async db =>
        {
            var f = await db.Cases.Include(c => c.Involvements).SingleAsync(c => c.Id == file);
            f.Involve(BelgianReferenceData.IdFor("CENTRE-SURYA"), DateTimeOffset.UtcNow);
            await db.SaveChangesAsync();
        });
        var surya = app.ApiClient(await app.CreateUserAsync(Role.CentreCoordinator, "CENTRE-SURYA"));
        foreach (var path in new[] { "", "/notes", "/notes/care" })
        {
            await ApiAccessTests.AssertProblem(await surya.GetAsync($"/api/v1/support-cases/{support}{path}"), HttpStatusCode.NotFound);
        }

        await ApiAccessTests.AssertProblem(await surya.PostAsJsonAsync($"/api/v1/support-cases/{support}/notes", new { sensitivity = "General", text = "x" }),
            HttpStatusCode.NotFound);
        Assert.DoesNotContain((await surya.GetFromJsonAsync<JsonElement>("/api/v1/support-cases?all=true")).EnumerateArray(),
            s => s.GetProperty("id").GetGuid() == support);
        Assert.Equal(0, await AuditCountAsync(AuditEventType.SupportCareNotesViewed, support));
    }

    [Fact]
    public async Task A_stay_over_capacity_is_refused_with_its_basis_and_the_address_is_in_no_answer()
    {
        var coordinator = await app.UserAsync(Role.CentreCoordinator);
        var created = await app.ApiClient(coordinator).PostAsJsonAsync("/api/v1/shelters",
            new { name = "Capacity house " + Guid.NewGuid().ToString("N")[..6], capacity = 1, minorsOnly = false, address = "Rue Secrète 12, 1000 Bruxelles" });
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var shelter = (await created.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();
        Assert.DoesNotContain("Secrète", await created.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.DoesNotContain("Secrète", await app.ApiClient(coordinator).GetStringAsync("/api/v1/shelters"), StringComparison.Ordinal);
        Assert.DoesNotContain("Secrète", await RawAsync("SELECT \"Address\" FROM shelters"), StringComparison.Ordinal);

        var (first, _) = await OpenSupportAsync(coordinator, Today.AddDays(-5));
        var (second, _) = await OpenSupportAsync(coordinator, Today.AddDays(-5));
        var admitted = await Ok(await app.ApiClient(coordinator).PostAsJsonAsync($"/api/v1/support-cases/{first}/stays",
            new { shelterId = shelter, start = Today, residentIsMinor = false }));
        Assert.DoesNotContain("Secrète", admitted.GetRawText(), StringComparison.Ordinal);

        var refused = await app.ApiClient(coordinator).PostAsJsonAsync($"/api/v1/support-cases/{second}/stays",
            new { shelterId = shelter, start = Today.AddDays(3), residentIsMinor = false });
        await ApiAccessTests.AssertProblem(refused, HttpStatusCode.UnprocessableEntity);
        var problem = await refused.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal("ShelterFull", problem.GetProperty("code").GetString());
        Assert.Contains("appropriate and safe accommodation", problem.GetProperty("basis").GetString(), StringComparison.Ordinal);
        Assert.Contains("all 1 places are taken", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
        Assert.Equal(1, await CountAsync(db => db.ShelterStays.CountAsync(s => s.ShelterId == shelter)));

        // The first resident leaves on the second's arrival day: the place is free that evening.
        var firstStay = admitted.GetProperty("stays")[0].GetProperty("id").GetGuid();
        await Ok(await app.ApiClient(coordinator).PostAsJsonAsync($"/api/v1/support-cases/{first}/stays/{firstStay}/end", new { on = Today.AddDays(3) }));
        await Ok(await app.ApiClient(coordinator).PostAsJsonAsync($"/api/v1/support-cases/{second}/stays",
            new { shelterId = shelter, start = Today.AddDays(3), residentIsMinor = false }));
    }

    [Fact]
    public async Task The_address_is_shown_only_with_a_fresh_code_and_a_purpose_and_every_attempt_is_audited()
    {
        var coordinator = await app.CreateUserAsync(Role.CentreCoordinator, "CENTRE-PAGASA");
        var created = await app.ApiClient(coordinator).PostAsJsonAsync("/api/v1/shelters",
            new { name = "Reveal house " + Guid.NewGuid().ToString("N")[..6], capacity = 4, minorsOnly = false, address = "Avenue Cachée 7, 4000 Liège" });
        var shelter = (await created.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();
        var session = await SignedInAsync(coordinator);
        var path = $"/Assistance/ShelterAddress?id={shelter}";
        const string Purpose = "Accompany the victim to the shelter tonight";
        // Razor encodes the accented letters; the start of the street is enough to recognise the address.
        const string Address = "Avenue Cach";

        var form = await session.Client.GetAsync(path);
        Assert.Equal(HttpStatusCode.OK, form.StatusCode);
        Assert.DoesNotContain(Address, await form.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        // A wrong code shows nothing and is recorded as a failed reveal, with its purpose.
        var wrong = await session.PostFormAsync(path, new() { ["Id"] = shelter.ToString(), ["Code"] = "000000", ["Purpose"] = Purpose });
        Assert.DoesNotContain(Address, await wrong.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(1, await AuditCountAsync(AuditEventType.ShelterAddressRevealFailed, shelter, "Shelter", Purpose));

        // Without a purpose nothing is checked, so the code is not spent.
        var code = coordinator.CurrentCode();
        var noPurpose = await session.PostFormAsync(path, new() { ["Id"] = shelter.ToString(), ["Code"] = code, ["Purpose"] = "because" });
        Assert.DoesNotContain(Address, await noPurpose.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        var shown = await session.PostFormAsync(path, new() { ["Id"] = shelter.ToString(), ["Code"] = code, ["Purpose"] = Purpose });
        Assert.Contains(Address, await shown.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(1, await AuditCountAsync(AuditEventType.ShelterAddressRevealed, shelter, "Shelter", Purpose));

        // A code serves once: replaying it (seen over a shoulder, say) shows nothing.
        var replay = await session.PostFormAsync(path, new() { ["Id"] = shelter.ToString(), ["Code"] = code, ["Purpose"] = Purpose });
        Assert.DoesNotContain(Address, await replay.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(2, await AuditCountAsync(AuditEventType.ShelterAddressRevealFailed, shelter, "Shelter", Purpose));
        Assert.Equal(1, await AuditCountAsync(AuditEventType.ShelterAddressRevealed, shelter, "Shelter"));

        // Another centre's staff cannot even reach the form.
        var other = await SignedInAsync(await app.CreateUserAsync(Role.CentreCoordinator, "CENTRE-PAYOKE"));
        Assert.Equal(HttpStatusCode.NotFound, (await other.Client.GetAsync(path)).StatusCode);
    }

    [Fact]
    public async Task A_withdrawn_consent_blocks_the_transfer_at_once_and_a_transfer_keeps_the_history()
    {
        var caseworker = await app.UserAsync(Role.CentreCaseworker);
        var (support, file) = await OpenSupportAsync(caseworker, Today.AddDays(-20));
        var client = app.ApiClient(caseworker);
        var given = await Ok(await client.PostAsJsonAsync($"/api/v1/support-cases/{support}/consents",
            new { purpose = "TransferToOtherCentre", coversHealthData = false }));
        Assert.True(State(given, "TransferToOtherCentre").GetProperty("allowed").GetBoolean());
        var consent = given.GetProperty("consents")[0].GetProperty("id").GetGuid();

        var revoked = await Ok(await client.PostAsync($"/api/v1/support-cases/{support}/consents/{consent}/revoke", null));
        Assert.Equal("ConsentRevoked", State(revoked, "TransferToOtherCentre").GetProperty("refusal").GetString());
        var payoke = BelgianReferenceData.IdFor("CENTRE-PAYOKE");
        var blocked = await client.PostAsJsonAsync($"/api/v1/support-cases/{support}/transfer", new { centreId = payoke, on = Today });
        await ApiAccessTests.AssertProblem(blocked, HttpStatusCode.UnprocessableEntity);
        var problem = await blocked.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal("ConsentRevoked", problem.GetProperty("code").GetString());
        Assert.StartsWith("GDPR art. 7(3)", problem.GetProperty("basis").GetString(), StringComparison.Ordinal);
        Assert.Equal(1, await CountAsync(db => db.SupportCases.CountAsync(s => s.CaseId == file)));

        // A new consent is the purpose's next version; with it the support moves, and both ends keep the link.
        var again = await Ok(await client.PostAsJsonAsync($"/api/v1/support-cases/{support}/consents",
            new { purpose = "TransferToOtherCentre", coversHealthData = false }));
        Assert.Contains(again.GetProperty("consents").EnumerateArray(), c => c.GetProperty("consentVersion").GetInt32() == 2);
        var moved = await Ok(await client.PostAsJsonAsync($"/api/v1/support-cases/{support}/transfer", new { centreId = payoke, on = Today }));
        Assert.Equal(("Closed", "TransferredToOtherCentre"), (moved.GetProperty("status").GetString(), moved.GetProperty("closureReason").GetString()));
        var next = moved.GetProperty("next").GetProperty("id").GetGuid();

        var payokeClient = app.ApiClient(await app.CreateUserAsync(Role.CentreCaseworker, "CENTRE-PAYOKE"));
        var continued = await payokeClient.GetFromJsonAsync<JsonElement>($"/api/v1/support-cases/{next}");
        Assert.Equal(("Active", support), (continued.GetProperty("status").GetString(), continued.GetProperty("previous").GetProperty("id").GetGuid()));
        Assert.Equal(HttpStatusCode.OK, (await payokeClient.GetAsync($"/api/v1/cases/{file}")).StatusCode);
        await ApiAccessTests.AssertProblem(await payokeClient.GetAsync($"/api/v1/support-cases/{support}"), HttpStatusCode.NotFound);
        await ApiAccessTests.AssertProblem(await client.GetAsync($"/api/v1/support-cases/{next}"), HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task No_lawyer_after_the_configured_days_from_the_complaint_raises_the_alert_on_the_case()
    {
        var caseworker = await app.UserAsync(Role.CentreCaseworker);
        var (support, file) = await OpenSupportAsync(caseworker, Today.AddDays(-60));
        var immigration = await app.UserAsync(Role.ImmigrationThbOfficer);
        var opened = await app.ApiClient(caseworker).PostAsJsonAsync("/api/v1/procedures", new
        {
            caseId = file, openedOn = Today.AddDays(-60), thirdCountryNational = true, unaccompaniedMinor = false,
            prosecutorOfficeId = BelgianReferenceData.IdFor("PROS-BXL"),
        });
        Assert.Equal(HttpStatusCode.Created, opened.StatusCode);
        var procedure = (await opened.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();
        await Ok(await app.ApiClient(immigration).PostAsJsonAsync($"/api/v1/procedures/{procedure}/events",
            new { kind = "DocumentIssued", date = Today.AddDays(-59), documentType = "Annex15ReflectionDocument" }));
        await Ok(await app.ApiClient(caseworker).PostAsJsonAsync($"/api/v1/procedures/{procedure}/events", new { kind = "SupportAccepted", date = Today.AddDays(-59) }));
        await Ok(await app.ApiClient(caseworker).PostAsJsonAsync($"/api/v1/procedures/{procedure}/events", new { kind = "ComplaintFiled", date = Today.AddDays(-30) }));

        var view = await app.ApiClient(caseworker).GetFromJsonAsync<JsonElement>($"/api/v1/support-cases/{support}");
        var legalAid = view.GetProperty("legalAid");
        Assert.Equal(("Overdue", true), (legalAid.GetProperty("status").GetString(), legalAid.GetProperty("raisesAlert").GetBoolean()));
        // 30 days since the complaint, 14 allowed; a day more when Brussels has already passed midnight.
        Assert.InRange(legalAid.GetProperty("daysLate").GetInt32(), 16, 17);
        var list = await app.ApiClient(caseworker).GetFromJsonAsync<JsonElement>("/api/v1/support-cases");
        Assert.True(list.EnumerateArray().Single(s => s.GetProperty("id").GetGuid() == support).GetProperty("legalAidAlert").GetBoolean());
        var page = await (await (await SignedInAsync(caseworker)).Client.GetAsync($"/Assistance/Case?id={support}")).Content.ReadAsStringAsync();
        Assert.Contains("data-testid=\"legal-aid-alert\"", page, StringComparison.Ordinal);

        var appointed = await Ok(await app.ApiClient(caseworker).PostAsJsonAsync($"/api/v1/support-cases/{support}/lawyer", new { appointedOn = Today }));
        Assert.Equal(("AppointedLate", false), (appointed.GetProperty("legalAid").GetProperty("status").GetString(),
            appointed.GetProperty("legalAid").GetProperty("raisesAlert").GetBoolean()));
    }

    [Fact]
    public async Task The_pages_open_a_support_case_plan_note_and_record_consent_and_register_a_shelter()
    {
        var coordinator = await app.UserAsync(Role.CentreCoordinator);
        var file = await app.ApiClient(coordinator).PostAsJsonAsync("/api/v1/cases", new { personName = "Page Person " + Guid.NewGuid().ToString("N")[..6] });
        var fileId = (await file.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();
        var session = await SignedInAsync(coordinator);

        var opened = await session.PostFormAsync("/Assistance", new() { ["CaseId"] = fileId.ToString(), ["OpenedOn"] = Today.ToString("yyyy-MM-dd") });
        Assert.Equal(HttpStatusCode.Redirect, opened.StatusCode);
        var casePath = opened.Headers.Location!.OriginalString;
        var id = casePath[(casePath.IndexOf("id=", StringComparison.Ordinal) + 3)..];

        async Task<HttpResponseMessage> Post(string handler, Dictionary<string, string> fields)
        {
            fields["Id"] = id;
            return await session.PostFormAsync($"/Assistance/Case?handler={handler}", fields, casePath);
        }

        Assert.Equal(HttpStatusCode.Redirect, (await Post("Action", new()
        {
            ["NewAction.Type"] = "Subsistence", ["NewAction.Provider"] = "CPAS de Saint-Gilles", ["NewAction.Start"] = Today.ToString("yyyy-MM-dd"),
        })).StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await Post("Note", new() { ["NewNote.Sensitivity"] = "General", ["NewNote.Text"] = "First interview held." })).StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await Post("Consent", new() { ["ConsentPurpose"] = "ShareWithPcsw", ["ConsentCoversHealthData"] = "false" })).StatusCode);

        // A form with a missing field answers on the page and writes nothing.
        var actions = await CountAsync(db => db.SupportPlanActions.CountAsync());
        var bad = await Post("Action", new() { ["NewAction.Type"] = "Legal", ["NewAction.Provider"] = "", ["NewAction.Start"] = Today.ToString("yyyy-MM-dd") });
        Assert.Equal(HttpStatusCode.OK, bad.StatusCode);
        Assert.Contains("validation-summary", await bad.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(actions, await CountAsync(db => db.SupportPlanActions.CountAsync()));

        // A disclosure under the consent in force is listed on the page; one without a consent is refused there and writes nothing.
        var liege = BelgianReferenceData.IdFor("POL-ZP-LIEGE");
        Assert.Equal(HttpStatusCode.Redirect, (await Post("Disclosure", new()
        {
            ["Disclosure.RecipientId"] = liege.ToString(), ["Disclosure.Purpose"] = "ShareWithPcsw", ["Disclosure.IncludesHealthData"] = "false",
        })).StatusCode);
        var disclosures = await CountAsync(db => db.SupportDisclosures.CountAsync());
        var refusedDisclosure = await Post("Disclosure", new()
        {
            ["Disclosure.RecipientId"] = liege.ToString(), ["Disclosure.Purpose"] = "InformPoliceOnVoluntaryReturn", ["Disclosure.IncludesHealthData"] = "false",
        });
        Assert.Equal(HttpStatusCode.OK, refusedDisclosure.StatusCode);
        Assert.Contains("validation-summary", await refusedDisclosure.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(disclosures, await CountAsync(db => db.SupportDisclosures.CountAsync()));
        var listed = await session.Client.GetStringAsync(casePath);
        Assert.Single(System.Text.RegularExpressions.Regex.Matches(listed, "data-testid=\"disclosure\""));

        var page = await (await session.Client.GetAsync(casePath)).Content.ReadAsStringAsync();
        Assert.Contains("CPAS de Saint-Gilles", page, StringComparison.Ordinal);
        Assert.Contains("First interview held.", page, StringComparison.Ordinal);
        var consents = await app.ApiClient(coordinator).GetFromJsonAsync<JsonElement>($"/api/v1/support-cases/{id}");
        Assert.True(State(consents, "ShareWithPcsw").GetProperty("allowed").GetBoolean());

        var name = "Page house " + Guid.NewGuid().ToString("N")[..6];
        var registered = await session.PostFormAsync("/Assistance/Shelters", new()
        {
            ["NewShelter.Name"] = name, ["NewShelter.Capacity"] = "3", ["NewShelter.MinorsOnly"] = "false", ["NewShelter.Address"] = "Chemin Discret 3",
        });
        Assert.Equal(HttpStatusCode.Redirect, registered.StatusCode);
        var shelters = await (await session.Client.GetAsync("/Assistance/Shelters")).Content.ReadAsStringAsync();
        Assert.Contains(name, shelters, StringComparison.Ordinal);
        Assert.DoesNotContain("Chemin Discret", shelters, StringComparison.Ordinal);
    }

    public static TheoryData<string, string, string> BadInputs => new()
    {
        { "", "{}", "caseId" },
        { "", "{\"caseId\":\"{file}\",\"openedOn\":\"2999-01-01\"}", "openedOn" },
        { "/{support}/actions", "{\"type\":\"Legal\",\"provider\":\"\",\"start\":\"2026-01-01\"}", "provider" },
        { "/{support}/actions", "{\"type\":99,\"provider\":\"The centre\",\"start\":\"2026-01-01\"}", "type" },
        { "/{support}/goals", "{\"area\":\"Work\",\"description\":\"" + new string('x', 501) + "\",\"setOn\":\"2026-01-01\"}", "description" },
        { "/{support}/notes", "{\"sensitivity\":\"Care\",\"text\":\"" + new string('x', 4001) + "\"}", "text" },
        { "/{support}/notes", "{\"sensitivity\":\"Secret\",\"text\":\"Hello\"}", "" },
        { "/{support}/notes", "{\"sensitivity\":\"General\",\"text\":\"Hello\",\"author\":\"me\"}", "" },
        { "/{support}/consents", "{\"purpose\":\"ResearchUse\"}", "coversHealthData" },
        { "/{support}/close", "{\"closedOn\":\"2026-01-01\",\"reason\":\"TransferredToOtherCentre\"}", "reason" },
        { "/{support}/transfer", "{\"centreId\":\"{pros}\",\"on\":\"2026-01-01\"}", "centreId" },
        { "/{support}/stays", "{\"shelterId\":\"{pros}\",\"start\":\"2026-01-01\",\"residentIsMinor\":false}", "shelterId" },
        { "shelters", "{\"name\":\"House\",\"capacity\":-1,\"minorsOnly\":false,\"address\":\"Somewhere 1\"}", "capacity" },
        { "shelters", "{\"name\":\"House\",\"capacity\":3,\"minorsOnly\":false}", "address" },
    };

    [Theory]
    [MemberData(nameof(BadInputs))]
    public async Task Bad_input_is_refused_with_a_problem_naming_the_field_and_nothing_is_written(string path, string body, string field)
    {
        var coordinator = await app.UserAsync(Role.CentreCoordinator);
        var (support, file) = await OpenSupportAsync(coordinator, Today.AddDays(-5));
        var url = path == "shelters" ? "/api/v1/shelters" : "/api/v1/support-cases" + path.Replace("{support}", support.ToString(), StringComparison.Ordinal);
        var json = body.Replace("{file}", file.ToString(), StringComparison.Ordinal)
            .Replace("{pros}", BelgianReferenceData.IdFor("PROS-BXL").ToString(), StringComparison.Ordinal);
        var before = await SnapshotAsync();

        var response = await app.ApiClient(coordinator).PostAsync(url, new StringContent(json, Encoding.UTF8, "application/json"));

        await ApiAccessTests.AssertProblem(response, HttpStatusCode.BadRequest);
        if (field.Length > 0)
        {
            Assert.True((await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors").TryGetProperty(field, out _), await response.Content.ReadAsStringAsync());
        }

        Assert.Equal(before, await SnapshotAsync());
    }

    private async Task<(Guid Support, Guid File)> OpenSupportAsync(TestUser centreUser, DateOnly openedOn)
    {
        var file = await app.ApiClient(centreUser).PostAsJsonAsync("/api/v1/cases", new { personName = "Support Person " + Guid.NewGuid().ToString("N")[..6] });
        Assert.Equal(HttpStatusCode.Created, file.StatusCode);
        var fileId = (await file.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();
        var opened = await app.ApiClient(centreUser).PostAsJsonAsync("/api/v1/support-cases", new { caseId = fileId, openedOn });
        Assert.Equal(HttpStatusCode.Created, opened.StatusCode);
        return ((await opened.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid(), fileId);
    }

    private async Task<BrowserSession> SignedInAsync(TestUser user)
    {
        var session = new BrowserSession(app.BrowserClient());
        Assert.Equal(HttpStatusCode.Redirect, (await session.SignInAsync(user)).StatusCode);
        return session;
    }

    private static async Task<JsonElement> Ok(HttpResponseMessage response)
    {
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"{(int)response.StatusCode} {text}");
        return JsonDocument.Parse(text).RootElement.Clone();
    }

    private static JsonElement State(JsonElement view, string purpose) =>
        view.GetProperty("consentStates").EnumerateArray().Single(s => s.GetProperty("purpose").GetString() == purpose);

    private async Task<int> AuditCountAsync(AuditEventType type, Guid subject, string subjectType = "SupportCase", string? purpose = null)
    {
        var id = subject.ToString();
        return await CountAsync(db => db.AuditEntries.CountAsync(a => a.Type == type && a.SubjectType == subjectType && a.SubjectId == id
                                                                      && (purpose == null || a.Purpose == purpose)));
    }

    private async Task<int> CountAsync(Func<AppDbContext, Task<int>> query)
    {
        var count = 0;
        await app.WithDbAsync(async db => count = await query(db));
        return count;
    }

    private async Task<string> SnapshotAsync()
    {
        var counts = string.Empty;
        await app.WithDbAsync(async db => counts = string.Join(",",
            await db.SupportCases.CountAsync(), await db.SupportPlanActions.CountAsync(), await db.SupportGoals.CountAsync(),
            await db.SupportNotes.CountAsync(), await db.SupportConsents.CountAsync(), await db.Shelters.CountAsync(), await db.ShelterStays.CountAsync(),
            await db.AuditEntries.CountAsync(e => e.Type != AuditEventType.ApiTokenUsed), await db.SupportCases.SumAsync(s => s.Version)));
        return counts;
    }

    /// <summary>The stored column values as the database holds them, joined: what a stolen copy would show.</summary>
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
