using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Security.Cryptography;
using System.Text.Json;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Validation;
using Microsoft.EntityFrameworkCore;
using NodaTime;
using OpenNrm.Domain.Access;
using OpenNrm.Domain.Audit;
using OpenNrm.Domain.Detection;
using OpenNrm.Domain.Proceedings;
using OpenNrm.Tests.Infrastructure;
using Word = DocumentFormat.OpenXml.Wordprocessing;
using Xl = DocumentFormat.OpenXml.Spreadsheet;

namespace OpenNrm.Tests;

/// <summary>
/// The annual report's own outputs: the DOCX and XLSX read back with OpenXml and compared figure by figure with the
/// JSON and CSV of the same year, a small count shown as withheld in both, the case-law chapter's counts, the
/// rapporteur's sections with their history and conflicts, who may do what, and bad input. Each test uses its own
/// years, far from the other statistics tests' years.
/// </summary>
public abstract class AnnualReportTests(TestApp app)
{
    private static readonly CultureInfo ServerCulture = CultureInfo.GetCultureInfo("en-BE");
    private StatisticsSeed Seed => new(app);

    [Fact]
    public async Task The_docx_and_the_xlsx_hold_the_published_figures_and_show_a_small_count_only_as_withheld()
    {
        // 2008: 6 women and 2 men detected; 5 of the women enter the procedure and are identified. Judgments: 6 for
        // sexual exploitation, 2 for begging (a count under the threshold).
        var women = new List<Guid>();
        for (var i = 0; i < 6; i++)
        {
            women.Add(await Seed.PersonAsync(new(2008, 3, 10), "1000", "POL-ZP-BXL-IXL", HtcdsGender.Feminine, 30, "NG", ExploitationPurpose.SexualExploitation,
                referred: true, acknowledgedAfter: Duration.FromHours(3 + i)));
        }

        for (var i = 0; i < 2; i++)
        {
            await Seed.PersonAsync(new(2008, 3, 10), "1000", "POL-ZP-BXL-IXL", HtcdsGender.Masculine, 40, "MA", ExploitationPurpose.LabourExploitation);
        }

        foreach (var woman in women.Take(5))
        {
            await Seed.ProcedureAsync(woman, new(2008, 4, 1), identifiedAfterDays: 40);
        }

        for (var i = 0; i < 6; i++)
        {
            await Seed.JudgmentAsync(new(2008, 5, 1 + i), JudgmentOutcome.Conviction, ExploitationCategory.SexualExploitation);
        }

        for (var i = 0; i < 2; i++)
        {
            await Seed.JudgmentAsync(new(2008, 9, 1 + i), JudgmentOutcome.Conviction, ExploitationCategory.Begging);
        }

        var analyst = await app.UserAsync(Role.RapporteurAnalyst);
        var api = app.ApiClient(analyst);
        var saved = await api.PutAsJsonAsync("/api/v1/statistics/sections/2008",
            new { trends = "Labour exploitation rose.\n\nSecond paragraph.", policy = "", caseLawCommentary = "Two begging cases.", recommendations = "Train the police.", version = 0 });
        Assert.Equal(HttpStatusCode.OK, saved.StatusCode);

        var figures = await (await api.GetAsync("/api/v1/statistics/key-figures?year=2008")).Content.ReadFromJsonAsync<JsonElement>();
        var csv = await (await api.GetAsync("/api/v1/statistics/report.csv?year=2008")).Content.ReadAsByteArrayAsync();
        var sha = Convert.ToHexStringLower(SHA256.HashData(csv));
        var published = figures.GetProperty("tables").EnumerateArray().ToList();
        var caseLaw = Table(figures, "case-law.exploitation-by-outcome");
        Assert.Equal("c", Cell(caseLaw, "Begging", "Conviction").GetProperty("flag").GetString());
        Assert.Equal(8, caseLaw.GetProperty("grandTotal").GetProperty("value").GetInt32());
        Assert.Equal("c", Cell(Table(figures, "persons-detected.sex-by-age"), "Male", "Adult").GetProperty("flag").GetString());

        // The Word document: a valid package, the stamp of report.csv, the rapporteur's sections, and every table equal to the JSON.
        var docxResponse = await api.GetAsync("/api/v1/statistics/report.docx?year=2008");
        Assert.Equal(HttpStatusCode.OK, docxResponse.StatusCode);
        Assert.Equal("application/vnd.openxmlformats-officedocument.wordprocessingml.document", docxResponse.Content.Headers.ContentType?.MediaType);
        using (var docx = WordprocessingDocument.Open(new MemoryStream(await docxResponse.Content.ReadAsByteArrayAsync()), false))
        {
            AssertValid(docx);
            var body = docx.MainDocumentPart!.Document!.Body!;
            var tables = body.Descendants<Word.Table>().ToDictionary(t => t.GetFirstChild<Word.TableProperties>()!.GetFirstChild<Word.TableCaption>()!.Val!.Value!);
            Assert.Contains(tables["stamp"].Descendants<Word.TableRow>(), r => r.InnerText.Contains(sha, StringComparison.Ordinal));
            var text = string.Join('\n', body.Elements<Word.Paragraph>().Select(p => p.InnerText));
            Assert.Contains("Labour exploitation rose.\nSecond paragraph.", text, StringComparison.Ordinal);
            Assert.Contains("Two begging cases.", text, StringComparison.Ordinal);
            Assert.Contains("Train the police.", text, StringComparison.Ordinal);
            // The footnotes speak of the marks the reader sees: "<5" for a count too small, "c" for a figure withheld with it.
            Assert.Contains("<5: withheld because the count is between 1 and 4", text, StringComparison.Ordinal);
            Assert.DoesNotContain("c: withheld because the count", text, StringComparison.Ordinal);
            Assert.Contains("Trends and victim profiles", body.Elements<Word.Paragraph>().Where(IsHeading).Select(p => p.InnerText));

            Assert.Contains(published, t => t.GetProperty("id").GetString() == "trend.indicators");
            foreach (var expected in published)
            {
                var id = expected.GetProperty("id").GetString()!;
                Assert.True(tables.TryGetValue(id, out var table), $"table {id} is not in the document");
                Assert.Equal(ExpectedDocxRows(expected), DocxRows(table!));
            }

            // Each source's trend is rows of the published trend, unchanged.
            var trend = Table(figures, "trend.indicators");
            foreach (var table in tables.Where(t => t.Key.StartsWith("trend.indicators#", StringComparison.Ordinal)).Select(t => t.Value))
            {
                foreach (var row in table.Elements<Word.TableRow>().Skip(1))
                {
                    var cells = row.Elements<Word.TableCell>().Select(c => c.InnerText).ToList();
                    var source = trend.GetProperty("rows").EnumerateArray().Single(r => r.GetProperty("label").GetProperty("text").GetString() == cells[0]);
                    Assert.Equal(source.GetProperty("cells").EnumerateArray().Select(Shown).ToList(), cells.Skip(1).ToList());
                }
            }

            Assert.Equal(Shown(Cell(caseLaw, "Begging", "Conviction")), DocxCell(tables["case-law.exploitation-by-outcome"], row: 4, column: 1));
            Assert.Equal(Shown(Cell(Table(figures, "persons-detected.sex-by-age"), "Male", "Adult")), DocxCell(tables["persons-detected.sex-by-age"], row: 2, column: 2));
            Assert.Contains(published, t => t.GetProperty("rows").EnumerateArray().Any(r => r.GetProperty("cells").EnumerateArray().Any(c => Shown(c) == "<5")));

            // The charts: PNG pictures of the funnel and the trends, each placed before its table with a description for screen readers.
            var pictures = body.Descendants<DocumentFormat.OpenXml.Drawing.Wordprocessing.DocProperties>().ToList();
            Assert.Contains(pictures, p => p.Name?.Value == "path-chart");
            Assert.Contains(pictures, p => p.Name?.Value == "trend-chart");
            Assert.Contains(pictures, p => p.Name?.Value?.StartsWith("trend.indicators-", StringComparison.Ordinal) == true);
            Assert.All(pictures, p => Assert.Contains("the table below gives the same figures", p.Description?.Value, StringComparison.Ordinal));
            Assert.Equal(pictures.Count, pictures.Select(p => p.Id!.Value).Distinct().Count());
            var images = docx.MainDocumentPart.ImageParts.ToList();
            Assert.Equal(pictures.Count, images.Count);
            foreach (var image in images)
            {
                Assert.Equal("image/png", image.ContentType);
                using var png = image.GetStream();
                using var bitmap = SkiaSharp.SKBitmap.Decode(png);
                Assert.NotNull(bitmap);
                // Drawn, not blank: axes, bars, lines and labels leave at least 1 % of the pixels other than white.
                var inked = bitmap.Pixels.Count(c => c != SkiaSharp.SKColors.White);
                Assert.True(inked * 100 > bitmap.Pixels.Length, $"{image.Uri}: {inked} of {bitmap.Pixels.Length} pixels drawn");
            }
        }

        // The workbook: a valid package, one sheet per table, every line of report.csv in its sheet, a withheld cell as "c".
        var xlsxResponse = await api.GetAsync("/api/v1/statistics/tables.xlsx?year=2008");
        Assert.Equal(HttpStatusCode.OK, xlsxResponse.StatusCode);
        Assert.Equal("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", xlsxResponse.Content.Headers.ContentType?.MediaType);
        using (var xlsx = SpreadsheetDocument.Open(new MemoryStream(await xlsxResponse.Content.ReadAsByteArrayAsync()), false))
        {
            AssertValid(xlsx);
            var sheets = Sheets(xlsx);
            var contents = sheets["Contents"];
            Assert.Contains(contents.Values, v => v == sha);
            var sheetOfTable = contents.Where(c => c.Key.Column == 1 && c.Key.Row >= 7).ToDictionary(c => c.Value, c => sheets[contents[(c.Key.Row, 0)]]);
            Assert.Equal(published.Count, sheetOfTable.Count);
            Assert.Equal(published.Count + 1, sheets.Count);

            var lines = System.Text.Encoding.UTF8.GetString(csv).Split('\n', StringSplitOptions.RemoveEmptyEntries).Skip(1).Select(l => l.Split(',')).ToList();
            Assert.True(lines.Count > 300, "report.csv has too few lines to be the whole report");
            foreach (var line in lines)
            {
                var (table, row, column, value, flag) = (line[0], line[2], line[3], line[4], line[5]);
                var sheet = sheetOfTable[table];
                var r = sheet.Single(c => c.Key.Column == 0 && c.Key.Row > 6 && c.Value == row).Key.Row;
                var col = sheet.Single(c => c.Key.Row == 6 && c.Value == column).Key.Column;
                var shown = sheet.GetValueOrDefault((r, col));
                Assert.True(flag == "c" ? shown == "c" : shown == (value.Length == 0 ? null : value), $"{table} {row} {column}: sheet {shown}, csv {value}{flag}");
            }

            // Files for machines keep Eurostat's flag in their footnotes too.
            Assert.Contains(sheets.Values.SelectMany(sh => sh.Values), v => v?.StartsWith("c: withheld because the count is between 1 and 4", StringComparison.Ordinal) == true);
            var begging = sheetOfTable["case-law.exploitation-by-outcome"];
            Assert.Equal("c", begging[(begging.Single(c => c.Key.Column == 0 && c.Value == "Begging").Key.Row, 2)]);
        }

        var audited = new List<string?>();
        await app.WithDbAsync(async db => audited = await db.AuditEntries
            .Where(e => e.SubjectId == "2008" && (e.Type == AuditEventType.StatisticsReportDocxExported || e.Type == AuditEventType.StatisticsTablesXlsxExported))
            .Select(e => e.Details).ToListAsync());
        Assert.Contains($"kind=report.docx year=2008 sha256={sha}", audited);
        Assert.Contains($"kind=tables.xlsx year=2008 sha256={sha}", audited);
    }

