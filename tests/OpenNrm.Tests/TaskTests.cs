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
/// A centre's tasks: seen by their centre only, finished once, bad input refused with nothing written; the work
/// list shows the caller's and the team's tasks with the procedures' deadlines, and the support case page its own.
/// </summary>
public abstract class TaskTests(TestApp app)
{
    private static DateOnly Today => LegalToday.Date;

    [Fact]
    public async Task A_task_is_seen_only_by_its_centre_and_the_police_are_refused()
    {
        var caseworker = await app.CreateUserAsync(Role.CentreCaseworker, "CENTRE-PAGASA");
        var colleague = await app.CreateUserAsync(Role.CentreCoordinator, "CENTRE-PAGASA");
        var support = await OpenSupportAsync(caseworker);
        var forColleague = await CreateAsync(caseworker, new { title = "Call the PCSW about the rent", dueOn = Today.AddDays(3), supportCaseId = support, assigneeId = colleague.Id });
        var forTeam = await CreateAsync(caseworker, new { title = "Book an interpreter (Tigrinya)", dueOn = Today.AddDays(1) });
        Assert.Equal(("Open", colleague.Id, support), (forColleague.GetProperty("status").GetString(), forColleague.GetProperty("assigneeId").GetGuid(),
            forColleague.GetProperty("supportCaseId").GetGuid()));
        Assert.Equal(JsonValueKind.Null, forTeam.GetProperty("assigneeId").ValueKind);
        var id = forColleague.GetProperty("id").GetGuid();

        // Mine is what is given to me; the team's is the whole centre's.
        Assert.Equal([id], await IdsAsync(colleague, "/api/v1/tasks"));
        Assert.Empty(await IdsAsync(caseworker, "/api/v1/tasks?scope=Mine"));
        // Other tests of this class add to the same centre's list: look at these two only, the earlier due first.
        var team = await IdsAsync(caseworker, "/api/v1/tasks?scope=Team");
        Assert.Equal([forTeam.GetProperty("id").GetGuid(), id], team.Where(t => t == id || t == forTeam.GetProperty("id").GetGuid()));
        Assert.Equal([id], await IdsAsync(caseworker, $"/api/v1/tasks?scope=Team&supportCaseId={support}"));
        Assert.True(await AuditCountAsync(AuditEventType.TasksViewed) >= 4);

        // Another centre is told the task does not exist, and cannot finish it; nothing changes.
        var payoke = app.ApiClient(await app.CreateUserAsync(Role.CentreCoordinator, "CENTRE-PAYOKE"));
        await ApiAccessTests.AssertProblem(await payoke.GetAsync($"/api/v1/tasks/{id}"), HttpStatusCode.NotFound);
        await ApiAccessTests.AssertProblem(await payoke.PostAsJsonAsync($"/api/v1/tasks/{id}/complete", new { }), HttpStatusCode.NotFound);
        await ApiAccessTests.AssertProblem(await payoke.PostAsJsonAsync($"/api/v1/tasks/{id}/cancel", new { }), HttpStatusCode.NotFound);
        Assert.DoesNotContain(id, await IdsAsync(await app.CreateUserAsync(Role.CentreCoordinator, "CENTRE-PAYOKE"), "/api/v1/tasks?scope=Team"));
        Assert.Equal("Open", (await app.ApiClient(caseworker).GetFromJsonAsync<JsonElement>($"/api/v1/tasks/{id}")).GetProperty("status").GetString());

        // The police have no part in a centre's work: refused whatever the task.
        var police = app.ApiClient(await app.UserAsync(Role.FrontlineOfficer));
        await ApiAccessTests.AssertProblem(await police.GetAsync("/api/v1/tasks?scope=Team"), HttpStatusCode.Forbidden);
        await ApiAccessTests.AssertProblem(await police.GetAsync($"/api/v1/tasks/{id}"), HttpStatusCode.Forbidden);
        await ApiAccessTests.AssertProblem(await police.PostAsJsonAsync($"/api/v1/tasks/{id}/complete", new { }), HttpStatusCode.Forbidden);
        await ApiAccessTests.AssertProblem(await police.PostAsJsonAsync("/api/v1/tasks", new { title = "x", dueOn = Today }), HttpStatusCode.Forbidden);
    }

