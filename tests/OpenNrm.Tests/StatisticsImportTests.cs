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
using OpenNrm.Web.Features.Statistics.Imports;

namespace OpenNrm.Tests;

/// <summary>
/// Imports of the yearly figures of the police, the prosecutors and the FPS Justice: a file with problems is refused
/// whole with every problem and its line; a valid one is previewed after disclosure control, committed, shown in the
/// dashboard and the report with its source, and superseded by a newer batch. Each test uses a year of its own.
/// </summary>
public abstract partial class StatisticsImportTests(TestApp app)
{
    private const string Prosecutors2016 = """
        year,indicator,dimension,value,count
        2016,persons-charged,TOTAL,TOTAL,57
        2016,persons-charged,Sex,Female,12
        2016,persons-charged,Sex,Male,44
        2016,persons-charged,Sex,Unknown,1
        2016,proceedings-opened,TOTAL,TOTAL,31
        2016,proceedings-opened,Exploitation,SexualExploitation,14
        2016,proceedings-opened,Exploitation,LabourExploitation,15
        2016,proceedings-opened,Exploitation,Begging,0
        2016,proceedings-opened,Exploitation,CriminalActivities,2
        2016,proceedings-opened,Exploitation,OrganRemoval,0
        2016,proceedings-opened,Exploitation,Other,0
        2016,proceedings-opened,Exploitation,Unknown,0
        """;

