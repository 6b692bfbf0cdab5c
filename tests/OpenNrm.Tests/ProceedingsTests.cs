using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using OpenNrm.Domain.Access;
using OpenNrm.Tests.Infrastructure;
using OpenNrm.Web.Data;
using OpenNrm.Web.Features.Access;

namespace OpenNrm.Tests;

/// <summary>
/// The criminal proceedings register through the API and the pages: the office's competence, the register's
/// refusals with their articles, what a centre working on a victim's file may see, and the case-law extract.
/// </summary>
public abstract class ProceedingsTests(TestApp app)
{
    private static readonly DateOnly Today = DateOnly.FromDateTime(DateTime.UtcNow.AddHours(-3));
    private static readonly DateOnly Opened = Today.AddDays(-500);
    private static readonly DateOnly Judged = Today.AddDays(-100);

    [Fact]
    public async Task A_case_runs_from_the_notice_to_a_final_conviction_with_damages_for_the_civil_party()
    {
        var prosecutor = await app.UserAsync(Role.Prosecutor);
        var (file, _) = await FileOfBrusselsAsync(await app.UserAsync(Role.CentreCaseworker), "Lifecycle Victim");
        var opened = await OpenAsync(prosecutor, Notice());
        Assert.Equal("PreliminaryInvestigation", opened.GetProperty("status").GetString());
        Assert.Equal(prosecutor.Id, opened.GetProperty("referenceMagistrate").GetProperty("magistrateId").GetGuid());
        var id = opened.GetProperty("id").GetGuid();

        await Ok(prosecutor, $"/api/v1/proceedings/{id}/victims", new { caseId = file, roles = new[] { "Complainant" } });
        await ToFinalConvictionAsync(prosecutor, id);
        var successor = await app.CreateUserAsync(Role.Prosecutor, "PROS-BXL");
        await Ok(prosecutor, $"/api/v1/proceedings/{id}/magistrates", new { magistrateId = successor.Id, from = Opened.AddDays(250) });
        var damages = await Ok(prosecutor, $"/api/v1/proceedings/{id}/victims/{file}", new
        {
            roles = new[] { "Complainant", "CivilParty" }, claimedCents = 1_500_000, awardedCents = 1_000_000, paidCents = 250_000, version = 0,
        }, put: true);
        var victim = damages.GetProperty("victims").EnumerateArray().Single();
        Assert.Equal(750_000, victim.GetProperty("outstandingCents").GetInt64());
        Assert.Equal(["Complainant", "CivilParty"], victim.GetProperty("roles").EnumerateArray().Select(r => r.GetString()!).ToArray());

        var now = await app.ApiClient(prosecutor).GetFromJsonAsync<JsonElement>($"/api/v1/proceedings/{id}");
        Assert.Equal("Final", now.GetProperty("status").GetString());
        Assert.False(now.GetProperty("isOngoing").GetBoolean());
        Assert.True(now.GetProperty("traffickingChargesRetained").GetBoolean());
        Assert.Equal("Conviction", now.GetProperty("latestJudgment").GetProperty("outcome").GetString());
        Assert.Equal(successor.Id, now.GetProperty("referenceMagistrate").GetProperty("magistrateId").GetGuid());
        Assert.Equal(6, now.GetProperty("statusHistory").GetArrayLength());
        Assert.Equal(2, now.GetProperty("magistrates").GetArrayLength());

        // Re-read as it stood five days after the judgment: judged, the thirty days to appeal running, the first magistrate.
        var then = await app.ApiClient(prosecutor).GetFromJsonAsync<JsonElement>($"/api/v1/proceedings/{id}?asOf={Judged.AddDays(5):yyyy-MM-dd}");
        Assert.Equal("Judgment", then.GetProperty("status").GetString());
        Assert.Equal(Judged.AddDays(30).ToString("yyyy-MM-dd"), then.GetProperty("appealOpenUntil").GetString());
        Assert.Equal(prosecutor.Id, (await Earlier(prosecutor, id, Opened.AddDays(100))).GetProperty("referenceMagistrate").GetProperty("magistrateId").GetGuid());
    }