    [Fact]
    public async Task The_sections_keep_every_save_and_a_stale_save_is_a_conflict_that_overwrites_nothing()
    {
        var first = app.ApiClient(await app.CreateUserAsync(Role.RapporteurAnalyst, "MYRIA"));
        var second = app.ApiClient(await app.CreateUserAsync(Role.RapporteurAnalyst, "MYRIA"));
        var empty = await (await first.GetAsync("/api/v1/statistics/sections/2009")).Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(0, empty.GetProperty("version").GetInt32());
        Assert.Equal(string.Empty, empty.GetProperty("trends").GetString());

        var v1 = await Put(first, 2009, "First reading of the year.", version: 0);
        Assert.Equal(HttpStatusCode.OK, v1.StatusCode);
        Assert.Equal(1, (await v1.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("version").GetInt32());
        Assert.Equal(HttpStatusCode.OK, (await Put(second, 2009, "Second reading, by a colleague.", version: 1)).StatusCode);

        // The first editor saves from version 1 again: told who saved version 2, and nothing of theirs replaces it.
        var stale = await Put(first, 2009, "A stale edit.", version: 1);
        await ApiAccessTests.AssertProblem(stale, HttpStatusCode.Conflict);
        Assert.Contains("version 2", (await stale.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("detail").GetString(), StringComparison.Ordinal);
        await ApiAccessTests.AssertProblem(await Put(first, 2009, "Another first save.", version: 0), HttpStatusCode.Conflict);

        var now = await (await first.GetAsync("/api/v1/statistics/sections/2009")).Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(2, now.GetProperty("version").GetInt32());
        Assert.Equal("Second reading, by a colleague.", now.GetProperty("trends").GetString());
        Assert.Equal([2, 1], now.GetProperty("revisions").EnumerateArray().Select(r => r.GetProperty("version").GetInt32()).ToArray());
        Assert.All(now.GetProperty("revisions").EnumerateArray(), r => Assert.False(string.IsNullOrEmpty(r.GetProperty("savedBy").GetString())));
        var old = await (await first.GetAsync("/api/v1/statistics/sections/2009/revisions/1")).Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal("First reading of the year.", old.GetProperty("trends").GetString());
        await ApiAccessTests.AssertProblem(await first.GetAsync("/api/v1/statistics/sections/2009/revisions/3"), HttpStatusCode.NotFound);

        // The page: a stale save keeps what the editor typed and shows the stored text; a save against the stored version goes through.
        var session = new BrowserSession(app.BrowserClient());
        Assert.Equal(HttpStatusCode.Redirect, (await session.SignInAsync(await app.CreateUserAsync(Role.RapporteurAnalyst, "MYRIA"))).StatusCode);
        var conflict = await session.PostFormAsync("/Statistics/Sections", Form("My <b>typed</b> text.", version: 1), "/Statistics/Sections?year=2009");
        Assert.Equal(HttpStatusCode.Conflict, conflict.StatusCode);
        var html = await conflict.Content.ReadAsStringAsync();
        Assert.Contains("data-testid=\"conflict\"", html, StringComparison.Ordinal);
        Assert.Contains("My &lt;b&gt;typed&lt;/b&gt; text.</textarea>", html, StringComparison.Ordinal);
        Assert.Contains("data-testid=\"stored-trends\">Second reading, by a colleague.</pre>", html, StringComparison.Ordinal);
        Assert.Contains("name=\"Version\" value=\"2\"", html, StringComparison.Ordinal);
        var merged = await session.PostFormAsync("/Statistics/Sections", Form("Merged <script>alert(1)</script>\n\nSecond paragraph.", version: 2),
            "/Statistics/Sections?year=2009");
        Assert.Equal(HttpStatusCode.Redirect, merged.StatusCode);

        var report = await session.Client.GetStringAsync("/Statistics/Report?year=2009");
        Assert.Contains("<p>Merged &lt;script&gt;alert(1)&lt;/script&gt;</p>", report, StringComparison.Ordinal);
        Assert.Contains("<p>Second paragraph.</p>", report, StringComparison.Ordinal);
        Assert.Contains("data-testid=\"case-law\"", report, StringComparison.Ordinal);

        var saves = new List<string?>();
        await app.WithDbAsync(async db => saves = await db.AuditEntries.Where(e => e.Type == AuditEventType.ReportSectionsSaved && e.SubjectId == "2009")
            .OrderBy(e => e.At).Select(e => e.Details).ToListAsync());
        Assert.Equal(["year=2009 version=1 changed=trends,caseLawCommentary", "year=2009 version=2 changed=trends", "year=2009 version=3 changed=trends"], saves);
        var stored = string.Empty;
        await app.WithDbAsync(async db => stored = await db.Database.SqlQueryRaw<string>("SELECT \"Trends\" AS \"Value\" FROM annual_report_sections WHERE \"Year\" = 2009").SingleAsync());
        Assert.DoesNotContain("Merged", stored, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_caseworker_can_neither_read_nor_write_the_sections_nor_download_the_report()
    {
        var caseworker = app.ApiClient(await app.UserAsync(Role.CentreCaseworker));
        var before = await RowsAsync();
        await ApiAccessTests.AssertProblem(await caseworker.GetAsync("/api/v1/statistics/sections/2011"), HttpStatusCode.Forbidden);
        await ApiAccessTests.AssertProblem(await Put(caseworker, 2011, "Not mine to write.", version: 0), HttpStatusCode.Forbidden);
        await ApiAccessTests.AssertProblem(await caseworker.GetAsync("/api/v1/statistics/sections/2011/revisions/1"), HttpStatusCode.Forbidden);
        await ApiAccessTests.AssertProblem(await caseworker.GetAsync("/api/v1/statistics/report.docx?year=2011"), HttpStatusCode.Forbidden);
        await ApiAccessTests.AssertProblem(await caseworker.GetAsync("/api/v1/statistics/tables.xlsx?year=2011"), HttpStatusCode.Forbidden);

        var centre = new BrowserSession(app.BrowserClient());
        Assert.Equal(HttpStatusCode.Redirect, (await centre.SignInAsync(await app.CreateUserAsync(Role.CentreCaseworker, "CENTRE-PAGASA"))).StatusCode);
        foreach (var path in new[] { "/Statistics/Sections?year=2011", "/Statistics/Export?kind=report.docx&year=2011", "/Statistics/Export?kind=tables.xlsx&year=2011" })
        {
            var denied = await centre.Client.GetAsync(path);
            Assert.Equal(HttpStatusCode.Redirect, denied.StatusCode);
            Assert.Contains("/Account/AccessDenied", denied.Headers.Location!.OriginalString, StringComparison.Ordinal);
        }

        Assert.Equal(before, await RowsAsync());
    }

    [Fact]
    public async Task Bad_input_is_a_problem_naming_the_field_and_writes_nothing()
    {
        var analyst = app.ApiClient(await app.UserAsync(Role.RapporteurAnalyst));
        var before = await RowsAsync();
        foreach (var year in new[] { "1800", "abc", "3000", "20 12" })
        {
            foreach (var response in new[]
                     {
                         await analyst.GetAsync($"/api/v1/statistics/sections/{Uri.EscapeDataString(year)}"),
                         await analyst.PutAsJsonAsync($"/api/v1/statistics/sections/{Uri.EscapeDataString(year)}", Body("Text.", 0)),
                         await analyst.GetAsync($"/api/v1/statistics/report.docx?year={Uri.EscapeDataString(year)}"),
                         await analyst.GetAsync($"/api/v1/statistics/tables.xlsx?year={Uri.EscapeDataString(year)}"),
                     })
            {
                await AssertProblemNaming(response, "year");
            }
        }

        await AssertProblemNaming(await analyst.PutAsJsonAsync("/api/v1/statistics/sections/2012", Body(new string('a', 60_001), 0)), "trends");
        await AssertProblemNaming(await analyst.PutAsJsonAsync("/api/v1/statistics/sections/2012", new { trends = "Only one section.", version = 0 }), "policy");
        await AssertProblemNaming(await analyst.PutAsJsonAsync("/api/v1/statistics/sections/2012", Body("A NUL \0 here.", 0)), "trends");
        await AssertProblemNaming(await analyst.PutAsJsonAsync("/api/v1/statistics/sections/2012", Body("Text.", -1)), "version");
        await AssertProblemNaming(await analyst.GetAsync("/api/v1/statistics/sections/2012/revisions/first"), "version");

        var session = new BrowserSession(app.BrowserClient());
        Assert.Equal(HttpStatusCode.Redirect, (await session.SignInAsync(await app.CreateUserAsync(Role.RapporteurAnalyst, "MYRIA"))).StatusCode);
        var oversize = await session.PostFormAsync("/Statistics/Sections", Form(new string('b', 60_001), version: 0, year: "2012"), "/Statistics/Sections?year=2012");
        Assert.Equal(HttpStatusCode.BadRequest, oversize.StatusCode);
        Assert.Contains("data-testid=\"errors\"", await oversize.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.BadRequest, (await session.Client.GetAsync("/Statistics/Export?kind=report.docx&year=1800")).StatusCode);

        Assert.Equal(before, await RowsAsync());
    }

    private static async Task AssertProblemNaming(HttpResponseMessage response, string field)
    {
        await ApiAccessTests.AssertProblem(response, HttpStatusCode.BadRequest);
        Assert.True((await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors").TryGetProperty(field, out _), $"no error on {field}");
    }

    /// <summary>Everything a refused request could have written: sections, revisions, report files' audit entries, saves' audit entries.</summary>
    private async Task<(int Sections, int Revisions, int Audited)> RowsAsync()
    {
        var rows = (0, 0, 0);
        await app.WithDbAsync(async db => rows = (await db.AnnualReportSections.CountAsync(), await db.AnnualReportRevisions.CountAsync(),
            await db.AuditEntries.CountAsync(e => e.Type == AuditEventType.ReportSectionsSaved || e.Type == AuditEventType.StatisticsReportDocxExported
                                                 || e.Type == AuditEventType.StatisticsTablesXlsxExported)));
        return rows;
    }

    private static object Body(string trends, int version) => new { trends, policy = "", caseLawCommentary = "", recommendations = "", version };

    private static Task<HttpResponseMessage> Put(HttpClient client, int year, string trends, int version) =>
        client.PutAsJsonAsync($"/api/v1/statistics/sections/{year}", new { trends, policy = "", caseLawCommentary = year == 2009 ? "Commentary." : "", recommendations = "", version });

    private static Dictionary<string, string> Form(string trends, int version, string year = "2009") => new()
    {
        ["Year"] = year, ["Version"] = version.ToString(CultureInfo.InvariantCulture), ["Trends"] = trends, ["Policy"] = string.Empty,
        ["CaseLawCommentary"] = "Commentary.", ["Recommendations"] = string.Empty,
    };

    private static void AssertValid(OpenXmlPackage package)
    {
        var errors = new OpenXmlValidator(FileFormatVersions.Microsoft365).Validate(package).Select(e => $"{e.Path?.XPath}: {e.Description}").ToList();
        Assert.True(errors.Count == 0, string.Join(Environment.NewLine, errors.Take(20)));
    }

    private static bool IsHeading(Word.Paragraph p) =>
        p.ParagraphProperties?.ParagraphStyleId?.Val?.Value?.StartsWith("Heading", StringComparison.Ordinal) == true;

    /// <summary>The cells of a table as the report shows them, without the header and the row labels.</summary>
    private static List<List<string>> DocxRows(Word.Table table) =>
        [.. table.Elements<Word.TableRow>().Skip(1).Select(r => r.Elements<Word.TableCell>().Skip(1).Select(c => c.InnerText).ToList())];

    private static string DocxCell(Word.Table table, int row, int column) =>
        table.Elements<Word.TableRow>().ElementAt(row).Elements<Word.TableCell>().ElementAt(column).InnerText;

    /// <summary>What the document must show for a published table of the JSON: the same cells, row totals for a cross table, the totals row.</summary>
    private static List<List<string>> ExpectedDocxRows(JsonElement table)
    {
        var cross = table.GetProperty("shape").GetString() == "Cross";
        var rows = table.GetProperty("rows").EnumerateArray()
            .Select(r => r.GetProperty("cells").EnumerateArray().Select(Shown).Concat(cross ? [Shown(r.GetProperty("total"))] : []).ToList())
            .ToList();
        if (table.TryGetProperty("columnTotals", out var totals) && totals.ValueKind == JsonValueKind.Array)
        {
            rows.Add([.. totals.EnumerateArray().Select(Shown), .. cross ? [Shown(table.GetProperty("grandTotal"))] : Array.Empty<string>()]);
        }

        return rows;
    }

    /// <summary>
    /// A JSON cell as the server's default language writes it for people: "&lt;5" when withheld as too small, c when
    /// withheld to protect another cell, a dash when there is no value.
    /// </summary>
    private static string Shown(JsonElement cell)
    {
        if (cell.TryGetProperty("flag", out var flag) && flag.ValueKind == JsonValueKind.String)
        {
            return cell.GetProperty("withheld").GetString() == "Primary" ? "<" + cell.GetProperty("below").GetInt32() : "c";
        }

        if (cell.GetProperty("value").ValueKind == JsonValueKind.Null)
        {
            return "–";
        }

        var v = cell.GetProperty("value").GetDecimal();
        return v == decimal.Truncate(v) ? v.ToString("N0", ServerCulture) : v.ToString("N1", ServerCulture);
    }

    /// <summary>Every sheet by name, as (zero-based row, zero-based column) → the text or number it shows.</summary>
    private static Dictionary<string, Dictionary<(int Row, int Column), string>> Sheets(SpreadsheetDocument xlsx)
    {
        var workbook = xlsx.WorkbookPart!;
        return workbook.Workbook!.Sheets!.Elements<Xl.Sheet>().ToDictionary(s => s.Name!.Value!, s =>
        {
            var part = (WorksheetPart)workbook.GetPartById(s.Id!.Value!);
            var cells = new Dictionary<(int, int), string>();
            foreach (var cell in part.Worksheet!.Descendants<Xl.Cell>())
            {
                var reference = cell.CellReference!.Value!;
                var letters = new string([.. reference.TakeWhile(char.IsLetter)]);
                var column = letters.Aggregate(0, (n, ch) => (n * 26) + (ch - 'A' + 1)) - 1;
                var row = int.Parse(reference[letters.Length..], CultureInfo.InvariantCulture) - 1;
                cells[(row, column)] = cell.DataType?.Value == Xl.CellValues.InlineString ? cell.InlineString!.InnerText : cell.CellValue!.Text;
            }

            return cells;
        });
    }

    private static JsonElement Table(JsonElement figures, string id) =>
        figures.GetProperty("tables").EnumerateArray().Single(t => t.GetProperty("id").GetString() == id);

    private static JsonElement Cell(JsonElement table, string row, string column)
    {
        var c = table.GetProperty("columns").EnumerateArray().Select((l, i) => (l, i)).Single(x => x.l.GetProperty("code").GetString() == column).i;
        return table.GetProperty("rows").EnumerateArray().Single(r => r.GetProperty("label").GetProperty("code").GetString() == row).GetProperty("cells")[c];
    }
}
