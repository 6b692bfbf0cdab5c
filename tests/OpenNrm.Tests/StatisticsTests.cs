using System.Net;
using System.Net.Http.Json;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using NodaTime;
using OpenNrm.Domain.Access;
using OpenNrm.Domain.Audit;
using OpenNrm.Domain.Detection;
using OpenNrm.Domain.Referral;
using OpenNrm.Domain.Residence;
using OpenNrm.Tests.Infrastructure;
using OpenNrm.Web.Features.Access;
using OpenNrm.Web.Features.Cases;
using OpenNrm.Web.Features.Detection;
using OpenNrm.Web.Features.Referrals;
using OpenNrm.Web.Features.Residence;

namespace OpenNrm.Tests;

/// <summary>
/// The national statistics from seeded records: exact published counts, small cells withheld so that no total gives
/// them away, the Eurostat file's flag column, the reproducibility stamp, and who may read and export. Each test
/// seeds its own reference year, so the tests of one database do not count each other's persons.
/// </summary>
public abstract partial class StatisticsTests(TestApp app)
{
    private StatisticsSeed Seed => new(app);

    private static readonly string[] Exports = ["/api/v1/statistics/eurostat.csv", "/api/v1/statistics/key-figures", "/api/v1/statistics/report.csv"];
    private static readonly string[] Pages = ["/Statistics", "/Statistics/Report", "/Statistics/Export"];