    [Fact]
    public async Task A_file_with_problems_gives_every_problem_with_its_line_and_stores_nothing()
    {
        const string broken = """
            year,indicator,dimension,value,count
            2017,persons-charged,TOTAL,TOTAL,57
            2017,persons-charged,Sex,Woman,12
            2017,persons-charged,Sex,Male,-3
            2016,persons-charged,Sex,Unknown,1
            2017,persons-convicted,TOTAL,TOTAL,9
            2017,persons-charged,TOTAL,TOTAL,57
            """;
        var analyst = app.ApiClient(await app.UserAsync(Role.RapporteurAnalyst));
        var before = await CountsAsync();

        var response = await analyst.PostAsync("/api/v1/statistics/imports?source=prosecutors&year=2017", Csv(broken));
        await ApiAccessTests.AssertProblem(response, HttpStatusCode.BadRequest);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal([3, 4, 5, 6, 7], problem.GetProperty("problems").EnumerateArray().Select(p => p.GetProperty("line").GetInt32()).ToArray());
        Assert.Equal(["value", "count", "year", "indicator", "line"],
            problem.GetProperty("problems").EnumerateArray().Select(p => p.GetProperty("column").GetString()!).ToArray());
        Assert.Equal(7, problem.GetProperty("linesProcessed").GetInt32());
        Assert.True(problem.GetProperty("errors").TryGetProperty("line 6", out _));
        Assert.Equal(before, await CountsAsync());

        // The same file through the page: the same problems, each with its line, and still nothing stored.
        var session = await RapporteurSessionAsync();
        var page = await UploadAsync(session, "prosecutors", "2017", broken);
        Assert.Equal(HttpStatusCode.BadRequest, page.StatusCode);
        var html = await page.Content.ReadAsStringAsync();
        Assert.Contains("data-testid=\"problems\"", html, StringComparison.Ordinal);
        Assert.Equal(["3", "4", "5", "6", "7"], LineRegex().Matches(html).Select(m => m.Groups[1].Value).ToArray());
        Assert.Equal(before, await CountsAsync());

        // Asked in French, the problems are in French.
        var french = new HttpRequestMessage(HttpMethod.Post, "/api/v1/statistics/imports?source=prosecutors&year=2017") { Content = Csv(broken) };
        french.Headers.AcceptLanguage.Add(new StringWithQualityHeaderValue("fr"));
        var inFrench = await (await analyst.SendAsync(french)).Content.ReadFromJsonAsync<JsonElement>();
        Assert.Contains("ligne", inFrench.GetProperty("problems")[4].GetProperty("message").GetString(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("source=sheriff&year=2017", "text/csv", HttpStatusCode.BadRequest, "source")]
    [InlineData("source=prosecutors&year=abc", "text/csv", HttpStatusCode.BadRequest, "year")]
    [InlineData("source=prosecutors&year=1990", "text/csv", HttpStatusCode.BadRequest, "year")]
    [InlineData("source=prosecutors&year=2017", "application/json", HttpStatusCode.UnsupportedMediaType, null)]
    public async Task A_bad_source_year_or_media_type_is_a_problem_and_nothing_is_read(string query, string mediaType, HttpStatusCode status, string? field)
    {
        var analyst = app.ApiClient(await app.UserAsync(Role.RapporteurAnalyst));
        var before = await CountsAsync();
        var response = await analyst.PostAsync("/api/v1/statistics/imports?" + query, new StringContent(Prosecutors2016, Encoding.UTF8, mediaType));
        await ApiAccessTests.AssertProblem(response, status);
        if (field is not null)
        {
            Assert.True((await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors").TryGetProperty(field, out _));
        }

        Assert.Equal(before, await CountsAsync());
    }

    [Fact]
    public async Task A_valid_file_is_previewed_then_committed_and_the_report_shows_it_with_its_source()
    {
        var analyst = app.ApiClient(await app.UserAsync(Role.RapporteurAnalyst));
        var staged = await analyst.PostAsync("/api/v1/statistics/imports?source=prosecutors&year=2016", Csv(Prosecutors2016));
        Assert.Equal(HttpStatusCode.Created, staged.StatusCode);
        var preview = await staged.Content.ReadFromJsonAsync<JsonElement>();
        var batch = preview.GetProperty("batch");
        var id = batch.GetProperty("id").GetGuid();
        Assert.Equal("Staged", batch.GetProperty("status").GetString());
        Assert.Equal(Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(Encoding.UTF8.GetBytes(Prosecutors2016))), batch.GetProperty("sha256").GetString());
        Assert.Equal(13, batch.GetProperty("lines").GetInt32());

        // The preview is already published form: the one person of unknown sex is withheld, and so is the next
        // smallest cell, so that 57 - 12 - 44 cannot give it away. The count 1 appears nowhere.
        var sex = Table(preview.GetProperty("indicators"), "persons-charged.sex");
        Assert.Equal("c", Row(sex, "Unknown").GetProperty("flag").GetString());
        Assert.Equal("c", Row(sex, "Female").GetProperty("flag").GetString());
        Assert.Equal(44, Row(sex, "Male").GetProperty("value").GetInt32());
        Assert.Equal(57, sex.GetProperty("grandTotal").GetProperty("value").GetInt32());
        Assert.True(preview.GetProperty("withheldCells").GetInt32() >= 2);

        // Staged is not published.
        var before = await KeyFiguresAsync(analyst, 2016);
        Assert.False(Indicator(before, "persons-charged").GetProperty("recorded").GetBoolean());

        var committed = await analyst.PostAsync($"/api/v1/statistics/imports/{id}/commit", null);
        Assert.Equal(HttpStatusCode.OK, committed.StatusCode);
        Assert.Equal("InForce", (await committed.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("batch").GetProperty("status").GetString());

        var figures = await KeyFiguresAsync(analyst, 2016);
        var charged = Indicator(figures, "persons-charged");
        Assert.True(charged.GetProperty("recorded").GetBoolean());
        Assert.Equal(57, charged.GetProperty("total").GetProperty("value").GetInt32());
        Assert.Equal("prosecutors", charged.GetProperty("importedFrom").GetProperty("source").GetString());
        Assert.Equal(id, charged.GetProperty("importedFrom").GetProperty("batch").GetGuid());
        // The register computes proceedings-opened, so the College's count stands next to it under an id of its own.
        Assert.Equal(31, Indicator(figures, "proceedings-opened.prosecutors").GetProperty("total").GetProperty("value").GetInt32());
        Assert.Equal("c", Row(Table(figures.GetProperty("tables"), "proceedings-opened.prosecutors.exploitation"), "CriminalActivities").GetProperty("flag").GetString());
        Assert.Equal(JsonValueKind.Null, Indicator(figures, "persons-detected").GetProperty("importedFrom").ValueKind);

        var csv = await (await analyst.GetAsync("/api/v1/statistics/report.csv?year=2016")).Content.ReadAsStringAsync();
        Assert.Contains("persons-charged.sex,persons-charged,Unknown,count,,c\n", csv, StringComparison.Ordinal);
        Assert.Contains("persons-charged.sex,persons-charged,Male,count,44,\n", csv, StringComparison.Ordinal);

        var session = await RapporteurSessionAsync();
        var report = await session.Client.GetStringAsync("/Statistics/Report?year=2016");
        Assert.Matches(ImportedRegex(), report);
        var dashboard = await session.Client.GetStringAsync("/Statistics?year=2016");
        Assert.Matches(new Regex("indicator-persons-charged\"[^§]*?data-testid=\"imported-from\">Imported from the College of Prosecutors-General, batch of"), dashboard);

        var audit = await AuditAsync(id);
        Assert.Equal([AuditEventType.StatisticsImportStaged, AuditEventType.StatisticsImportCommitted], audit.Select(a => a.Type).ToArray());
        Assert.All(audit, a => Assert.Contains("sha256=" + batch.GetProperty("sha256").GetString(), a.Details, StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_newer_batch_supersedes_the_older_which_stays_in_the_history()
    {
        var analyst = app.ApiClient(await app.UserAsync(Role.RapporteurAnalyst));
        var first = await StageAsync(analyst, "convictions", 2015, Convictions(2015, 20));
        Assert.Equal(HttpStatusCode.OK, (await analyst.PostAsync($"/api/v1/statistics/imports/{first}/commit", null)).StatusCode);
        var second = await StageAsync(analyst, "convictions", 2015, Convictions(2015, 30));
        Assert.Equal(20, Indicator(await KeyFiguresAsync(analyst, 2015), "persons-convicted").GetProperty("total").GetProperty("value").GetInt32());

        Assert.Equal(HttpStatusCode.OK, (await analyst.PostAsync($"/api/v1/statistics/imports/{second}/commit", null)).StatusCode);

        var convicted = Indicator(await KeyFiguresAsync(analyst, 2015), "persons-convicted");
        Assert.Equal(30, convicted.GetProperty("total").GetProperty("value").GetInt32());
        Assert.Equal(second, convicted.GetProperty("importedFrom").GetProperty("batch").GetGuid());
        var history = (await analyst.GetFromJsonAsync<JsonElement>("/api/v1/statistics/imports?source=convictions&year=2015")).EnumerateArray().ToList();
        Assert.Equal(2, history.Count);
        var old = history.Single(b => b.GetProperty("id").GetGuid() == first);
        Assert.Equal("Superseded", old.GetProperty("status").GetString());
        Assert.Equal(second, old.GetProperty("supersededBy").GetGuid());
        Assert.Equal("InForce", history.Single(b => b.GetProperty("id").GetGuid() == second).GetProperty("status").GetString());

        // Neither can be committed again; an unknown batch is not found.
        await ApiAccessTests.AssertProblem(await analyst.PostAsync($"/api/v1/statistics/imports/{first}/commit", null), HttpStatusCode.Conflict);
        await ApiAccessTests.AssertProblem(await analyst.PostAsync($"/api/v1/statistics/imports/{second}/commit", null), HttpStatusCode.Conflict);
        await ApiAccessTests.AssertProblem(await analyst.PostAsync($"/api/v1/statistics/imports/{Guid.NewGuid()}/commit", null), HttpStatusCode.NotFound);
        Assert.Contains(await AuditAsync(second), a => a.Type == AuditEventType.StatisticsImportCommitted && a.Details!.Contains($"supersedes={first}", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Police_figures_are_shown_next_to_what_the_system_computes_and_committed_through_the_page()
    {
        var session = await RapporteurSessionAsync();
        var analyst = app.ApiClient(await app.UserAsync(Role.RapporteurAnalyst));
        var template = await session.Client.GetStringAsync("/Statistics/Imports?handler=Template&source=police&year=2014");
        Assert.Equal(template, await analyst.GetStringAsync("/api/v1/statistics/imports/template?source=police&year=2014"));
        var filled = template
            .Replace("2014,persons-detected,TOTAL,TOTAL,0", "2014,persons-detected,TOTAL,TOTAL,25", StringComparison.Ordinal)
            .Replace("2014,persons-detected,Sex,Female,0", "2014,persons-detected,Sex,Female,25", StringComparison.Ordinal)
            .Replace("2014,persons-detected,Age,Adult,0", "2014,persons-detected,Age,Adult,25", StringComparison.Ordinal)
            .Replace("2014,persons-detected,Citizenship,NonEu,0", "2014,persons-detected,Citizenship,NonEu,25", StringComparison.Ordinal)
            .Replace("2014,persons-detected,Exploitation,SexualExploitation,0", "2014,persons-detected,Exploitation,SexualExploitation,25", StringComparison.Ordinal);

        var upload = await UploadAsync(session, "police", "2014", filled);
        Assert.Equal(HttpStatusCode.Redirect, upload.StatusCode);
        var batchPage = upload.Headers.Location!.OriginalString;
        var preview = await session.Client.GetStringAsync(batchPage);
        Assert.Contains("data-status=\"Staged\"", preview, StringComparison.Ordinal);
        Assert.Contains("<progress hidden>", preview, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, (await session.PostFormAsync(batchPage, new Dictionary<string, string>())).StatusCode);
        Assert.Contains("data-testid=\"committed\"", await session.Client.GetStringAsync(batchPage + "?committed=true"), StringComparison.Ordinal);

        var figures = await KeyFiguresAsync(analyst, 2014);
        var computed = Indicator(figures, "persons-detected");
        Assert.Equal(0, computed.GetProperty("total").GetProperty("value").GetInt32());
        Assert.Equal(JsonValueKind.Null, computed.GetProperty("importedFrom").ValueKind);
        var police = Indicator(figures, "persons-detected.police");
        Assert.Equal(25, police.GetProperty("total").GetProperty("value").GetInt32());
        Assert.Equal("police", police.GetProperty("importedFrom").GetProperty("source").GetString());
        // Suspects: the police's zeros are figures, no longer "not recorded".
        Assert.True(Indicator(figures, "persons-suspected").GetProperty("recorded").GetBoolean());
        var ids = figures.GetProperty("indicators").EnumerateArray().Select(i => i.GetProperty("id").GetString()).ToList();
        Assert.Equal(ids.IndexOf("persons-detected") + 1, ids.IndexOf("persons-detected.police"));
        Assert.Contains(figures.GetProperty("tables").EnumerateArray(), t => t.GetProperty("id").GetString() == "persons-detected.police.exploitation");

        // A judicial district's dashboard has no imported figure: no source sends them by district.
        var district = await session.Client.GetStringAsync("/Statistics?year=2014&District=Antwerp");
        Assert.DoesNotContain("imported-from", district, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Only_the_rapporteur_imports_and_a_caseworker_or_an_administrator_is_refused()
    {
        var analyst = app.ApiClient(await app.UserAsync(Role.RapporteurAnalyst));
        var id = await StageAsync(analyst, "convictions", 2013, Convictions(2013, 8));
        foreach (var role in new[] { Role.CentreCaseworker, Role.Administrator, Role.Auditor, Role.Prosecutor })
        {
            var client = app.ApiClient(await app.UserAsync(role));
            await ApiAccessTests.AssertProblem(await client.PostAsync("/api/v1/statistics/imports?source=convictions&year=2013", Csv(Convictions(2013, 8))), HttpStatusCode.Forbidden);
            await ApiAccessTests.AssertProblem(await client.GetAsync($"/api/v1/statistics/imports/{id}"), HttpStatusCode.Forbidden);
            await ApiAccessTests.AssertProblem(await client.PostAsync($"/api/v1/statistics/imports/{id}/commit", null), HttpStatusCode.Forbidden);
        }

        var centre = new BrowserSession(app.BrowserClient());
        Assert.Equal(HttpStatusCode.Redirect, (await centre.SignInAsync(await app.CreateUserAsync(Role.CentreCaseworker, "CENTRE-PAGASA"))).StatusCode);
        foreach (var path in new[] { "/Statistics/Imports", $"/Statistics/Imports/{id}" })
        {
            var denied = await centre.Client.GetAsync(path);
            Assert.Equal(HttpStatusCode.Redirect, denied.StatusCode);
            Assert.Contains("/Account/AccessDenied", denied.Headers.Location!.OriginalString, StringComparison.Ordinal);
        }

        var status = "";
        await app.WithDbAsync(async db => status = (await db.StatisticsImportBatches.SingleAsync(b => b.Id == id)).Status.ToString());
        Assert.Equal("Staged", status);
    }

    private static string Convictions(int year, int total) => $"""
        year,indicator,dimension,value,count
        {year},persons-convicted,TOTAL,TOTAL,{total}
        {year},persons-convicted,Citizenship,ReportingCountry,0
        {year},persons-convicted,Citizenship,OtherEu,{total / 2}
        {year},persons-convicted,Citizenship,NonEu,{total - (total / 2)}
        {year},persons-convicted,Citizenship,Unknown,0
        """;

    private static StringContent Csv(string text) => new(text, Encoding.UTF8, "text/csv");

    private static async Task<Guid> StageAsync(HttpClient client, string source, int year, string text)
    {
        var response = await client.PostAsync($"/api/v1/statistics/imports?source={source}&year={year}", Csv(text));
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        return (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("batch").GetProperty("id").GetGuid();
    }

    private static async Task<HttpResponseMessage> UploadAsync(BrowserSession session, string source, string year, string text)
    {
        var form = await session.Client.GetStringAsync("/Statistics/Imports");
        var token = WebUtility.HtmlDecode(TokenRegex().Match(form).Groups[1].Value);
        var content = new MultipartFormDataContent
        {
            { new StringContent(token), "__RequestVerificationToken" },
            { new StringContent(source), "Source" },
            { new StringContent(year), "Year" },
        };
        var file = new ByteArrayContent(Encoding.UTF8.GetBytes(text));
        file.Headers.ContentType = new MediaTypeHeaderValue("text/csv");
        content.Add(file, "Upload", "figures.csv");
        return await session.Client.PostAsync("/Statistics/Imports", content);
    }

    private async Task<BrowserSession> RapporteurSessionAsync()
    {
        var session = new BrowserSession(app.BrowserClient());
        Assert.Equal(HttpStatusCode.Redirect, (await session.SignInAsync(await app.CreateUserAsync(Role.RapporteurAnalyst, "MYRIA"))).StatusCode);
        return session;
    }

    private static async Task<JsonElement> KeyFiguresAsync(HttpClient client, int year)
    {
        var response = await client.GetAsync($"/api/v1/statistics/key-figures?year={year}");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return await response.Content.ReadFromJsonAsync<JsonElement>();
    }

    private static JsonElement Indicator(JsonElement figures, string id) =>
        figures.GetProperty("indicators").EnumerateArray().Single(i => i.GetProperty("id").GetString() == id);

    /// <summary>A table among the tables of a key-figures answer, or among the indicators of a preview.</summary>
    private static JsonElement Table(JsonElement tablesOrIndicators, string id) =>
        tablesOrIndicators.EnumerateArray()
            .SelectMany(e => e.TryGetProperty("tables", out var tables) ? tables.EnumerateArray() : new[] { e }.AsEnumerable())
            .Single(t => t.GetProperty("id").GetString() == id);

    private static JsonElement Row(JsonElement table, string code) =>
        table.GetProperty("rows").EnumerateArray().Single(r => r.GetProperty("label").GetProperty("code").GetString() == code).GetProperty("cells")[0];

    private async Task<(int Batches, int Figures, int Audit)> CountsAsync()
    {
        (int, int, int) counts = default;
        await app.WithDbAsync(async db => counts = (
            await db.StatisticsImportBatches.CountAsync(),
            await db.Set<StatisticsImportFigure>().CountAsync(),
            await db.AuditEntries.CountAsync(e => e.SubjectType == StatisticsImports.SubjectType)));
        return counts;
    }

    private async Task<List<(AuditEventType Type, string? Details)>> AuditAsync(Guid batch)
    {
        var entries = new List<(AuditEventType, string?)>();
        await app.WithDbAsync(async db => entries = (await db.AuditEntries.Where(e => e.SubjectType == StatisticsImports.SubjectType && e.SubjectId == batch.ToString()).ToListAsync())
            .OrderBy(e => e.At).Select(e => (e.Type, e.Details)).ToList());
        return entries;
    }

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex TokenRegex();

    [GeneratedRegex("data-testid=\"problem\" data-line=\"(\\d+)\"")]
    private static partial Regex LineRegex();

    [GeneratedRegex("data-code=\"persons-charged\">\\s*<th scope=\"row\">Persons prosecuted for trafficking\\s*<br /><small class=\"muted\" data-testid=\"imported-from\">Imported from the College of Prosecutors-General, batch of ")]
    private static partial Regex ImportedRegex();
}