    [Fact]
    public async Task A_judgment_before_charges_and_an_appeal_on_the_31st_day_are_refused_with_their_articles_and_nothing_is_stored()
    {
        var prosecutor = await app.UserAsync(Role.Prosecutor);
        var id = (await OpenAsync(prosecutor, Notice())).GetProperty("id").GetGuid();

        var early = await Post(prosecutor, $"/api/v1/proceedings/{id}/events", Judgment(Opened.AddDays(10)));
        var unmet = await Unprocessable(early);
        Assert.Contains(unmet, c => c.GetProperty("code").GetString() == "NoChargesBrought"
                                    && c.GetProperty("basis").GetString() == "Code of Criminal Procedure art. 130 and 182");
        Assert.Equal(0, await EventCountAsync(id));

        await Ok(prosecutor, $"/api/v1/proceedings/{id}/events", new { kind = "ChargesBrought", date = Opened.AddDays(100), route = "DirectSummons", includesTrafficking = true });
        await Ok(prosecutor, $"/api/v1/proceedings/{id}/events", new { kind = "TrialOpened", date = Opened.AddDays(200) });
        await Ok(prosecutor, $"/api/v1/proceedings/{id}/events", Judgment(Judged));
        var late = await Post(prosecutor, $"/api/v1/proceedings/{id}/events", new { kind = "AppealLodged", date = Judged.AddDays(31) });
        unmet = await Unprocessable(late);
        var expired = Assert.Single(unmet);
        Assert.Equal("AppealPeriodExpired", expired.GetProperty("code").GetString());
        Assert.Equal("Code of Criminal Procedure art. 203 §1", expired.GetProperty("basis").GetString());
        Assert.Equal(3, await EventCountAsync(id));

        // The thirtieth day is still within the period.
        var inTime = await Ok(prosecutor, $"/api/v1/proceedings/{id}/events", new { kind = "AppealLodged", date = Judged.AddDays(30) });
        Assert.Equal("Appeal", inTime.GetProperty("status").GetString());
    }

    [Fact]
    public async Task Another_offices_prosecutor_is_told_the_case_does_not_exist()
    {
        var prosecutor = await app.UserAsync(Role.Prosecutor);
        var (file, _) = await FileOfBrusselsAsync(await app.UserAsync(Role.CentreCaseworker), "Other Office");
        var id = (await OpenAsync(prosecutor, Notice())).GetProperty("id").GetGuid();
        await Ok(prosecutor, $"/api/v1/proceedings/{id}/victims", new { caseId = file, roles = Array.Empty<string>() });

        var liege = await app.CreateUserAsync(Role.Prosecutor, "PROS-LIE");
        var client = app.ApiClient(liege);
        await ApiAccessTests.AssertProblem(await client.GetAsync($"/api/v1/proceedings/{id}"), HttpStatusCode.NotFound);
        await ApiAccessTests.AssertProblem(await Post(liege, $"/api/v1/proceedings/{id}/events", new { kind = "TrialOpened", date = Today }), HttpStatusCode.NotFound);
        await ApiAccessTests.AssertProblem(await Post(liege, $"/api/v1/proceedings/{id}/magistrates", new { magistrateId = liege.Id, from = Today }), HttpStatusCode.NotFound);
        await ApiAccessTests.AssertProblem(await client.PutAsJsonAsync($"/api/v1/proceedings/{id}/victims/{file}",
            new { roles = Array.Empty<string>(), claimedCents = 0, awardedCents = 0, paidCents = 0, version = 0 }), HttpStatusCode.NotFound);
        await ApiAccessTests.AssertProblem(await client.GetAsync($"/api/v1/cases/{file}/proceedings"), HttpStatusCode.NotFound);
        Assert.Equal(0, await EventCountAsync(id));
    }

