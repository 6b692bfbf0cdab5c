using System.IO.Compression;
using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using NodaTime;
using OpenNrm.Domain.Access;
using OpenNrm.Domain.Audit;
using OpenNrm.Domain.Detection;
using OpenNrm.Tests.Infrastructure;
using OpenNrm.Web.Features.Access;
using OpenNrm.Web.Features.Cases;
using OpenNrm.Web.Features.Detection;
using OpenNrm.Web.Features.Statistics.Microdata;

namespace OpenNrm.Tests;

/// <summary>
/// The HTCDS microdata release: every combination of values in the file is shared by at least k rows, the release
/// says how many rows it generalised and left out, it needs a purpose and an agreement, it is audited, and only an
/// administrator gets it: never the rapporteur.
/// </summary>
public abstract class MicrodataReleaseTests(TestApp app)
{
    private const string Purpose = "Study of the profile of victims of labour exploitation, 2005-2009";

    [Fact]
    public async Task Every_combination_in_the_release_is_shared_by_at_least_k_rows_and_the_release_says_what_it_hid()
    {
        await SeedAsync();
        var admin = app.ApiClient(await app.UserAsync(Role.Administrator));
        var before = await ReleasesAuditedAsync();

        var response = await admin.PostAsJsonAsync("/api/v1/statistics/microdata/htcds",
            new { from = 2005, to = 2009, purpose = Purpose, agreementReference = "RA-2026-014" });
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/zip", response.Content.Headers.ContentType?.MediaType);
        using var zip = new ZipArchive(new MemoryStream(await response.Content.ReadAsByteArrayAsync()));
        var lines = Read(zip, "opennrm-htcds-2005-2009.csv").Split('\n', StringSplitOptions.RemoveEmptyEntries);
        var summary = JsonDocument.Parse(Read(zip, "release.json")).RootElement;
        var dictionary = Read(zip, "data-dictionary.md");

        var k = summary.GetProperty("k").GetInt32();
        Assert.Equal(11, k);
        Assert.Equal(string.Join(',', HtcdsDictionary.Fields.Select(f => f.Column)), lines[0]);
        var rows = lines.Skip(1).ToList();
        Assert.NotEmpty(rows);
        // Every column of the file is a quasi-identifier: each whole line must occur at least k times.
        Assert.All(rows.CountBy(r => r), group => Assert.True(group.Value >= k, $"{group.Key} occurs {group.Value} times"));

        Assert.Equal(27, summary.GetProperty("personsRegistered").GetInt32());
        Assert.Equal(1, summary.GetProperty("outOfScope").GetInt32());
        Assert.Equal(26, summary.GetProperty("inputRows").GetInt32());
        Assert.Equal(rows.Count, summary.GetProperty("releasedRows").GetInt32());
        Assert.Equal(23, rows.Count);
        Assert.Equal(11, summary.GetProperty("generalisedRows").GetInt32());
        Assert.Equal(3, summary.GetProperty("suppressedRows").GetInt32());
        Assert.Equal(11, summary.GetProperty("generalisedRowsByStep").GetProperty("YearToFiveYearPeriod").GetInt32());
        Assert.Equal(12, rows.Count(r => r == "2007,Feminine,18-25,Adult,NG,NEU27_2020_FOR,SexualExploitation,SEX_EXP"));
        Assert.Equal(11, rows.Count(r => r == "2005-2009,Masculine,31+,Adult,,NEU27_2020_FOR,ForcedLabour,LAB_EXP"));
        Assert.DoesNotContain(rows, r => r.Contains("BR", StringComparison.Ordinal) || r.Contains("VN", StringComparison.Ordinal));
        Assert.All(HtcdsDictionary.Fields, f => Assert.Contains(f.Column, dictionary, StringComparison.Ordinal));

        var entries = await ReleasesAuditedAsync();
        var entry = Assert.Single(entries.Skip(before.Count));
        Assert.Equal(Purpose, entry.Purpose);
        Assert.Contains("k=11", entry.Details, StringComparison.Ordinal);
        Assert.Contains("suppressed=3", entry.Details, StringComparison.Ordinal);
        Assert.Contains("agreement=RA-2026-014", entry.Details, StringComparison.Ordinal);
        Assert.Equal(summary.GetProperty("rowsSha256").GetString(), entry.Details!.Split("sha256=")[1]);
    }

