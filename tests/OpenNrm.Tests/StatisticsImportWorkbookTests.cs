using System.IO.Compression;
using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using OpenNrm.Domain.Access;
using OpenNrm.Tests.Infrastructure;
using OpenNrm.Web.Features.Statistics.Imports;

namespace OpenNrm.Tests;

/// <summary>
/// The same imports from an XLSX workbook: the first sheet's rows become the CSV template's lines and take the CSV's
/// code path, so a workbook stages exactly what the equivalent CSV file stages; a problem is reported at the sheet's
/// own row; a file that is not a readable workbook is refused with the reason and nothing is staged.
/// </summary>
public abstract partial class StatisticsImportTests
{
    private const string Prosecutors2011 = """
        year,indicator,dimension,value,count
        2011,persons-charged,TOTAL,TOTAL,57
        2011,persons-charged,Sex,Female,12
        2011,persons-charged,Sex,Male,44
        2011,persons-charged,Sex,Unknown,1
        2011,proceedings-opened,TOTAL,TOTAL,31
        2011,proceedings-opened,Exploitation,SexualExploitation,14
        2011,proceedings-opened,Exploitation,LabourExploitation,15
        2011,proceedings-opened,Exploitation,Begging,0
        2011,proceedings-opened,Exploitation,CriminalActivities,2
        2011,proceedings-opened,Exploitation,OrganRemoval,0
        2011,proceedings-opened,Exploitation,Other,0
        2011,proceedings-opened,Exploitation,Unknown,0
        """;

    [Fact]
    public async Task A_workbook_stages_the_same_figures_as_the_equivalent_csv_file()
    {
        var analyst = app.ApiClient(await app.UserAsync(Role.RapporteurAnalyst));

        // As a person would type it: codes in shared strings and some inline, numbers, a total computed by a formula
        // whose value was saved, a formatted blank far below the figures, and a note on a second sheet.
        var lines = Prosecutors2011.Split('\n');
        var rows = new Dictionary<int, TestCell[]>
        {
            [1] = [.. lines[0].Split(',').Select(h => new TestCell.Shared(h))],
        };
        for (var i = 1; i < lines.Length; i++)
        {
            var f = lines[i].Split(',');
            TestCell count = i == 1 ? new TestCell.Formula("SUM(E3:E5)", f[4]) : new TestCell.Number(f[4]);
            rows[i + 1] = [new TestCell.Number(f[0]), new TestCell.Shared(f[1]), i % 2 == 0 ? new TestCell.Inline(f[2]) : new TestCell.Shared(f[2]),
                new TestCell.Inline(f[3]), count];
        }

        rows[40] = [new TestCell.Blank(), new TestCell.Blank()];
        var workbook = TestWorkbook.Build(rows, secondSheetText: "Counted by the College, 3 March");

        var fromCsv = await analyst.PostAsync("/api/v1/statistics/imports?source=prosecutors&year=2011", Csv(Prosecutors2011));
        var fromXlsx = await analyst.PostAsync("/api/v1/statistics/imports?source=prosecutors&year=2011", Xlsx(workbook));
        Assert.Equal(HttpStatusCode.Created, fromCsv.StatusCode);
        Assert.Equal(HttpStatusCode.Created, fromXlsx.StatusCode);
        var csvPreview = await fromCsv.Content.ReadFromJsonAsync<JsonElement>();
        var xlsxPreview = await fromXlsx.Content.ReadFromJsonAsync<JsonElement>();

        // The same published tables, the same lines; only the file's hash differs.
        Assert.Equal(csvPreview.GetProperty("indicators").GetRawText(), xlsxPreview.GetProperty("indicators").GetRawText());
        Assert.Equal(csvPreview.GetProperty("withheldCells").GetInt32(), xlsxPreview.GetProperty("withheldCells").GetInt32());
        var xlsxBatch = xlsxPreview.GetProperty("batch");
        Assert.Equal(13, xlsxBatch.GetProperty("lines").GetInt32());
        Assert.Equal(Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(workbook)), xlsxBatch.GetProperty("sha256").GetString());
        var csvId = csvPreview.GetProperty("batch").GetProperty("id").GetGuid();
        var xlsxId = xlsxBatch.GetProperty("id").GetGuid();
        Assert.Equal(await FiguresAsync(csvId), await FiguresAsync(xlsxId));
        Assert.Contains(await AuditAsync(xlsxId), a => a.Details!.Contains("format=xlsx", StringComparison.Ordinal));