    [Fact]
    public async Task A_task_is_completed_once_and_a_second_completion_changes_nothing()
    {
        var caseworker = await app.CreateUserAsync(Role.CentreCaseworker, "CENTRE-PAGASA");
        var coordinator = await app.CreateUserAsync(Role.CentreCoordinator, "CENTRE-PAGASA");
        var task = await CreateAsync(caseworker, new { title = "Renew the attestation appointment", dueOn = Today.AddDays(-2), assigneeId = caseworker.Id });
        var id = task.GetProperty("id").GetGuid();
        Assert.True(task.GetProperty("overdue").GetBoolean());

        var done = await Ok(await app.ApiClient(caseworker).PostAsJsonAsync($"/api/v1/tasks/{id}/complete", new { version = task.GetProperty("version").GetInt32() }));
        Assert.Equal(("Done", caseworker.Id, false), (done.GetProperty("status").GetString(), done.GetProperty("finishedBy").GetGuid(), done.GetProperty("overdue").GetBoolean()));
        var before = await RowAsync(id);

        // A colleague's second click: a clear refusal naming who finished it, and the task stays as it was.
        foreach (var action in new[] { "complete", "cancel" })
        {
            var again = await app.ApiClient(coordinator).PostAsJsonAsync($"/api/v1/tasks/{id}/{action}", new { });
            await ApiAccessTests.AssertProblem(again, HttpStatusCode.Conflict);
            var problem = await again.Content.ReadFromJsonAsync<JsonElement>();
            Assert.Equal("AlreadyDone", problem.GetProperty("code").GetString());
            Assert.StartsWith("product rule", problem.GetProperty("basis").GetString(), StringComparison.Ordinal);
            Assert.Contains("Test CentreCaseworker", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
        }

        Assert.Equal(before, await RowAsync(id));
        Assert.Equal(1, await AuditCountAsync(AuditEventType.TaskCompleted, id));
        Assert.Equal(0, await AuditCountAsync(AuditEventType.TaskCancelled, id));
        Assert.Empty(await IdsAsync(caseworker, "/api/v1/tasks"));
        Assert.Equal([id], await IdsAsync(caseworker, "/api/v1/tasks?status=Done"));

        // A cancelled task is finished too; a version read before a change is not applied blindly.
        var other = await CreateAsync(caseworker, new { title = "Visit the shelter", dueOn = Today });
        var otherId = other.GetProperty("id").GetGuid();
        await ApiAccessTests.AssertProblem(await app.ApiClient(caseworker).PostAsJsonAsync($"/api/v1/tasks/{otherId}/cancel", new { version = 7 }),
            HttpStatusCode.Conflict);
        Assert.Equal("Cancelled", (await Ok(await app.ApiClient(caseworker).PostAsync($"/api/v1/tasks/{otherId}/cancel", null))).GetProperty("status").GetString());
        var late = await app.ApiClient(caseworker).PostAsJsonAsync($"/api/v1/tasks/{otherId}/complete", new { });
        await ApiAccessTests.AssertProblem(late, HttpStatusCode.Conflict);
        Assert.Equal("AlreadyCancelled", (await late.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("code").GetString());
    }

    public static TheoryData<string, string> BadInputs => new()
    {
        { "{\"title\":\"\",\"dueOn\":\"{today}\"}", "title" },
        { "{\"title\":\"   \",\"dueOn\":\"{today}\"}", "title" },
        { "{\"title\":\"" + new string('x', 201) + "\",\"dueOn\":\"{today}\"}", "title" },
        { "{\"title\":\"Call the lawyer\"}", "dueOn" },
        { "{\"title\":\"Call the lawyer\",\"dueOn\":\"{longAgo}\"}", "dueOn" },
        { "{\"title\":\"Call the lawyer\",\"dueOn\":\"{farAhead}\"}", "dueOn" },
        { "{\"title\":\"Call the lawyer\",\"dueOn\":\"{today}\",\"assigneeId\":\"{unknown}\"}", "assigneeId" },
        { "{\"title\":\"Call the lawyer\",\"dueOn\":\"{today}\",\"assigneeId\":\"{payokeUser}\"}", "assigneeId" },
        { "{\"title\":\"Call the lawyer\",\"dueOn\":\"{today}\",\"assigneeId\":\"{policeUser}\"}", "assigneeId" },
        { "{\"title\":\"Call the lawyer\",\"dueOn\":\"{today}\",\"supportCaseId\":\"{unknown}\"}", "supportCaseId" },
        { "{\"title\":\"Call the lawyer\",\"dueOn\":\"{today}\",\"status\":\"Done\"}", "" },
        { "{\"title\":\"Call the lawyer\",\"dueOn\":\"not a date\"}", "" },
    };

    [Theory]
    [MemberData(nameof(BadInputs))]
    public async Task Bad_input_is_refused_with_a_problem_naming_the_field_and_nothing_is_written(string body, string field)
    {
        var caseworker = await app.UserAsync(Role.CentreCaseworker);
        var json = body.Replace("{today}", Today.ToString("yyyy-MM-dd"), StringComparison.Ordinal)
            .Replace("{longAgo}", Today.AddYears(-2).ToString("yyyy-MM-dd"), StringComparison.Ordinal)
            .Replace("{farAhead}", Today.AddYears(6).ToString("yyyy-MM-dd"), StringComparison.Ordinal)
            .Replace("{unknown}", Guid.NewGuid().ToString(), StringComparison.Ordinal)
            .Replace("{payokeUser}", (await app.CreateUserAsync(Role.CentreCaseworker, "CENTRE-PAYOKE")).Id.ToString(), StringComparison.Ordinal)
            .Replace("{policeUser}", (await app.CreateUserAsync(Role.FrontlineOfficer, "CENTRE-PAGASA")).Id.ToString(), StringComparison.Ordinal);
        var before = await SnapshotAsync();

        var response = await app.ApiClient(caseworker).PostAsync("/api/v1/tasks", new StringContent(json, Encoding.UTF8, "application/json"));

        await ApiAccessTests.AssertProblem(response, HttpStatusCode.BadRequest);
        if (field.Length > 0)
        {
            Assert.True((await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors").TryGetProperty(field, out _),
                await response.Content.ReadAsStringAsync());
        }

        Assert.Equal(before, await SnapshotAsync());
    }

    [Fact]
    public async Task Another_centres_support_case_cannot_carry_a_task_and_a_closed_one_takes_none()
    {
        var payoke = await app.CreateUserAsync(Role.CentreCaseworker, "CENTRE-PAYOKE");
        var theirs = await OpenSupportAsync(payoke);
        var caseworker = await app.UserAsync(Role.CentreCaseworker);
        var before = await SnapshotAsync();
        var refused = await app.ApiClient(caseworker).PostAsJsonAsync("/api/v1/tasks", new { title = "Look at their file", dueOn = Today, supportCaseId = theirs });
        await ApiAccessTests.AssertProblem(refused, HttpStatusCode.BadRequest);
        Assert.True((await refused.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors").TryGetProperty("supportCaseId", out _));
        Assert.Equal(before, await SnapshotAsync());

        var ours = await OpenSupportAsync(caseworker);
        await Ok(await app.ApiClient(caseworker).PostAsJsonAsync($"/api/v1/support-cases/{ours}/close", new { closedOn = Today, reason = "GoalsReached" }));
        await ApiAccessTests.AssertProblem(await app.ApiClient(caseworker).PostAsJsonAsync("/api/v1/tasks", new { title = "Too late", dueOn = Today, supportCaseId = ours }),
            HttpStatusCode.Conflict);
    }

    [Fact]
    public async Task The_work_list_shows_mine_and_the_teams_tasks_by_date_with_the_procedures_deadlines_and_the_case_page_its_own()
    {
        var caseworker = await app.CreateUserAsync(Role.CentreCaseworker, "CENTRE-PAGASA");
        var colleague = await app.CreateUserAsync(Role.CentreCaseworker, "CENTRE-PAGASA");
        var support = await OpenSupportAsync(caseworker);
        await CreateAsync(caseworker, new { title = "Overdue report to the PCSW", dueOn = Today.AddDays(-3), assigneeId = caseworker.Id, supportCaseId = support });
        await CreateAsync(caseworker, new { title = "Colleague's home visit", dueOn = Today.AddDays(2), assigneeId = colleague.Id });
        var procedure = await ProcedureWithReflectionDocumentAsync(caseworker, daysAgo: 40);

        var session = await SignedInAsync(caseworker);
        var mine = await (await session.Client.GetAsync("/Tasks")).Content.ReadAsStringAsync();
        Assert.Contains("Overdue report to the PCSW", mine, StringComparison.Ordinal);
        Assert.DoesNotContain("Colleague&#x27;s home visit", mine, StringComparison.Ordinal);
        Assert.Matches("<tr class=\"overdue\" data-testid=\"task\">\\s*<td>[^<]*<strong>Overdue</strong>", mine);
        // The procedure this caseworker opened is theirs to follow: its next deadline stands in the list, as a link.
        Assert.Contains($"/Residence/Procedure?id={procedure}", mine, StringComparison.Ordinal);
        Assert.True(mine.IndexOf("Overdue report to the PCSW", StringComparison.Ordinal) < mine.IndexOf($"/Residence/Procedure?id={procedure}", StringComparison.Ordinal),
            "the overdue task comes before the deadline due in five days");

        var team = await (await session.Client.GetAsync("/Tasks?scope=Team")).Content.ReadAsStringAsync();
        Assert.Contains("Colleague&#x27;s home visit", team, StringComparison.Ordinal);
        Assert.Contains("Overdue report to the PCSW", team, StringComparison.Ordinal);

        // A new colleague with nothing to do is told so.
        var idle = await (await (await SignedInAsync(await app.CreateUserAsync(Role.CentreCaseworker, "CENTRE-SURYA"))).Client.GetAsync("/Tasks")).Content.ReadAsStringAsync();
        Assert.Contains("data-testid=\"agenda-empty\"", idle, StringComparison.Ordinal);
        Assert.DoesNotContain("Overdue report", idle, StringComparison.Ordinal);

        // The support case page lists the case's task and adds one, coming back to the case.
        var casePath = $"/Assistance/Case?id={support}";
        var casePage = await (await session.Client.GetAsync(casePath)).Content.ReadAsStringAsync();
        Assert.Contains("Overdue report to the PCSW", casePage, StringComparison.Ordinal);
        Assert.DoesNotContain("Colleague&#x27;s home visit", casePage, StringComparison.Ordinal);
        var added = await session.PostFormAsync("/Tasks?handler=Create", new()
        {
            ["ReturnCase"] = support.ToString(), ["NewTask.SupportCaseId"] = support.ToString(), ["NewTask.Title"] = "Ask for the medical report",
            ["NewTask.DueOn"] = Today.AddDays(5).ToString("yyyy-MM-dd"), ["NewTask.AssigneeId"] = "",
        }, casePath);
        Assert.Equal(HttpStatusCode.Redirect, added.StatusCode);
        Assert.Equal($"/Assistance/Case?id={support}#tasks", added.Headers.Location!.OriginalString);
        var teamTask = (await IdsAsync(caseworker, $"/api/v1/tasks?scope=Team&supportCaseId={support}")).Last();
        Assert.Equal(JsonValueKind.Null, (await app.ApiClient(caseworker).GetFromJsonAsync<JsonElement>($"/api/v1/tasks/{teamTask}")).GetProperty("assigneeId").ValueKind);

        // A bad form from the case page writes nothing and says why on the case page.
        var before = await SnapshotAsync(exceptReads: true);
        var bad = await session.PostFormAsync("/Tasks?handler=Create", new()
        {
            ["ReturnCase"] = support.ToString(), ["NewTask.SupportCaseId"] = support.ToString(), ["NewTask.Title"] = "Back-dated",
            ["NewTask.DueOn"] = Today.AddYears(-1).ToString("yyyy-MM-dd"),
        }, casePath);
        Assert.Equal(HttpStatusCode.Redirect, bad.StatusCode);
        Assert.Equal(before, await SnapshotAsync(exceptReads: true));
        var told = await (await session.Client.GetAsync(casePath)).Content.ReadAsStringAsync();
        Assert.Contains("A task is due at most 30 days back", told, StringComparison.Ordinal);

        // Completing from the work list moves the task to what was finished lately.
        var done = await session.PostFormAsync("/Tasks?handler=Complete", new() { ["TaskId"] = teamTask.ToString(), ["Scope"] = "Team" }, "/Tasks?scope=Team");
        Assert.Equal(HttpStatusCode.Redirect, done.StatusCode);
        var after = await (await session.Client.GetAsync("/Tasks?scope=Team")).Content.ReadAsStringAsync();
        Assert.Matches("data-testid=\"finished-task\">\\s*<span>Ask for the medical report</span>", after);
    }

    [Fact]
    public async Task The_title_is_encrypted_at_rest_and_the_start_page_counts_without_titles()
    {
        var caseworker = await app.CreateUserAsync(Role.CentreCaseworker, "CENTRE-PAGASA");
        await CreateAsync(caseworker, new { title = "Meet Ms Secretname at the station", dueOn = Today.AddDays(-1), assigneeId = caseworker.Id });
        await CreateAsync(caseworker, new { title = "Second thing", dueOn = Today.AddDays(4), assigneeId = caseworker.Id });

        var raw = new List<string>();
        await app.WithDbAsync(async db =>
        {
            var connection = db.Database.GetDbConnection();
            await connection.OpenAsync();
            await using var command = connection.CreateCommand();
            command.CommandText = "SELECT \"Title\" FROM caseworker_tasks";
            await using var reader = await command.ExecuteReaderAsync();
            while (await reader.ReadAsync())
            {
                raw.Add(reader.GetString(0));
            }
        });
        Assert.NotEmpty(raw);
        Assert.DoesNotContain(raw, r => r.Contains("Secretname", StringComparison.Ordinal));

        var home = await (await (await SignedInAsync(caseworker)).Client.GetAsync("/")).Content.ReadAsStringAsync();
        Assert.Matches("data-testid=\"tasks-summary\">\\s*<h2><a href=\"/Tasks\">My tasks</a></h2>\\s*<p>2 open, 1 of them overdue.</p>", home);
        Assert.DoesNotContain("Secretname", home, StringComparison.Ordinal);
        var police = await (await (await SignedInAsync(await app.UserAsync(Role.FrontlineOfficer))).Client.GetAsync("/")).Content.ReadAsStringAsync();
        Assert.DoesNotContain("tasks-summary", police, StringComparison.Ordinal);
        Assert.DoesNotContain("href=\"/Tasks\"", police, StringComparison.Ordinal);
    }

    private async Task<Guid> OpenSupportAsync(TestUser centreUser)
    {
        var file = await app.ApiClient(centreUser).PostAsJsonAsync("/api/v1/cases", new { personName = "Task Person " + Guid.NewGuid().ToString("N")[..6] });
        Assert.Equal(HttpStatusCode.Created, file.StatusCode);
        var fileId = (await file.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();
        var opened = await app.ApiClient(centreUser).PostAsJsonAsync("/api/v1/support-cases", new { caseId = fileId, openedOn = Today.AddDays(-10) });
        Assert.Equal(HttpStatusCode.Created, opened.StatusCode);
        return (await opened.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();
    }

    private async Task<Guid> ProcedureWithReflectionDocumentAsync(TestUser centre, int daysAgo)
    {
        var opened = Today.AddDays(-daysAgo);
        var file = (await (await app.ApiClient(centre).PostAsJsonAsync("/api/v1/cases", new { personName = "Deadline Person" })).Content.ReadFromJsonAsync<JsonElement>())
            .GetProperty("id").GetGuid();
        var created = await app.ApiClient(centre).PostAsJsonAsync("/api/v1/procedures",
            new { caseId = file, openedOn = opened, thirdCountryNational = true, unaccompaniedMinor = false, prosecutorOfficeId = BelgianReferenceData.IdFor("PROS-BXL") });
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var procedure = (await created.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();
        var issued = await app.ApiClient(await app.UserAsync(Role.ImmigrationThbOfficer)).PostAsJsonAsync($"/api/v1/procedures/{procedure}/events",
            new { kind = "DocumentIssued", date = opened, documentType = "Annex15ReflectionDocument" });
        Assert.Equal(HttpStatusCode.OK, issued.StatusCode);
        return procedure;
    }

    private async Task<JsonElement> CreateAsync(TestUser user, object body)
    {
        var response = await app.ApiClient(user).PostAsJsonAsync("/api/v1/tasks", body);
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.Created, $"{(int)response.StatusCode} {text}");
        return JsonDocument.Parse(text).RootElement.Clone();
    }

    private async Task<List<Guid>> IdsAsync(TestUser user, string path) =>
        (await app.ApiClient(user).GetFromJsonAsync<JsonElement>(path)).EnumerateArray().Select(t => t.GetProperty("id").GetGuid()).ToList();

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

    private async Task<string> RowAsync(Guid id)
    {
        var row = string.Empty;
        await app.WithDbAsync(async db =>
        {
            var t = await db.CaseworkerTasks.AsNoTracking().SingleAsync(x => x.Id == id);
            row = $"{t.Status}|{t.FinishedBy}|{t.FinishedAt?.UtcTicks}|{t.Version}";
        });
        return row;
    }

    private async Task<int> AuditCountAsync(AuditEventType type, Guid? subject = null)
    {
        var id = subject?.ToString();
        var count = 0;
        await app.WithDbAsync(async db => count = await db.AuditEntries.CountAsync(a => a.Type == type && (id == null || a.SubjectId == id)));
        return count;
    }

    /// <summary>What a refused command must leave as it was; reads of pages write audit rows of their own, which <paramref name="exceptReads"/> leaves out.</summary>
    private async Task<string> SnapshotAsync(bool exceptReads = false)
    {
        var counts = string.Empty;
        await app.WithDbAsync(async db => counts = string.Join(",",
            await db.CaseworkerTasks.CountAsync(), await db.CaseworkerTasks.SumAsync(t => t.Version),
            await db.AuditEntries.CountAsync(e => e.Type != AuditEventType.ApiTokenUsed
                                                  && !(exceptReads && (e.Type == AuditEventType.TasksViewed || e.Type == AuditEventType.SupportCaseViewed
                                                                       || e.Type == AuditEventType.SupportNotesViewed || e.Type == AuditEventType.SupportCareNotesViewed || e.Type == AuditEventType.SupportServicesViewed
                                                                       || e.Type == AuditEventType.LoginSucceeded)))));
        return counts;
    }
}