    [Fact]
    public async Task A_release_needs_a_purpose_an_agreement_and_no_looser_k_and_nothing_is_released_without()
    {
        var admin = app.ApiClient(await app.UserAsync(Role.Administrator));
        var before = await ReleasesAuditedAsync();

        var empty = await admin.PostAsJsonAsync("/api/v1/statistics/microdata/htcds", new { from = 2005, to = 2009 });
        await ApiAccessTests.AssertProblem(empty, HttpStatusCode.BadRequest);
        var errors = (await empty.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors");
        Assert.True(errors.TryGetProperty("purpose", out _));
        Assert.True(errors.TryGetProperty("agreementReference", out _));

        var loose = await admin.PostAsJsonAsync("/api/v1/statistics/microdata/htcds",
            new { from = 2009, to = 2005, purpose = Purpose, agreementReference = "RA-1", k = 5 });
        await ApiAccessTests.AssertProblem(loose, HttpStatusCode.BadRequest);
        var looseErrors = (await loose.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors");
        Assert.True(looseErrors.TryGetProperty("k", out _));
        Assert.True(looseErrors.TryGetProperty("to", out _));

        Assert.Equal(before.Count, (await ReleasesAuditedAsync()).Count);
        var dictionary = await admin.GetStringAsync("/api/v1/statistics/microdata/htcds/dictionary");
        Assert.All(HtcdsDictionary.Fields, f => Assert.Contains("| " + f.Column + " |", dictionary, StringComparison.Ordinal));
    }

    [Fact]
    public async Task The_rapporteur_never_gets_microdata_and_only_the_administrator_does()
    {
        var body = new { from = 2005, to = 2009, purpose = Purpose, agreementReference = "RA-2026-014" };
        foreach (var role in new[] { Role.RapporteurAnalyst, Role.Auditor, Role.CentreCaseworker })
        {
            var client = app.ApiClient(await app.UserAsync(role));
            await ApiAccessTests.AssertProblem(await client.PostAsJsonAsync("/api/v1/statistics/microdata/htcds", body), HttpStatusCode.Forbidden);
            await ApiAccessTests.AssertProblem(await client.GetAsync("/api/v1/statistics/microdata/htcds/dictionary"), HttpStatusCode.Forbidden);
        }

        var rapporteur = new BrowserSession(app.BrowserClient());
        Assert.Equal(HttpStatusCode.Redirect, (await rapporteur.SignInAsync(await app.CreateUserAsync(Role.RapporteurAnalyst, "MYRIA"))).StatusCode);
        var denied = await rapporteur.Client.GetAsync("/Statistics/Microdata");
        Assert.Equal(HttpStatusCode.Redirect, denied.StatusCode);
        Assert.Contains("/Account/AccessDenied", denied.Headers.Location!.OriginalString, StringComparison.Ordinal);
        Assert.DoesNotContain("/Statistics/Microdata", await rapporteur.Client.GetStringAsync("/"), StringComparison.Ordinal);

        var administrator = new BrowserSession(app.BrowserClient());
        Assert.Equal(HttpStatusCode.Redirect, (await administrator.SignInAsync(await app.CreateUserAsync(Role.Administrator, BelgianReferenceData.DemoSeats[Role.Administrator]))).StatusCode);
        var page = await administrator.Client.GetStringAsync("/Statistics/Microdata");
        Assert.Contains("name=\"AgreementReference\"", page, StringComparison.Ordinal);
        var refused = await administrator.PostFormAsync("/Statistics/Microdata", new() { ["From"] = "2005", ["To"] = "2009", ["Purpose"] = "short" });
        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        Assert.Contains("data-testid=\"errors\"", await refused.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    private static string Read(ZipArchive zip, string name)
    {
        var entry = zip.GetEntry(name);
        Assert.NotNull(entry);
        using var reader = new StreamReader(entry.Open(), Encoding.UTF8);
        return reader.ReadToEnd();
    }

    private async Task<List<(string? Purpose, string? Details)>> ReleasesAuditedAsync()
    {
        var entries = new List<(string?, string?)>();
        await app.WithDbAsync(async db => entries = (await db.AuditEntries.Where(e => e.Type == AuditEventType.MicrodataExported).ToListAsync())
            .OrderBy(e => e.At).Select(e => (e.Purpose, e.Details)).ToList());
        return entries;
    }

    /// <summary>
    /// 12 women from Nigeria detected in 2007 (a group large enough as it is); 11 men from Morocco, 6 in 2006 and 5
    /// in 2008 (large enough once the nationality and the year are generalised); three persons no generalisation
    /// can hide; one victim of aggravated smuggling only, who is not in trafficking data.
    /// </summary>
    private Task SeedAsync() => app.WithDbAsync(async db =>
    {
        var organisation = BelgianReferenceData.IdFor("POL-ZP-BXL-IXL");
        void Person(int year, HtcdsGender gender, int? estimatedAge, LocalDate? born, string nationality, string purposes)
        {
            var caseId = Guid.CreateVersion7();
            var detectedAt = new DateTimeOffset(year, 6, 1, 11, 0, 0, TimeSpan.Zero);
            db.Cases.Add(new CaseFile(caseId, CaseReferences.Draw(detectedAt), "Microdata Person", "micro-" + caseId.ToString("N"), organisation, detectedAt));
            var signal = new Signal(Guid.CreateVersion7(), detectedAt, "Test place", DetectionContext.PoliceControl, organisation, Guid.NewGuid(), string.Empty, detectedAt);
            signal.Place(Domain.Geography.BelgianPlaces.Find("1000"));
            signal.Add(new SignalPerson(Guid.CreateVersion7(), signal.Id, 0, caseId, string.Empty, gender, born, estimatedAge, nationality, "en",
                estimatedAge < 18, false, Citizenship.Of(nationality.Length == 0 ? [] : [nationality]), purposes, null, string.Empty, false));
            db.Signals.Add(signal);
        }

        for (var i = 0; i < 12; i++)
        {
            Person(2007, HtcdsGender.Feminine, 25, null, "NG", nameof(ExploitationPurpose.SexualExploitation));
        }

        for (var i = 0; i < 11; i++)
        {
            Person(i < 6 ? 2006 : 2008, HtcdsGender.Masculine, null, new LocalDate(1970, 3, 1), "MA", nameof(ExploitationPurpose.LabourExploitation));
        }

        Person(2007, HtcdsGender.Feminine, 50, null, "BR", nameof(ExploitationPurpose.Begging));
        Person(2009, HtcdsGender.Masculine, 16, null, "VN", nameof(ExploitationPurpose.ForcedCriminality));
        Person(2005, HtcdsGender.NonSpecifiedUnknown, null, null, string.Empty, string.Empty);
        Person(2008, HtcdsGender.Masculine, 30, null, "IN", nameof(ExploitationPurpose.AggravatedSmuggling));
        await db.SaveChangesAsync();
    });
}