        // Committed, the workbook's figures are published like any other.
        Assert.Equal(HttpStatusCode.OK, (await analyst.PostAsync($"/api/v1/statistics/imports/{xlsxId}/commit", null)).StatusCode);
        var charged = Indicator(await KeyFiguresAsync(analyst, 2011), "persons-charged");
        Assert.Equal(57, charged.GetProperty("total").GetProperty("value").GetInt32());
        Assert.Equal(xlsxId, charged.GetProperty("importedFrom").GetProperty("batch").GetGuid());
    }

    [Fact]
    public async Task The_workbook_template_is_the_csv_template_row_for_row_and_imports_through_the_page()
    {
        var session = await RapporteurSessionAsync();
        var analyst = app.ApiClient(await app.UserAsync(Role.RapporteurAnalyst));
        var page = await session.Client.GetStringAsync("/Statistics/Imports");
        Assert.Contains("data-format=\"xlsx\"", page, StringComparison.Ordinal);
        Assert.Contains("accept=\".csv,.xlsx,", page, StringComparison.Ordinal);

        var response = await session.Client.GetAsync("/Statistics/Imports?handler=Template&source=convictions&year=2010&format=xlsx");
        Assert.Equal(ImportFormats.XlsxMediaType, response.Content.Headers.ContentType?.MediaType);
        var template = await response.Content.ReadAsByteArrayAsync();
        Assert.Equal(SheetLines(template), SheetLines(await analyst.GetByteArrayAsync("/api/v1/statistics/imports/template?source=convictions&year=2010&format=xlsx")));
        var csv = await analyst.GetStringAsync("/api/v1/statistics/imports/template?source=convictions&year=2010");
        Assert.Equal(csv.Split('\n', StringSplitOptions.RemoveEmptyEntries), SheetLines(template));

        // Uploaded through the page as it is (a file named .xlsx), it is a valid file of zeros.
        var upload = await UploadBytesAsync(session, "convictions", "2010", template, "convictions-2010.xlsx", ImportFormats.XlsxMediaType);
        Assert.Equal(HttpStatusCode.Redirect, upload.StatusCode);
        var id = Guid.Parse(upload.Headers.Location!.OriginalString.Split('/')[^1]);
        var figures = await FiguresAsync(id);
        Assert.Equal(csv.Split('\n', StringSplitOptions.RemoveEmptyEntries).Length - 1, figures.Count);
        Assert.All(figures, f => Assert.Equal(0, f.Count));

        await ApiAccessTests.AssertProblem(await analyst.GetAsync("/api/v1/statistics/imports/template?source=convictions&year=2010&format=ods"), HttpStatusCode.BadRequest);
    }

    [Fact]
    public async Task A_workbook_with_problems_gives_each_at_its_row_of_the_sheet_and_stores_nothing()
    {
        TestCell[] Line(string indicator, string dimension, string value, TestCell count) =>
            [new TestCell.Number("2012"), new TestCell.Shared(indicator), new TestCell.Shared(dimension), new TestCell.Shared(value), count];
        var rows = new Dictionary<int, TestCell[]>
        {
            [1] = [.. AggregateHeader.Select(h => new TestCell.Shared(h))],
            [2] = Line("persons-charged", "TOTAL", "TOTAL", new TestCell.Number("57")),
            // 1 January 2024, a count typed into a cell formatted as a date.
            [3] = Line("persons-charged", "Sex", "Female", new TestCell.Date("45292")),
            [4] = Line("persons-charged", "Sex", "Male", new TestCell.Inline("forty-four")),
            [5] = Line("persons-charged", "Sex", "Unknown", new TestCell.Formula("E2-E3-E4", null)),
            [6] = Line("persons-charged", "Citizenship", "NonEu", new TestCell.Error("#REF!")),
            // Row 7 is left out: an empty row between counts, as a blank CSV line.
            [8] = Line("proceedings-opened", "TOTAL", "TOTAL", new TestCell.Number("31")),
            [30] = [new TestCell.Blank()],
        };
        var workbook = TestWorkbook.Build(rows);
        var analyst = app.ApiClient(await app.UserAsync(Role.RapporteurAnalyst));
        var before = await CountsAsync();

        var response = await analyst.PostAsync("/api/v1/statistics/imports?source=prosecutors&year=2012", Xlsx(workbook));
        await ApiAccessTests.AssertProblem(response, HttpStatusCode.BadRequest);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        var problems = problem.GetProperty("problems").EnumerateArray().ToList();
        Assert.Equal([3, 4, 5, 6, 7], problems.Select(p => p.GetProperty("line").GetInt32()).ToArray());
        Assert.Equal(["count", "count", "count", "count", "line"], problems.Select(p => p.GetProperty("column").GetString()!).ToArray());
        Assert.Contains("E3 holds a date", problems[0].GetProperty("message").GetString(), StringComparison.Ordinal);
        Assert.Contains("E4 holds text", problems[1].GetProperty("message").GetString(), StringComparison.Ordinal);
        Assert.Contains("E5 holds a formula that was never computed", problems[2].GetProperty("message").GetString(), StringComparison.Ordinal);
        Assert.Contains("#REF!", problems[3].GetProperty("message").GetString(), StringComparison.Ordinal);
        Assert.Equal(8, problem.GetProperty("linesProcessed").GetInt32());
        Assert.Equal(before, await CountsAsync());

        // The page tells a workbook by its bytes, whatever the file is called, and lists the same rows.
        var session = await RapporteurSessionAsync();
        var page = await UploadBytesAsync(session, "prosecutors", "2012", workbook, "figures.csv", "text/csv");
        Assert.Equal(HttpStatusCode.BadRequest, page.StatusCode);
        Assert.Equal(["3", "4", "5", "6", "7"], LineRegex().Matches(await page.Content.ReadAsStringAsync()).Select(m => m.Groups[1].Value).ToArray());
        Assert.Equal(before, await CountsAsync());

        var french = new HttpRequestMessage(HttpMethod.Post, "/api/v1/statistics/imports?source=prosecutors&year=2012") { Content = Xlsx(workbook) };
        french.Headers.AcceptLanguage.Add(new StringWithQualityHeaderValue("fr"));
        var inFrench = await (await analyst.SendAsync(french)).Content.ReadFromJsonAsync<JsonElement>();
        Assert.Contains("La cellule E3", inFrench.GetProperty("problems")[0].GetProperty("message").GetString(), StringComparison.Ordinal);
    }

    public static TheoryData<string, string> UnreadableWorkbooks => new()
    {
        { "text", "is not an XLSX workbook" },
        { "png", "is not an XLSX workbook" },
        { "password", "protected with a password" },
        { "xls", "Excel 97-2003 workbook" },
        { "truncated", "is damaged" },
        { "zip-of-text", "is damaged" },
        { "unpacks-huge", "more than 20 MB once unpacked" },
        { "too-many-rows", "below row 50000" },
        { "larger-than-the-limit", "larger than 1000 KB" },
    };

    [Theory]
    [MemberData(nameof(UnreadableWorkbooks))]
    public async Task A_file_that_is_not_a_readable_workbook_is_refused_with_its_reason_and_nothing_is_staged(string kind, string reason)
    {
        var valid = TestWorkbook.FromCsv(Prosecutors2011);
        var bytes = kind switch
        {
            "text" => Encoding.UTF8.GetBytes(Prosecutors2011),
            "png" => [0x89, .. "PNG\r\n\u001a\n"u8, .. new byte[64]],
            "password" => CompoundFile.Build(("EncryptionInfo", new byte[200]), ("EncryptedPackage", RandomBytes(valid.Length + 8))),
            "xls" => CompoundFile.Build(("Workbook", RandomBytes(5000))),
            "truncated" => valid[..(valid.Length / 2)],
            "zip-of-text" => Zip(("figures.csv", Encoding.UTF8.GetBytes(Prosecutors2011))),
            "unpacks-huge" => Zip(("xl/worksheets/sheet1.xml", new byte[30 * 1024 * 1024])),
            "too-many-rows" => TestWorkbook.Build(new Dictionary<int, TestCell[]>
            {
                [1] = [.. AggregateHeader.Select(h => new TestCell.Shared(h))],
                [60_000] = [new TestCell.Number("2011")],
            }),
            "larger-than-the-limit" => RandomBytes(StatisticsImports.MaxBytes + 1),
            _ => throw new ArgumentOutOfRangeException(nameof(kind)),
        };
        var analyst = app.ApiClient(await app.UserAsync(Role.RapporteurAnalyst));
        var before = await CountsAsync();

        var response = await analyst.PostAsync("/api/v1/statistics/imports?source=prosecutors&year=2011", Xlsx(bytes));
        await ApiAccessTests.AssertProblem(response, HttpStatusCode.BadRequest);
        var errors = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors");
        Assert.Contains(reason, Assert.Single(errors.GetProperty("file").EnumerateArray()).GetString(), StringComparison.Ordinal);
        Assert.Equal(before, await CountsAsync());

        if (kind == "password")
        {
            // The page says the same, in the reader's language, and stores nothing either.
            var session = await RapporteurSessionAsync();
            var page = await UploadBytesAsync(session, "prosecutors", "2011", bytes, "figures.xlsx", ImportFormats.XlsxMediaType);
            Assert.Equal(HttpStatusCode.BadRequest, page.StatusCode);
            Assert.Contains("protected with a password", WebUtility.HtmlDecode(await page.Content.ReadAsStringAsync()), StringComparison.Ordinal);
            Assert.Equal(before, await CountsAsync());
        }
    }

    [Fact]
    public async Task A_workbook_sent_as_csv_is_told_to_come_as_a_workbook()
    {
        var analyst = app.ApiClient(await app.UserAsync(Role.RapporteurAnalyst));
        var before = await CountsAsync();
        var content = new ByteArrayContent(TestWorkbook.FromCsv(Prosecutors2011));
        content.Headers.ContentType = new MediaTypeHeaderValue("text/csv");

        var response = await analyst.PostAsync("/api/v1/statistics/imports?source=prosecutors&year=2011", content);

        await ApiAccessTests.AssertProblem(response, HttpStatusCode.BadRequest);
        Assert.Contains(ImportFormats.XlsxMediaType,
            (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors").GetProperty("file")[0].GetString(), StringComparison.Ordinal);
        Assert.Equal(before, await CountsAsync());
    }

    private static readonly string[] AggregateHeader = ["year", "indicator", "dimension", "value", "count"];

    private static ByteArrayContent Xlsx(byte[] bytes)
    {
        var content = new ByteArrayContent(bytes);
        content.Headers.ContentType = new MediaTypeHeaderValue(ImportFormats.XlsxMediaType);
        return content;
    }

    private static byte[] RandomBytes(int length)
    {
        var bytes = new byte[length];
        new Random(length).NextBytes(bytes);
        return bytes;
    }

    private static byte[] Zip(params (string Name, byte[] Data)[] entries)
    {
        using var stream = new MemoryStream();
        using (var zip = new ZipArchive(stream, ZipArchiveMode.Create, leaveOpen: true))
        {
            foreach (var (name, data) in entries)
            {
                using var entry = zip.CreateEntry(name, CompressionLevel.SmallestSize).Open();
                entry.Write(data);
            }
        }

        return stream.ToArray();
    }

    /// <summary>The first sheet's rows as CSV lines, the numbers in invariant digits.</summary>
    private static string[] SheetLines(byte[] workbook)
    {
        using var document = DocumentFormat.OpenXml.Packaging.SpreadsheetDocument.Open(new MemoryStream(workbook), false);
        var part = document.WorkbookPart!;
        var sheet = (DocumentFormat.OpenXml.Packaging.WorksheetPart)part.GetPartById(part.Workbook!.Sheets!.Elements<DocumentFormat.OpenXml.Spreadsheet.Sheet>().First().Id!.Value!);
        return [.. sheet.Worksheet!.Descendants<DocumentFormat.OpenXml.Spreadsheet.Row>()
            .Select(r => string.Join(',', r.Elements<DocumentFormat.OpenXml.Spreadsheet.Cell>().Select(c => c.InlineString?.InnerText ?? c.CellValue!.Text)))];
    }

    private async Task<List<(int Line, string Indicator, string Dimension, string Value, int Count)>> FiguresAsync(Guid batch)
    {
        var figures = new List<(int, string, string, string, int)>();
        await app.WithDbAsync(async db => figures = (await db.Set<StatisticsImportFigure>().Where(f => f.BatchId == batch).ToListAsync())
            .Select(f => (f.Line, f.Indicator, f.Dimension.ToString(), f.Value, f.Count)).OrderBy(f => f.Item1).ToList());
        return figures;
    }

    private static async Task<HttpResponseMessage> UploadBytesAsync(BrowserSession session, string source, string year, byte[] bytes, string fileName, string mediaType)
    {
        var form = await session.Client.GetStringAsync("/Statistics/Imports");
        var token = WebUtility.HtmlDecode(TokenRegex().Match(form).Groups[1].Value);
        var content = new MultipartFormDataContent
        {
            { new StringContent(token), "__RequestVerificationToken" },
            { new StringContent(source), "Source" },
            { new StringContent(year), "Year" },
        };
        var file = new ByteArrayContent(bytes);
        file.Headers.ContentType = new MediaTypeHeaderValue(mediaType);
        content.Add(file, "Upload", fileName);
        return await session.Client.PostAsync("/Statistics/Imports", content);
    }
}