    [Fact]
    public async Task A_known_year_is_published_with_exact_counts_and_unrecorded_figures_are_not_zero()
    {
        // 6 women detected by the police in Brussels, all referred to PAG-ASA; 5 of them enter the procedure and are
        // identified. 5 men detected by the social inspection in Antwerp, not referred.
        var women = new List<Guid>();
        for (var i = 0; i < 6; i++)
        {
            women.Add(await Seed.PersonAsync(new(2018, 3, 10), "1050", "POL-ZP-BXL-IXL", HtcdsGender.Feminine, estimatedAge: 30, "NG", ExploitationPurpose.SexualExploitation,
                referred: true));
        }

        for (var i = 0; i < 5; i++)
        {
            await Seed.PersonAsync(new(2018, 5, 5), "2000", "NSSO-INSPECTION", HtcdsGender.Masculine, estimatedAge: null, "MA", ExploitationPurpose.LabourExploitation,
                birthDate: new LocalDate(1980, 1, 1));
        }

        foreach (var woman in women.Take(5))
        {
            await Seed.ProcedureAsync(woman, new(2018, 4, 1), identifiedAfterDays: 61);
        }

        // Support: four women by PAG-ASA from March 2018; one of them closed and taken over by Payoke in June (counted
        // once, by the earlier case); the fifth followed by Sürya since 2017 and closed on 2 January 2018 (one day of the
        // year counts); the sixth supported from 2019 only (not counted). Five persons assisted, none of the men.
        for (var i = 0; i < 4; i++)
        {
            await Seed.SupportAsync(women[i], SpecialisedCentre.PagAsa, new(2018, 3, 11), closedOn: i == 0 ? new LocalDate(2018, 6, 1) : null);
        }

        await Seed.SupportAsync(women[0], SpecialisedCentre.Payoke, new(2018, 6, 2));
        await Seed.SupportAsync(women[4], SpecialisedCentre.Surya, new(2017, 9, 1), closedOn: new LocalDate(2018, 1, 2));
        await Seed.SupportAsync(women[5], SpecialisedCentre.PagAsa, new(2019, 1, 15));

        var figures = await KeyFiguresAsync(2018);
        Assert.Equal(5, Total(figures, "persons-assisted"));
        // 4 and 1 are under the threshold: both withheld, nothing else to recompute them from.
        var byCentre = Table(figures, "persons-assisted.centre").GetProperty("rows").EnumerateArray()
            .ToDictionary(r => r.GetProperty("label").GetProperty("code").GetString()!, r => r.GetProperty("cells")[0]);
        Assert.All(new[] { "PagAsa", "Surya" }, c => Assert.Equal(JsonValueKind.Null, byCentre[c].GetProperty("value").ValueKind));
        Assert.Equal(0, byCentre["Payoke"].GetProperty("value").GetInt32());

        Assert.Equal(11, Total(figures, "persons-detected"));
        var detected = Table(figures, "persons-detected.sex-by-age");
        Assert.Equal(6, Cell(detected, "Female", "Adult").GetProperty("value").GetInt32());
        Assert.Equal(5, Cell(detected, "Male", "Adult").GetProperty("value").GetInt32());
        Assert.Equal([("Police", 6), ("SocialInspection", 5)], Counts(Table(figures, "persons-detected.detecting-service")));
        Assert.Equal([("Antwerp", 5), ("Brussels", 6)], Counts(Table(figures, "persons-detected.judicial-district")));
        Assert.Equal([("NG", 6), ("MA", 5)], Counts(Table(figures, "persons-detected.nationality")));
        Assert.Equal([("SexualExploitation", 6), ("LabourExploitation", 5)], Counts(Table(figures, "persons-detected.exploitation")));
        Assert.Equal([("From26To30", 6), ("Over30", 5)], Counts(Table(figures, "persons-detected.immigration-office-age")));

        Assert.Equal(6, Total(figures, "persons-referred"));
        Assert.Equal([("PagAsa", 6)], Counts(Table(figures, "persons-referred.centre")));
        Assert.Equal(5, Total(figures, "persons-entering-procedure"));
        Assert.Equal(5, Total(figures, "persons-identified"));
        Assert.Equal(5, Total(figures, "persons-first-a-card"));
        Assert.Equal(0, Total(figures, "permanent-permits"));
        Assert.Equal(0, Total(figures, "procedure-exits"));
        // Reflection document, attestation and A-card for each of the five.
        Assert.Equal(15, Total(figures, "documents-issued"));
        Assert.Equal([("Annex15ReflectionDocument", 5), ("AttestationOfImmatriculation", 5), ("ACard", 5)], RowTotals(Table(figures, "documents-issued.type-by-sex")));
        Assert.Equal(5, Total(figures, "registered-victims"));

        var path = Table(figures, "path");
        Assert.Equal([11, 6, 5, 5, 5, 0], path.GetProperty("rows").EnumerateArray().Select(r => r.GetProperty("cells")[0].GetProperty("value").GetInt32()).ToArray());
        var trend = Table(figures, "trend");
        Assert.Equal(["2014", "2015", "2016", "2017", "2018"], trend.GetProperty("columns").EnumerateArray().Select(c => c.GetProperty("code").GetString()!).ToArray());
        Assert.Equal(11, trend.GetProperty("rows")[0].GetProperty("cells")[4].GetProperty("value").GetInt32());

        foreach (var id in new[] { "persons-suspected", "persons-charged", "persons-convicted", "victims-compensated" })
        {
            var indicator = Indicator(figures, id);
            Assert.False(indicator.GetProperty("recorded").GetBoolean());
            Assert.Equal(JsonValueKind.Null, indicator.GetProperty("total").ValueKind);
            Assert.False(string.IsNullOrWhiteSpace(indicator.GetProperty("notRecordedReason").GetString()));
        }

        var page = await (await RapporteurSessionAsync()).Client.GetStringAsync("/Statistics?year=2018");
        Assert.Contains("data-testid=\"indicator-persons-convicted\"", page, StringComparison.Ordinal);
        Assert.Matches(new Regex("indicator-persons-convicted\"[^§]*?data-testid=\"not-recorded\""), page);
        Assert.Matches(new Regex("indicator-persons-detected\"[^§]*?<p class=\"figure\">11</p>"), page);
        Assert.Contains("<svg class=\"chart\"", page, StringComparison.Ordinal);
        Assert.DoesNotContain("style=", page, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_milestones_kept_with_each_procedure_give_the_figures_its_history_gives()
    {
        // A year of its own: women detected in 2013, most entering the procedure, some identified, one leaving.
        var persons = new List<Guid>();
        for (var i = 0; i < 9; i++)
        {
            persons.Add(await Seed.PersonAsync(new(2013, 2, 1 + i), "1050", "POL-ZP-BXL-IXL", HtcdsGender.Feminine, estimatedAge: 24, "NG",
                ExploitationPurpose.SexualExploitation, referred: true));
        }

        for (var i = 0; i < 8; i++)
        {
            await Seed.ProcedureAsync(persons[i], new(2013, 3, 1 + i), identifiedAfterDays: i < 6 ? 40 + i : null);
        }

        var kept = Figures(await KeyFiguresAsync(2013));
        Assert.Contains("\"persons-identified\"", kept, StringComparison.Ordinal);

        // As after an upgrade: no milestones of the current version, so each history is evaluated again.
        await app.WithDbAsync(db => db.Procedures.ExecuteUpdateAsync(s => s.SetProperty(p => p.MilestonesVersion, 0)
            .SetProperty(p => p.IdentifiedOn, (LocalDate?)null).SetProperty(p => p.DocumentHistory, "")));
        Assert.Equal(kept, Figures(await KeyFiguresAsync(2013)));

        // The refresh writes them back: the same figures again, and nothing left to refresh.
        Assert.True(await app.WithScopeAsync(sp => sp.GetRequiredService<MilestoneRefresh>().RunAsync(CancellationToken.None)) >= 8);
        Assert.Equal(kept, Figures(await KeyFiguresAsync(2013)));
        Assert.Equal(0, await app.WithScopeAsync(sp => sp.GetRequiredService<MilestoneRefresh>().RunAsync(CancellationToken.None)));

        static string Figures(JsonElement figures) => figures.GetProperty("indicators").GetRawText() + figures.GetProperty("tables").GetRawText();
    }

    [Fact]
    public async Task A_small_cell_is_withheld_and_no_total_gives_it_away()
    {
        for (var i = 0; i < 6; i++)
        {
            await Seed.PersonAsync(new(2019, 2, 1), "1000", "POL-ZP-BXL-IXL", HtcdsGender.Feminine, 25, "NG", ExploitationPurpose.SexualExploitation);
        }

        for (var i = 0; i < 2; i++)
        {
            await Seed.PersonAsync(new(2019, 2, 1), "1000", "POL-ZP-BXL-IXL", HtcdsGender.Masculine, 40, "MA", ExploitationPurpose.LabourExploitation);
        }

        var figures = await KeyFiguresAsync(2019);
        var table = Table(figures, "persons-detected.sex-by-age");
        var men = Cell(table, "Male", "Adult");
        Assert.Equal(JsonValueKind.Null, men.GetProperty("value").ValueKind);
        Assert.Equal("c", men.GetProperty("flag").GetString());
        Assert.Equal("Primary", men.GetProperty("withheld").GetString());
        // The adults' total is published, so the women's cell is withheld too: 8 - 6 would give the men away.
        Assert.Equal(8, table.GetProperty("grandTotal").GetProperty("value").GetInt32());
        Assert.Equal("c", Cell(table, "Female", "Adult").GetProperty("flag").GetString());
        Assert.Equal(8, Total(figures, "persons-detected"));
        Assert.DoesNotContain(Counts(Table(figures, "persons-detected.nationality")), c => c.Code == "MA");

        // In every published table with totals, no row or column has exactly one withheld entry.
        foreach (var t in figures.GetProperty("tables").EnumerateArray().Where(t => t.GetProperty("shape").GetString() != "Figures"))
        {
            foreach (var line in Lines(t))
            {
                Assert.True(line.Count(c => c.GetProperty("flag").ValueKind == JsonValueKind.String) != 1, $"{t.GetProperty("id").GetString()} has a line with one withheld entry");
            }
        }
    }

    [Fact]
    public async Task The_eurostat_file_has_a_flag_column_and_flags_withheld_cells_with_c()
    {
        for (var i = 0; i < 6; i++)
        {
            var woman = await Seed.PersonAsync(new(2020, 1, 15), "1000", "POL-ZP-BXL-IXL", HtcdsGender.Feminine, 22, "NG", ExploitationPurpose.SexualExploitation);
            await Seed.ProcedureAsync(woman, new(2020, 2, 1), identifiedAfterDays: null);
        }

        var man = await Seed.PersonAsync(new(2020, 1, 15), "1000", "POL-ZP-BXL-IXL", HtcdsGender.Masculine, 35, "MA", ExploitationPurpose.LabourExploitation);
        await Seed.ProcedureAsync(man, new(2020, 2, 1), identifiedAfterDays: null);

        var response = await app.ApiClient(await app.UserAsync(Role.RapporteurAnalyst)).GetAsync("/api/v1/statistics/eurostat.csv?year=2020");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/csv", response.Content.Headers.ContentType?.MediaType);
        var lines = (await response.Content.ReadAsStringAsync()).Split('\n', StringSplitOptions.RemoveEmptyEntries);

        Assert.Equal("year,sex,age,citizenship,exploitation,value,flag", lines[0]);
        Assert.Contains("2020,M,Y_GE18,NEU27_2020_FOR,LAB_EXP,,c", lines);
        Assert.Contains("2020,TOTAL,TOTAL,TOTAL,TOTAL,7,", lines);
        Assert.Contains("2020,F,Y_LT18,NAT,SEX_EXP,0,", lines);
        // 36 combinations of sex, age and citizenship by 7 forms and a total, then the totals line.
        Assert.Equal(1 + (37 * 8), lines.Length);
        Assert.All(lines.Skip(1), line =>
        {
            var fields = line.Split(',');
            Assert.Equal(7, fields.Length);
            Assert.True(fields[6] == "c" ? fields[5].Length == 0 : fields[6].Length == 0 && int.TryParse(fields[5], out _), line);
        });
    }

    [Fact]
    public async Task The_reports_stamp_changes_when_a_published_figure_changes_and_not_otherwise()
    {
        for (var i = 0; i < 5; i++)
        {
            await Seed.PersonAsync(new(2021, 6, 1), "4000", "POL-ZP-LIEGE", HtcdsGender.Feminine, 28, "RO", ExploitationPurpose.Begging);
        }

        var session = await RapporteurSessionAsync();
        var first = await StampAsync(session);
        var second = await StampAsync(session);
        Assert.Equal(first.Sha, second.Sha);
        Assert.Equal(OpenNrm.Domain.Statistics.StatisticsDefinitions.DefinitionsVersion, first.Version);
        Assert.Equal("2026.4", first.Version);

        // The stamp is the SHA-256 of report.csv: anyone can check a printed report against the file.
        var csv = await (await app.ApiClient(await app.UserAsync(Role.RapporteurAnalyst)).GetAsync("/api/v1/statistics/report.csv?year=2021")).Content.ReadAsByteArrayAsync();
        Assert.Equal(first.Sha, Convert.ToHexStringLower(SHA256.HashData(csv)));
        Assert.StartsWith("table,indicator,row,column,value,flag\n", Encoding.UTF8.GetString(csv), StringComparison.Ordinal);

        // A record outside the five years of the report changes no published figure.
        await Seed.PersonAsync(new(2012, 6, 1), "4000", "POL-ZP-LIEGE", HtcdsGender.Feminine, 28, "RO", ExploitationPurpose.Begging);
        Assert.Equal(first.Sha, (await StampAsync(session)).Sha);

        await Seed.PersonAsync(new(2021, 7, 1), "4000", "POL-ZP-LIEGE", HtcdsGender.Feminine, 28, "RO", ExploitationPurpose.Begging);
        Assert.NotEqual(first.Sha, (await StampAsync(session)).Sha);
    }

    [Fact]
    public async Task Durations_are_medians_and_quartiles_and_withheld_below_the_threshold()
    {
        for (var i = 1; i <= 5; i++)
        {
            var person = await Seed.PersonAsync(new(2022, 1, 3), "1000", "POL-ZP-BXL-IXL", HtcdsGender.Feminine, 30, "NG", ExploitationPurpose.SexualExploitation,
                referred: true, acknowledgedAfter: Duration.FromHours(i));
            await Seed.ProcedureAsync(person, new(2022, 1, 10), identifiedAfterDays: 10 * i);
        }

        var durations = Table(await KeyFiguresAsync(2022), "durations");
        Assert.Equal([5m, 2m, 3m, 4m], Values(durations, "detection-to-acknowledgement"));
        Assert.Equal([5m, 20m, 30m, 40m], Values(durations, "reflection-to-identification"));

        // One person acknowledged in 2023: a median of one person is that person's own wait.
        await Seed.PersonAsync(new(2023, 1, 3), "1000", "POL-ZP-BXL-IXL", HtcdsGender.Feminine, 30, "NG", ExploitationPurpose.SexualExploitation,
            referred: true, acknowledgedAfter: Duration.FromHours(7));
        var row = Table(await KeyFiguresAsync(2023), "durations").GetProperty("rows")[0];
        Assert.All(row.GetProperty("cells").EnumerateArray(), c => Assert.Equal("c", c.GetProperty("flag").GetString()));
    }

    [Fact]
    public async Task An_event_the_law_did_not_allow_counts_for_nothing()
    {
        // Five A-cards recorded straight after the reflection document, without attestation or the prosecutor's
        // confirmations: the evaluation rejects them, so no A-card and no document is counted for them.
        for (var i = 0; i < 5; i++)
        {
            var person = await Seed.PersonAsync(new(2025, 1, 5), "1000", "POL-ZP-BXL-IXL", HtcdsGender.Feminine, 30, "NG", ExploitationPurpose.SexualExploitation);
            await Seed.ProcedureAsync(person, new(2025, 1, 10), identifiedAfterDays: null, unlawfulACardOn: new(2025, 1, 11));
        }

        var figures = await KeyFiguresAsync(2025);
        Assert.Equal(5, Total(figures, "persons-entering-procedure"));
        Assert.Equal(0, Total(figures, "persons-first-a-card"));
        Assert.Equal(5, Total(figures, "documents-issued"));
        Assert.Equal([("Annex15ReflectionDocument", 5)], RowTotals(Table(figures, "documents-issued.type-by-sex")));
    }

    /// <summary>
    /// A differencing attack with two overlapping filters: Belgium and one judicial district. 10 persons detected in
    /// Antwerp and 2 in Brussels: Belgium shows 12; if Antwerp showed 10, Brussels' 2 would follow by subtraction.
    /// A district's figure is its cell of the national table by district, protected with the other districts.
    /// </summary>
    [Fact]
    public async Task Subtracting_a_districts_figures_from_the_national_ones_reveals_no_small_count()
    {
        for (var i = 0; i < 10; i++)
        {
            await Seed.PersonAsync(new(2004, 3, 1), "2000", "POL-ZP-ANTWERPEN", HtcdsGender.Masculine, 30, "IN", ExploitationPurpose.LabourExploitation);
        }

        for (var i = 0; i < 2; i++)
        {
            await Seed.PersonAsync(new(2004, 3, 1), "1000", "POL-ZP-BXL-IXL", HtcdsGender.Masculine, 30, "IN", ExploitationPurpose.LabourExploitation);
        }

        var session = await RapporteurSessionAsync();
        var national = await session.Client.GetStringAsync("/Statistics?year=2004");
        var antwerp = await session.Client.GetStringAsync("/Statistics?year=2004&District=Antwerp");
        var nationalFigure = Regex.Match(national, "indicator-persons-detected\"[^§]*?<p class=\"figure\">([^<]*)</p>").Groups[1].Value;
        var antwerpFigure = Regex.Match(antwerp, "indicator-persons-detected\"[^§]*?<p class=\"figure\">([^<]*)</p>").Groups[1].Value;
        Assert.False(int.TryParse(nationalFigure, out var n) && int.TryParse(antwerpFigure, out var a) && n - a is > 0 and < 5,
            $"Belgium {nationalFigure} minus Antwerp {antwerpFigure} gives a small count");
    }

    [Fact]
    public async Task The_dashboard_filters_by_judicial_district()
    {
        for (var i = 0; i < 5; i++)
        {
            await Seed.PersonAsync(new(2024, 3, 1), "1000", "POL-ZP-BXL-IXL", HtcdsGender.Feminine, 30, "NG", ExploitationPurpose.SexualExploitation);
        }

        for (var i = 0; i < 7; i++)
        {
            await Seed.PersonAsync(new(2024, 3, 1), "2000", "POL-ZP-ANTWERPEN", HtcdsGender.Masculine, 30, "IN", ExploitationPurpose.LabourExploitation);
        }

        var session = await RapporteurSessionAsync();
        var antwerp = await session.Client.GetAsync("/Statistics?year=2024&District=Antwerp");
        Assert.Equal(HttpStatusCode.OK, antwerp.StatusCode);
        Assert.Matches(new Regex("indicator-persons-detected\"[^§]*?<p class=\"figure\">7</p>"), await antwerp.Content.ReadAsStringAsync());
        var national = await session.Client.GetStringAsync("/Statistics?year=2024");
        Assert.Matches(new Regex("indicator-persons-detected\"[^§]*?<p class=\"figure\">12</p>"), national);

        var unknown = await session.Client.GetAsync("/Statistics?year=2024&District=Atlantis");
        Assert.Equal(HttpStatusCode.BadRequest, unknown.StatusCode);
        Assert.Contains("data-testid=\"errors\"", await unknown.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Every_export_and_view_is_audited_with_its_kind_and_year()
    {
        var analyst = await app.UserAsync(Role.RapporteurAnalyst);
        foreach (var path in Exports)
        {
            Assert.Equal(HttpStatusCode.OK, (await app.ApiClient(analyst).GetAsync(path + "?year=2017")).StatusCode);
        }

        var session = await RapporteurSessionAsync();
        var download = await session.Client.GetAsync("/Statistics/Export?kind=eurostat.csv&year=2017");
        Assert.Equal(HttpStatusCode.OK, download.StatusCode);
        Assert.Equal("attachment", download.Content.Headers.ContentDisposition?.DispositionType);
        Assert.Equal(HttpStatusCode.OK, (await session.Client.GetAsync("/Statistics/Report?year=2017")).StatusCode);

        var entries = new List<(AuditEventType Type, string? Details)>();
        await app.WithDbAsync(async db => entries = (await db.AuditEntries.Where(e => e.SubjectType == "Statistics" && e.SubjectId == "2017").ToListAsync())
            .Select(e => (e.Type, e.Details)).ToList());
        Assert.Equal(2, entries.Count(e => e.Type == AuditEventType.StatisticsEurostatExported && e.Details!.StartsWith("kind=eurostat.csv year=2017", StringComparison.Ordinal)));
        Assert.Single(entries, e => e.Type == AuditEventType.StatisticsKeyFiguresExported && e.Details!.StartsWith("kind=key-figures year=2017", StringComparison.Ordinal));
        Assert.Single(entries, e => e.Type == AuditEventType.StatisticsReportExported && e.Details!.StartsWith("kind=report.csv year=2017", StringComparison.Ordinal));
        Assert.Single(entries, e => e.Type == AuditEventType.StatisticsReportViewed);
    }

    [Fact]
    public async Task The_rapporteur_reads_and_exports_and_a_centre_caseworker_gets_neither()
    {
        var analyst = await app.UserAsync(Role.RapporteurAnalyst);
        var caseworker = await app.UserAsync(Role.CentreCaseworker);
        foreach (var path in Exports)
        {
            Assert.Equal(HttpStatusCode.OK, (await app.ApiClient(analyst).GetAsync(path + "?year=2025")).StatusCode);
            await ApiAccessTests.AssertProblem(await app.ApiClient(caseworker).GetAsync(path + "?year=2025"), HttpStatusCode.Forbidden);
        }

        var rapporteur = await RapporteurSessionAsync();
        var centre = new BrowserSession(app.BrowserClient());
        Assert.Equal(HttpStatusCode.Redirect, (await centre.SignInAsync(await app.CreateUserAsync(Role.CentreCaseworker, "CENTRE-PAGASA"))).StatusCode);
        foreach (var path in Pages)
        {
            Assert.Equal(HttpStatusCode.OK, (await rapporteur.Client.GetAsync(path + "?year=2025")).StatusCode);
            var denied = await centre.Client.GetAsync(path + "?year=2025");
            Assert.Equal(HttpStatusCode.Redirect, denied.StatusCode);
            Assert.Contains("/Account/AccessDenied", denied.Headers.Location!.OriginalString, StringComparison.Ordinal);
        }

        var home = await rapporteur.Client.GetStringAsync("/");
        Assert.Contains("href=\"/Statistics\"", home, StringComparison.Ordinal);
        Assert.DoesNotContain("href=\"/Statistics\"", await centre.Client.GetStringAsync("/"), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("1800")]
    [InlineData("abc")]
    [InlineData("3000")]
    [InlineData("20 24")]
    public async Task A_bad_year_is_a_problem_naming_the_year_and_nothing_is_exported(string year)
    {
        var analyst = await app.UserAsync(Role.RapporteurAnalyst);
        var before = await StatisticsAuditCountAsync();
        foreach (var path in Exports)
        {
            var response = await app.ApiClient(analyst).GetAsync(path + "?year=" + Uri.EscapeDataString(year));
            await ApiAccessTests.AssertProblem(response, HttpStatusCode.BadRequest);
            Assert.True((await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors").TryGetProperty("year", out _));
        }

        await ApiAccessTests.AssertProblem(await app.ApiClient(analyst).GetAsync(Exports[0]), HttpStatusCode.BadRequest);
        var session = await RapporteurSessionAsync();
        foreach (var path in Pages)
        {
            var page = await session.Client.GetAsync(path + "?kind=report.csv&year=" + Uri.EscapeDataString(year));
            Assert.Equal(HttpStatusCode.BadRequest, page.StatusCode);
            Assert.Contains("data-testid=\"errors\"", await page.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        }

        Assert.Equal(before, await StatisticsAuditCountAsync());
    }

    private async Task<JsonElement> KeyFiguresAsync(int year)
    {
        var response = await app.ApiClient(await app.UserAsync(Role.RapporteurAnalyst)).GetAsync($"/api/v1/statistics/key-figures?year={year}");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return await response.Content.ReadFromJsonAsync<JsonElement>();
    }

    private async Task<BrowserSession> RapporteurSessionAsync()
    {
        // A fresh account per session: each sign-in spends a one-time code of its own authenticator.
        var session = new BrowserSession(app.BrowserClient());
        Assert.Equal(HttpStatusCode.Redirect, (await session.SignInAsync(await app.CreateUserAsync(Role.RapporteurAnalyst, "MYRIA"))).StatusCode);
        return session;
    }

    private static async Task<(string Sha, string Version)> StampAsync(BrowserSession session)
    {
        var html = await session.Client.GetStringAsync("/Statistics/Report?year=2021");
        return (Sha256Regex().Match(html).Groups[1].Value, VersionRegex().Match(html).Groups[1].Value);
    }

    private async Task<int> StatisticsAuditCountAsync()
    {
        var count = 0;
        await app.WithDbAsync(async db => count = await db.AuditEntries.CountAsync(e => e.SubjectType == "Statistics"));
        return count;
    }

    private static JsonElement Indicator(JsonElement figures, string id) =>
        figures.GetProperty("indicators").EnumerateArray().Single(i => i.GetProperty("id").GetString() == id);

    private static int Total(JsonElement figures, string id) => Indicator(figures, id).GetProperty("total").GetProperty("value").GetInt32();

    private static JsonElement Table(JsonElement figures, string id) =>
        figures.GetProperty("tables").EnumerateArray().Single(t => t.GetProperty("id").GetString() == id);

    private static JsonElement Cell(JsonElement table, string row, string column)
    {
        var c = table.GetProperty("columns").EnumerateArray().Select((l, i) => (l, i)).Single(x => x.l.GetProperty("code").GetString() == column).i;
        return table.GetProperty("rows").EnumerateArray().Single(r => r.GetProperty("label").GetProperty("code").GetString() == row).GetProperty("cells")[c];
    }

    /// <summary>The non-zero published counts of a one-column table, in its row order.</summary>
    private static (string Code, int Count)[] Counts(JsonElement table) =>
        [.. table.GetProperty("rows").EnumerateArray()
            .Select(r => (r.GetProperty("label").GetProperty("code").GetString()!, r.GetProperty("cells")[0].GetProperty("value")))
            .Where(r => r.Item2.ValueKind == JsonValueKind.Number && r.Item2.GetInt32() > 0)
            .Select(r => (r.Item1, r.Item2.GetInt32()))];

    private static (string Code, int Count)[] RowTotals(JsonElement table) =>
        [.. table.GetProperty("rows").EnumerateArray()
            .Select(r => (r.GetProperty("label").GetProperty("code").GetString()!, r.GetProperty("total").GetProperty("value").GetInt32()))
            .Where(r => r.Item2 > 0)];

    private static decimal[] Values(JsonElement table, string row) =>
        [.. table.GetProperty("rows").EnumerateArray().Single(r => r.GetProperty("label").GetProperty("code").GetString() == row)
            .GetProperty("cells").EnumerateArray().Select(c => c.GetProperty("value").GetDecimal())];

    /// <summary>Every row and every column of a table with its total, the totals row and column included.</summary>
    private static IEnumerable<List<JsonElement>> Lines(JsonElement table)
    {
        var rows = table.GetProperty("rows").EnumerateArray().Select(r => r.GetProperty("cells").EnumerateArray().Append(r.GetProperty("total")).ToList()).ToList();
        rows.Add([.. table.GetProperty("columnTotals").EnumerateArray(), table.GetProperty("grandTotal")]);
        foreach (var row in rows)
        {
            yield return row;
        }

        for (var c = 0; c < rows[0].Count; c++)
        {
            yield return [.. rows.Select(r => r[c])];
        }
    }

    [GeneratedRegex("data-testid=\"sha256\">([0-9a-f]{64})<")]
    private static partial Regex Sha256Regex();

    [GeneratedRegex("data-testid=\"definitions-version\">([^<]+)<")]
    private static partial Regex VersionRegex();
}