    [Fact]
    public async Task A_centre_working_on_the_file_reads_the_status_and_its_own_file_only_and_cannot_record()
    {
        var prosecutor = await app.UserAsync(Role.Prosecutor);
        var pagasa = await app.UserAsync(Role.CentreCaseworker);
        var (ownFile, _) = await FileOfBrusselsAsync(pagasa, "Centre Reader");
        var (otherFile, _) = await FileOfBrusselsAsync(await app.CreateUserAsync(Role.CentreCaseworker, "CENTRE-PAYOKE"), "Someone Else");
        var id = (await OpenAsync(prosecutor, Notice())).GetProperty("id").GetGuid();
        await Ok(prosecutor, $"/api/v1/proceedings/{id}/victims", new { caseId = ownFile, roles = new[] { "Witness" } });
        await Ok(prosecutor, $"/api/v1/proceedings/{id}/victims", new { caseId = otherFile, roles = new[] { "Complainant" } });

        var read = await app.ApiClient(pagasa).GetAsync($"/api/v1/proceedings/{id}");
        Assert.Equal(HttpStatusCode.OK, read.StatusCode);
        var view = await read.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal("PreliminaryInvestigation", view.GetProperty("status").GetString());
        Assert.Equal(ownFile, Assert.Single(view.GetProperty("victims").EnumerateArray()).GetProperty("caseId").GetGuid());
        Assert.False(view.TryGetProperty("magistrates", out _));
        Assert.False(view.TryGetProperty("events", out _));
        Assert.DoesNotContain(otherFile.ToString(), await read.Content.ReadAsStringAsync(), StringComparison.OrdinalIgnoreCase);

        var forFile = await app.ApiClient(pagasa).GetFromJsonAsync<JsonElement>($"/api/v1/cases/{ownFile}/proceedings");
        Assert.Equal("Witness", Assert.Single(Assert.Single(forFile.EnumerateArray()).GetProperty("victims").EnumerateArray()).GetProperty("roles")[0].GetString());

        await ApiAccessTests.AssertProblem(await Post(pagasa, $"/api/v1/proceedings/{id}/events", new { kind = "TrialOpened", date = Today }), HttpStatusCode.Forbidden);
        await ApiAccessTests.AssertProblem(await Post(pagasa, $"/api/v1/proceedings/{id}/victims", new { caseId = ownFile }), HttpStatusCode.Forbidden);
        Assert.Equal(0, await EventCountAsync(id));

        // A centre with no file in the case does not learn that it exists.
        var surya = await app.CreateUserAsync(Role.CentreCaseworker, "CENTRE-SURYA");
        await ApiAccessTests.AssertProblem(await app.ApiClient(surya).GetAsync($"/api/v1/proceedings/{id}"), HttpStatusCode.NotFound);
    }

    public static TheoryData<string, string> BadActs => new()
    {
        { "{\"kind\":\"Sentencing\",\"date\":\"2025-01-01\"}", "" },
        { "{\"kind\":\"JudgmentDelivered\",\"date\":\"2025-01-01\",\"exploitation\":\"Begging\",\"traffickingRetained\":true}", "outcome" },
        { "{\"kind\":\"ChargesBrought\",\"date\":\"2025-01-01\",\"includesTrafficking\":true}", "route" },
        { "{\"kind\":\"CaseDismissed\"}", "date" },
        { "{\"kind\":\"TrialOpened\",\"date\":\"2025-01-01\",\"court\":\"Brussels\"}", "" },
    };

