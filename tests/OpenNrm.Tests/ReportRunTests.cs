using System.Net;
using DocumentFormat.OpenXml.Packaging;
using Microsoft.EntityFrameworkCore;
using OpenNrm.Domain.Access;
using OpenNrm.Domain.Audit;
using OpenNrm.Tests.Infrastructure;
using OpenNrm.Web.Features.Statistics;
using OpenNrm.Web.Features.Statistics.Runs;
using Word = DocumentFormat.OpenXml.Wordprocessing;

namespace OpenNrm.Tests;

/// <summary>
/// The exports page generates a file in the background: a progress page that refreshes itself until the file is
/// ready, the file for the person who asked and nobody else, the export audited as theirs, and refusals that
/// write nothing. Year 2007 is this class's own.
/// </summary>
public abstract class ReportRunTests(TestApp app)
{
    [Fact]
    public async Task The_annual_report_is_generated_in_the_background_with_its_progress_then_downloaded_by_the_person_who_asked_only()
    {
        var analyst = await app.CreateUserAsync(Role.RapporteurAnalyst, "MYRIA");
        var session = new BrowserSession(app.BrowserClient());
        Assert.Equal(HttpStatusCode.Redirect, (await session.SignInAsync(analyst)).StatusCode);

        var started = await session.PostFormAsync("/Statistics/Export", new() { ["Year"] = "2007", ["Kind"] = "report.docx" }, "/Statistics/Export?year=2007");
        Assert.Equal(HttpStatusCode.Redirect, started.StatusCode);
        var runPage = started.Headers.Location!.OriginalString;
        Assert.StartsWith("/Statistics/Run?id=", runPage, StringComparison.Ordinal);

        // The page refreshes itself while the run is under way, and shows a progress bar; it stops refreshing once the file is ready.
        string html;
        var polls = 0;
        do
        {
            Assert.True(polls++ < 300, "the run did not finish within a minute");
            var page = await session.Client.GetAsync(runPage);
            Assert.Equal(HttpStatusCode.OK, page.StatusCode);
            html = await page.Content.ReadAsStringAsync();
            Assert.Contains("<progress class=\"run\"", html, StringComparison.Ordinal);
            if (!html.Contains("data-testid=\"download\"", StringComparison.Ordinal))
            {
                Assert.Contains("http-equiv=\"refresh\"", html, StringComparison.Ordinal);
                await Task.Delay(200);
            }
        }
        while (!html.Contains("data-testid=\"download\"", StringComparison.Ordinal));
        Assert.DoesNotContain("http-equiv=\"refresh\"", html, StringComparison.Ordinal);

        var runId = Guid.Parse(runPage["/Statistics/Run?id=".Length..]);
        var download = await session.Client.GetAsync($"/Statistics/Run?handler=Download&id={runId}");
        Assert.Equal(HttpStatusCode.OK, download.StatusCode);
        Assert.Equal(StatisticsExports.DocxContentType, download.Content.Headers.ContentType?.MediaType);
        Assert.Equal("opennrm-annual-report-2007.docx", download.Content.Headers.ContentDisposition?.FileNameStar ?? download.Content.Headers.ContentDisposition?.FileName);
        using (var docx = WordprocessingDocument.Open(new MemoryStream(await download.Content.ReadAsByteArrayAsync()), false))
        {
            Assert.Contains("2007", docx.MainDocumentPart!.Document!.Body!.Elements<Word.Paragraph>().First().InnerText, StringComparison.Ordinal);
        }

        // The export is in the audit trail as the analyst's, though a background job wrote the file.
        await app.WithDbAsync(async db => Assert.True(await db.AuditEntries.AnyAsync(e =>
            e.Type == AuditEventType.StatisticsReportDocxExported && e.UserId == analyst.Id && e.SubjectId == "2007")));

        // Another analyst of the same office does not see the run or its file.
        var colleague = new BrowserSession(app.BrowserClient());
        Assert.Equal(HttpStatusCode.Redirect, (await colleague.SignInAsync(await app.CreateUserAsync(Role.RapporteurAnalyst, "MYRIA"))).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await colleague.Client.GetAsync(runPage)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await colleague.Client.GetAsync($"/Statistics/Run?handler=Download&id={runId}")).StatusCode);
    }

    [Fact]
    public async Task A_wrong_kind_or_year_and_too_many_runs_under_way_are_refused_and_nothing_is_queued()
    {
        var analyst = await app.CreateUserAsync(Role.RapporteurAnalyst, "MYRIA");
        var session = new BrowserSession(app.BrowserClient());
        Assert.Equal(HttpStatusCode.Redirect, (await session.SignInAsync(analyst)).StatusCode);
        var before = await RunsOfAsync(analyst.Id);

        var wrongKind = await session.PostFormAsync("/Statistics/Export", new() { ["Year"] = "2007", ["Kind"] = "report.pdf" }, "/Statistics/Export?year=2007");
        Assert.Equal(HttpStatusCode.BadRequest, wrongKind.StatusCode);
        Assert.Contains("Choose one of the exports.", await wrongKind.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        var noKind = await session.PostFormAsync("/Statistics/Export", new() { ["Year"] = "2007" }, "/Statistics/Export?year=2007");
        Assert.Equal(HttpStatusCode.BadRequest, noKind.StatusCode);
        var wrongYear = await session.PostFormAsync("/Statistics/Export", new() { ["Year"] = "20x7", ["Kind"] = "report.docx" }, "/Statistics/Export?year=2007");
        Assert.Equal(HttpStatusCode.BadRequest, wrongYear.StatusCode);
        Assert.Equal(before, await RunsOfAsync(analyst.Id));

        // Three runs under way (a server busy elsewhere): a fourth is refused with the reason.
        await app.WithDbAsync(async db =>
        {
            for (var i = 0; i < ReportRuns.MaxUnfinished; i++)
            {
                db.Add(new ReportRun(Guid.CreateVersion7(), analyst.Id, analyst.OrganisationId, 2007, ExportKind.TablesXlsx, "en", DateTimeOffset.UtcNow));
            }

            await db.SaveChangesAsync();
        });
        var tooMany = await session.PostFormAsync("/Statistics/Export", new() { ["Year"] = "2007", ["Kind"] = "report.docx" }, "/Statistics/Export?year=2007");
        Assert.Equal(HttpStatusCode.TooManyRequests, tooMany.StatusCode);
        Assert.Contains("You already have 3 exports under way", await tooMany.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(before + ReportRuns.MaxUnfinished, await RunsOfAsync(analyst.Id));

        // A run that a restarted server left unfinished reads as failed after a while, with what to do.
        Guid abandoned = Guid.CreateVersion7();
        await app.WithDbAsync(async db =>
        {
            db.Add(new ReportRun(abandoned, analyst.Id, analyst.OrganisationId, 2007, ExportKind.ReportCsv, "en", DateTimeOffset.UtcNow - ReportRun.AbandonedAfter - TimeSpan.FromMinutes(1)));
            await db.SaveChangesAsync();
        });
        var failed = await session.Client.GetStringAsync($"/Statistics/Run?id={abandoned}");
        Assert.Contains("The export could not be generated.", failed, StringComparison.Ordinal);
        Assert.DoesNotContain("http-equiv=\"refresh\"", failed, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, (await session.Client.GetAsync($"/Statistics/Run?handler=Download&id={abandoned}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await session.Client.GetAsync($"/Statistics/Run?id={Guid.NewGuid()}")).StatusCode);
    }

    [Fact]
    public async Task Roles_without_the_export_permission_cannot_start_or_follow_a_run()
    {
        var caseworker = new BrowserSession(app.BrowserClient());
        Assert.Equal(HttpStatusCode.Redirect, (await caseworker.SignInAsync(await app.UserAsync(Role.CentreCaseworker))).StatusCode);
        Assert.NotEqual(HttpStatusCode.OK, (await caseworker.Client.GetAsync("/Statistics/Export?year=2007")).StatusCode);
        Assert.NotEqual(HttpStatusCode.OK, (await caseworker.Client.GetAsync($"/Statistics/Run?id={Guid.NewGuid()}")).StatusCode);
    }

    private async Task<int> RunsOfAsync(Guid user)
    {
        var count = 0;
        await app.WithDbAsync(async db => count = await db.Set<ReportRun>().CountAsync(r => r.RequestedBy == user));
        return count;
    }
}