    [Theory]
    [MemberData(nameof(BadActs))]
    public async Task A_malformed_act_is_refused_with_400_naming_the_field_and_nothing_is_stored(string body, string field)
    {
        var prosecutor = await app.UserAsync(Role.Prosecutor);
        var id = (await OpenAsync(prosecutor, Notice())).GetProperty("id").GetGuid();
        var response = await app.ApiClient(prosecutor).PostAsync($"/api/v1/proceedings/{id}/events", new StringContent(body, System.Text.Encoding.UTF8, "application/json"));
        await ApiAccessTests.AssertProblem(response, HttpStatusCode.BadRequest);
        if (field.Length > 0)
        {
            Assert.True((await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors").TryGetProperty(field, out _));
        }

        Assert.Equal(0, await EventCountAsync(id));
    }

    [Theory]
    [InlineData("AB", "noticeNumber")]
    [InlineData("BR.12/24 <script>", "noticeNumber")]
    [InlineData("", "noticeNumber")]
    public async Task A_malformed_notice_number_is_refused_and_nothing_is_written(string notice, string field)
    {
        var prosecutor = await app.UserAsync(Role.Prosecutor);
        var before = await CountAsync();
        var response = await Post(prosecutor, "/api/v1/proceedings", new { noticeNumber = notice, openedOn = Opened });
        await ApiAccessTests.AssertProblem(response, HttpStatusCode.BadRequest);
        Assert.True((await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors").TryGetProperty(field, out _));
        Assert.Equal(before, await CountAsync());
    }

    [Fact]
    public async Task Negative_damages_an_overpayment_and_an_award_without_conviction_are_refused_and_the_link_is_unchanged()
    {
        var prosecutor = await app.UserAsync(Role.Prosecutor);
        var (file, _) = await FileOfBrusselsAsync(await app.UserAsync(Role.CentreCaseworker), "Damages Victim");
        var id = (await OpenAsync(prosecutor, Notice())).GetProperty("id").GetGuid();
        await Ok(prosecutor, $"/api/v1/proceedings/{id}/victims", new { caseId = file, roles = new[] { "CivilParty" } });
        var path = $"/api/v1/proceedings/{id}/victims/{file}";

        var negative = await Unprocessable(await Put(prosecutor, path, new { roles = new[] { "CivilParty" }, claimedCents = -5, awardedCents = 0, paidCents = 0, version = 0 }));
        Assert.Contains(negative, c => c.GetProperty("code").GetString() == "NegativeAmount");
        var noConviction = await Unprocessable(await Put(prosecutor, path, new { roles = new[] { "CivilParty" }, claimedCents = 100, awardedCents = 100, paidCents = 0, version = 0 }));
        Assert.Contains(noConviction, c => c.GetProperty("code").GetString() == "NoConviction");

        await ToFinalConvictionAsync(prosecutor, id);
        var overpaid = await Unprocessable(await Put(prosecutor, path, new { roles = new[] { "CivilParty" }, claimedCents = 100, awardedCents = 100, paidCents = 101, version = 0 }));
        var paid = Assert.Single(overpaid);
        Assert.Equal("PaidMoreThanAwarded", paid.GetProperty("code").GetString());
        Assert.StartsWith("Preliminary Title of the Code of Criminal Procedure art. 4", paid.GetProperty("basis").GetString(), StringComparison.Ordinal);
        var noCivilParty = await Unprocessable(await Put(prosecutor, path, new { roles = new[] { "Witness" }, claimedCents = 100, awardedCents = 100, paidCents = 0, version = 0 }));
        Assert.Contains(noCivilParty, c => c.GetProperty("code").GetString() == "NotCivilParty");
        await ApiAccessTests.AssertProblem(await Put(prosecutor, path, new { roles = new[] { "Heir" }, claimedCents = 0, awardedCents = 0, paidCents = 0, version = 0 }),
            HttpStatusCode.BadRequest);
        await ApiAccessTests.AssertProblem(await Put(prosecutor, path, new { roles = new[] { "CivilParty" }, claimedCents = 0, awardedCents = 0 }), HttpStatusCode.BadRequest);

        var stored = (await app.ApiClient(prosecutor).GetFromJsonAsync<JsonElement>($"/api/v1/proceedings/{id}")).GetProperty("victims")[0];
        Assert.Equal((0L, 0L, 0L, 0), (stored.GetProperty("claimedCents").GetInt64(), stored.GetProperty("awardedCents").GetInt64(),
            stored.GetProperty("paidCents").GetInt64(), stored.GetProperty("version").GetInt32()));

        // The version read is the version changed: a second edit from the same reading is a conflict, not an overwrite.
        await Ok(prosecutor, path, new { roles = new[] { "CivilParty" }, claimedCents = 100, awardedCents = 100, paidCents = 0, version = 0 }, put: true);
        await ApiAccessTests.AssertProblem(await Put(prosecutor, path, new { roles = new[] { "CivilParty" }, claimedCents = 100, awardedCents = 100, paidCents = 100, version = 0 }),
            HttpStatusCode.Conflict);
    }

    [Fact]
    public async Task Only_files_the_office_works_on_can_be_linked_and_each_once()
    {
        var prosecutor = await app.UserAsync(Role.Prosecutor);
        var id = (await OpenAsync(prosecutor, Notice())).GetProperty("id").GetGuid();
        var police = await app.UserAsync(Role.FrontlineOfficer);
        var foreign = (await (await app.ApiClient(police).PostAsJsonAsync("/api/v1/cases", new { personName = "Not Brussels" })).Content.ReadFromJsonAsync<JsonElement>())
            .GetProperty("id").GetGuid();

        foreach (var caseId in new[] { foreign, Guid.NewGuid() })
        {
            var response = await Post(prosecutor, $"/api/v1/proceedings/{id}/victims", new { caseId, roles = new[] { "Witness" } });
            await ApiAccessTests.AssertProblem(response, HttpStatusCode.BadRequest);
            Assert.True((await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors").TryGetProperty("caseId", out _));
        }

        var (file, _) = await FileOfBrusselsAsync(await app.UserAsync(Role.CentreCaseworker), "Linked Once");
        await Ok(prosecutor, $"/api/v1/proceedings/{id}/victims", new { caseId = file, roles = new[] { "Witness" } });
        await ApiAccessTests.AssertProblem(await Post(prosecutor, $"/api/v1/proceedings/{id}/victims", new { caseId = file, roles = new[] { "Witness" } }), HttpStatusCode.Conflict);
        var links = 0;
        await app.WithDbAsync(async db => links = await db.VictimLinks.CountAsync(l => l.ProceedingsId == id));
        Assert.Equal(1, links);
    }

    [Fact]
    public async Task A_notice_number_is_unique_within_its_office_only()
    {
        var prosecutor = await app.UserAsync(Role.Prosecutor);
        var notice = Notice();
        await OpenAsync(prosecutor, notice);
        var before = await CountAsync();

        var again = await Post(prosecutor, "/api/v1/proceedings", new { noticeNumber = " " + notice.ToLowerInvariant() + " ", openedOn = Opened });
        await ApiAccessTests.AssertProblem(again, HttpStatusCode.Conflict);
        Assert.Equal(before, await CountAsync());

        var liege = await app.CreateUserAsync(Role.Prosecutor, "PROS-LIE");
        Assert.Equal(HttpStatusCode.Created, (await Post(liege, "/api/v1/proceedings", new { noticeNumber = notice, openedOn = Opened })).StatusCode);
    }

    [Fact]
    public async Task The_case_law_extract_lists_judgments_without_anything_that_leads_to_a_person_or_a_file()
    {
        var prosecutor = await app.UserAsync(Role.Prosecutor);
        var (file, reference) = await FileOfBrusselsAsync(await app.UserAsync(Role.CentreCaseworker), "Caselaw Victim Name");
        var notice = Notice();
        var id = (await OpenAsync(prosecutor, notice)).GetProperty("id").GetGuid();
        await Ok(prosecutor, $"/api/v1/proceedings/{id}/victims", new { caseId = file, roles = new[] { "CivilParty" } });
        await ToFinalConvictionAsync(prosecutor, id);

        var analyst = await app.UserAsync(Role.RapporteurAnalyst);
        var response = await app.ApiClient(analyst).GetAsync($"/api/v1/proceedings?judgments=true&year={Judged.Year}");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var raw = await response.Content.ReadAsStringAsync();
        var judgments = JsonDocument.Parse(raw).RootElement.EnumerateArray().ToList();
        var ours = judgments.Where(j => j.GetProperty("date").GetString() == Judged.ToString("yyyy-MM-dd")
                                        && j.GetProperty("office").GetString() == "Public prosecutor's office Brussels").ToList();
        Assert.NotEmpty(ours);
        Assert.All(ours, j => Assert.Equal(("Conviction", "EconomicExploitation", true),
            (j.GetProperty("outcome").GetString(), j.GetProperty("exploitation").GetString(), j.GetProperty("traffickingRetained").GetBoolean())));
        Assert.All(judgments, j => Assert.Equal(["date", "exploitation", "judicialDistrict", "office", "onAppeal", "outcome", "traffickingRetained"],
            j.EnumerateObject().Select(p => p.Name).Order(StringComparer.Ordinal).ToArray()));
        foreach (var secret in new[] { notice, id.ToString(), file.ToString(), reference, "Caselaw", prosecutor.Id.ToString() })
        {
            Assert.DoesNotContain(secret, raw, StringComparison.OrdinalIgnoreCase);
        }

        await ApiAccessTests.AssertProblem(await app.ApiClient(analyst).GetAsync("/api/v1/proceedings?year=2025"), HttpStatusCode.BadRequest);
        await ApiAccessTests.AssertProblem(await app.ApiClient(await app.UserAsync(Role.CentreCaseworker)).GetAsync($"/api/v1/proceedings?judgments=true&year={Judged.Year}"),
            HttpStatusCode.Forbidden);
    }

    [Fact]
    public async Task Two_appends_from_the_same_reading_conflict_instead_of_interleaving()
    {
        var prosecutor = await app.UserAsync(Role.Prosecutor);
        var id = (await OpenAsync(prosecutor, Notice())).GetProperty("id").GetGuid();
        await using var first = app.Services.CreateAsyncScope();
        await using var second = app.Services.CreateAsyncScope();
        var a = first.ServiceProvider.GetRequiredService<AppDbContext>();
        var b = second.ServiceProvider.GetRequiredService<AppDbContext>();
        var readByA = await a.CriminalProceedings.Include(p => p.Events).SingleAsync(p => p.Id == id);
        var readByB = await b.CriminalProceedings.Include(p => p.Events).SingleAsync(p => p.Id == id);

        readByA.Append(new Domain.Proceedings.JudicialInvestigationOpened(NodaTime.LocalDate.FromDateOnly(Opened).PlusDays(10)), prosecutor.Id, DateTimeOffset.UtcNow);
        await a.SaveChangesAsync();
        readByB.Append(new Domain.Proceedings.CaseDismissed(NodaTime.LocalDate.FromDateOnly(Opened).PlusDays(10), Domain.Proceedings.DismissalReason.Other),
            prosecutor.Id, DateTimeOffset.UtcNow);
        await Assert.ThrowsAnyAsync<DbUpdateException>(() => b.SaveChangesAsync());
        Assert.Equal(1, await EventCountAsync(id));

        // The conflict leaves nothing held: the next writer goes straight through (SQLite's write gate waits 20 s otherwise).
        var watch = System.Diagnostics.Stopwatch.StartNew();
        await Ok(prosecutor, $"/api/v1/proceedings/{id}/events", new { kind = "ChargesBrought", date = Opened.AddDays(20), route = "CouncilChamberReferral", includesTrafficking = false });
        Assert.True(watch.Elapsed < TimeSpan.FromSeconds(10), $"the next write took {watch.Elapsed}");
    }

    [Fact]
    public async Task New_evidence_is_encrypted_at_rest()
    {
        var prosecutor = await app.UserAsync(Role.Prosecutor);
        var id = (await OpenAsync(prosecutor, Notice())).GetProperty("id").GetGuid();
        await Ok(prosecutor, $"/api/v1/proceedings/{id}/events", new { kind = "CaseDismissed", date = Opened.AddDays(30), reason = "PerpetratorUnknown" });
        var reopened = await Ok(prosecutor, $"/api/v1/proceedings/{id}/events",
            new { kind = "CaseReopened", date = Opened.AddDays(60), newEvidence = "Statement of Kofi Mensah identifies the recruiter", timeBarredOn = Today.AddYears(5) });
        Assert.Equal("PreliminaryInvestigation", reopened.GetProperty("status").GetString());
        Assert.Contains("Kofi Mensah", reopened.GetProperty("events")[1].GetProperty("newEvidence").GetString(), StringComparison.Ordinal);

        await app.WithDbAsync(async db =>
        {
            var connection = db.Database.GetDbConnection();
            await connection.OpenAsync();
            await using var command = connection.CreateCommand();
            command.CommandText = "SELECT \"NewEvidence\" FROM criminal_proceedings_events WHERE \"Kind\" = 'CaseReopened' AND \"ProceedingsId\" = @id";
            var parameter = command.CreateParameter();
            parameter.ParameterName = "id";
            parameter.Value = app.Provider == Provider.Sqlite ? id.ToString().ToUpperInvariant() : id;
            command.Parameters.Add(parameter);
            var stored = (string)(await command.ExecuteScalarAsync())!;
            Assert.DoesNotContain("Kofi", stored, StringComparison.OrdinalIgnoreCase);
        });
    }

    [Fact]
    public async Task The_pages_show_the_register_the_case_and_the_files_section()
    {
        var prosecutor = await app.CreateUserAsync(Role.Prosecutor, "PROS-BXL");
        var centre = await app.CreateUserAsync(Role.CentreCaseworker, "CENTRE-PAGASA");
        var (file, reference) = await FileOfBrusselsAsync(centre, "Page Victim");
        var notice = Notice();
        var id = (await OpenAsync(prosecutor, notice)).GetProperty("id").GetGuid();
        await Ok(prosecutor, $"/api/v1/proceedings/{id}/victims", new { caseId = file, roles = new[] { "Complainant" } });
        await ToFinalConvictionAsync(prosecutor, id);

        var office = new BrowserSession(app.BrowserClient());
        Assert.Equal(HttpStatusCode.Redirect, (await office.SignInAsync(prosecutor)).StatusCode);
        Assert.Contains(notice, await office.Client.GetStringAsync("/Proceedings"), StringComparison.Ordinal);
        var detail = await office.Client.GetStringAsync($"/Proceedings/Detail?id={id}");
        Assert.Contains(reference, detail, StringComparison.Ordinal);
        Assert.Contains("Record an act", detail, StringComparison.Ordinal);
        Assert.Contains("data-testid=\"history\"", detail, StringComparison.Ordinal);
        var refused = await office.PostFormAsync($"/Proceedings/Detail?id={id}&handler=Act",
            new() { ["Id"] = id.ToString(), ["Act.Kind"] = "TrialOpened", ["Act.Date"] = Today.ToString("yyyy-MM-dd") }, $"/Proceedings/Detail?id={id}");
        Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
        Assert.Contains("res judicata", await refused.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        var team = new BrowserSession(app.BrowserClient());
        Assert.Equal(HttpStatusCode.Redirect, (await team.SignInAsync(centre)).StatusCode);
        var filePage = await team.Client.GetStringAsync($"/Cases/Detail?id={file}");
        Assert.Contains("data-testid=\"case-proceedings\"", filePage, StringComparison.Ordinal);
        Assert.Contains(notice, filePage, StringComparison.Ordinal);
        var statusPage = await team.Client.GetStringAsync($"/Proceedings/Detail?id={id}");
        Assert.DoesNotContain("Record an act", statusPage, StringComparison.Ordinal);
        Assert.DoesNotContain("Test Prosecutor", statusPage, StringComparison.Ordinal);
    }

    private async Task ToFinalConvictionAsync(TestUser prosecutor, Guid id)
    {
        var path = $"/api/v1/proceedings/{id}/events";
        await Ok(prosecutor, path, new { kind = "JudicialInvestigationOpened", date = Opened.AddDays(50) });
        await Ok(prosecutor, path, new { kind = "ChargesBrought", date = Opened.AddDays(200), route = "CouncilChamberReferral", includesTrafficking = true });
        await Ok(prosecutor, path, new { kind = "TrialOpened", date = Opened.AddDays(300) });
        await Ok(prosecutor, path, Judgment(Judged));
        var final = await Ok(prosecutor, path, new { kind = "BecameFinal", date = Judged.AddDays(31) });
        Assert.Equal("Final", final.GetProperty("status").GetString());
    }

    private static object Judgment(DateOnly date) =>
        new { kind = "JudgmentDelivered", date, outcome = "Conviction", exploitation = "EconomicExploitation", traffickingRetained = true };

    private static string Notice() => "BR.12.L1." + Random.Shared.Next(100000, 999999) + "/" + Guid.NewGuid().ToString("N")[..4].ToUpperInvariant();

    private Task<JsonElement> Earlier(TestUser user, Guid id, DateOnly asOf) =>
        app.ApiClient(user).GetFromJsonAsync<JsonElement>($"/api/v1/proceedings/{id}?asOf={asOf:yyyy-MM-dd}");

    /// <summary>A centre's file with a residence procedure naming the Brussels office, which is thereby involved in it.</summary>
    private async Task<(Guid File, string Reference)> FileOfBrusselsAsync(TestUser centre, string name)
    {
        var created = await app.ApiClient(centre).PostAsJsonAsync("/api/v1/cases", new { personName = name });
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var file = await created.Content.ReadFromJsonAsync<JsonElement>();
        var id = file.GetProperty("id").GetGuid();
        var procedure = await app.ApiClient(centre).PostAsJsonAsync("/api/v1/procedures", new
        {
            caseId = id, openedOn = Opened, thirdCountryNational = true, unaccompaniedMinor = false, prosecutorOfficeId = BelgianReferenceData.IdFor("PROS-BXL"),
        });
        Assert.Equal(HttpStatusCode.Created, procedure.StatusCode);
        return (id, file.GetProperty("reference").GetString()!);
    }

    private async Task<JsonElement> OpenAsync(TestUser prosecutor, string notice)
    {
        var response = await Post(prosecutor, "/api/v1/proceedings", new { noticeNumber = notice, openedOn = Opened });
        Assert.True(response.StatusCode == HttpStatusCode.Created, await response.Content.ReadAsStringAsync());
        return await response.Content.ReadFromJsonAsync<JsonElement>();
    }

    private Task<HttpResponseMessage> Post(TestUser user, string path, object body) => app.ApiClient(user).PostAsJsonAsync(path, body);

    private Task<HttpResponseMessage> Put(TestUser user, string path, object body) => app.ApiClient(user).PutAsJsonAsync(path, body);

    private async Task<JsonElement> Ok(TestUser user, string path, object body, bool put = false)
    {
        var response = put ? await Put(user, path, body) : await Post(user, path, body);
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"{path}: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
        return await response.Content.ReadFromJsonAsync<JsonElement>();
    }

    private static async Task<List<JsonElement>> Unprocessable(HttpResponseMessage response)
    {
        Assert.True(response.StatusCode == HttpStatusCode.UnprocessableEntity, $"{(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
        return (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("unmetConditions").EnumerateArray().ToList();
    }

    private async Task<int> EventCountAsync(Guid id)
    {
        var count = 0;
        await app.WithDbAsync(async db => count = await db.CriminalProceedingsEvents.CountAsync(e => e.ProceedingsId == id));
        return count;
    }

    private async Task<(int Proceedings, int Audit)> CountAsync()
    {
        (int, int) counts = default;
        await app.WithDbAsync(async db => counts = (await db.CriminalProceedings.CountAsync(),
            await db.AuditEntries.CountAsync(e => e.Type != Domain.Audit.AuditEventType.ApiTokenUsed)));
        return counts;
    }
}
