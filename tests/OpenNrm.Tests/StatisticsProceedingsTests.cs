using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using OpenNrm.Domain.Access;
using OpenNrm.Domain.Detection;
using OpenNrm.Tests.Infrastructure;

namespace OpenNrm.Tests;

/// <summary>
/// The proceedings indicators through the real host on each database: the register's cases read back, counted as
/// counted by hand (<see cref="ProceedingsDataset"/>), small counts withheld in the JSON and on the page, and the
/// prosecutors' imported figures shown next to the computed ones with their source.
/// </summary>
public abstract partial class StatisticsTests
{
    [Fact]
    public async Task The_register_gives_the_proceedings_figures_after_disclosure_control_beside_the_imported_ones()
    {
        var files = new List<Guid>();
        foreach (var v in ProceedingsDataset.Victims)
        {
            files.Add(await Seed.PersonAsync(ProceedingsDataset.DetectedOn, v.PostalCode, v.Organisation, v.Woman ? HtcdsGender.Feminine : HtcdsGender.Masculine,
                v.Age, v.Nationality, v.Purpose));
        }

        foreach (var c in ProceedingsDataset.Cases)
        {
            await Seed.CaseAsync(c, files);
        }

        var analyst = app.ApiClient(await app.UserAsync(Role.RapporteurAnalyst));
        var prosecutors = $"""
            year,indicator,dimension,value,count
            {ProceedingsDataset.Year},proceedings-opened,TOTAL,TOTAL,31
            """;
        var staged = await analyst.PostAsync($"/api/v1/statistics/imports?source=prosecutors&year={ProceedingsDataset.Year}", new StringContent(prosecutors, Encoding.UTF8, "text/csv"));
        Assert.Equal(HttpStatusCode.Created, staged.StatusCode);
        var batch = (await staged.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("batch").GetProperty("id").GetGuid();
        Assert.Equal(HttpStatusCode.OK, (await analyst.PostAsync($"/api/v1/statistics/imports/{batch}/commit", null)).StatusCode);

        var figures = await KeyFiguresAsync(ProceedingsDataset.Year);

        Assert.Equal(6, Total(figures, "proceedings-opened"));
        Assert.Equal(8, Total(figures, "victims-in-proceedings"));
        Assert.Equal("Primary", Cell(Table(figures, "victims-in-proceedings.sex-by-age"), "Male", "Adult").GetProperty("withheld").GetString());
        var exploitation = Table(figures, "proceedings-opened.exploitation");
        Assert.All(new[] { "SexualExploitation", "LabourExploitation", "NotRecorded" }, code => Assert.Equal("c", Row(exploitation, code).GetProperty("flag").GetString()));
        Assert.Equal("c", Row(Table(figures, "proceedings-opened.judicial-district"), "Antwerp").GetProperty("flag").GetString());

        // Four cases charged, three judgments, two dismissals: each a count from 1 to 4, shown only as c.
        foreach (var id in new[] { "proceedings-charged", "conviction-judgments", "proceedings-dismissed" })
        {
            var total = Indicator(figures, id).GetProperty("total");
            Assert.True(Indicator(figures, id).GetProperty("recorded").GetBoolean());
            Assert.Equal(JsonValueKind.Null, total.GetProperty("value").ValueKind);
            Assert.Equal("c", total.GetProperty("flag").GetString());
        }

        // The College's count stands next to the register's, each saying where it comes from.
        var computed = Indicator(figures, "proceedings-opened");
        Assert.Equal(JsonValueKind.Null, computed.GetProperty("importedFrom").ValueKind);
        var imported = Indicator(figures, "proceedings-opened.prosecutors");
        Assert.Equal(31, imported.GetProperty("total").GetProperty("value").GetInt32());
        Assert.Equal("prosecutors", imported.GetProperty("importedFrom").GetProperty("source").GetString());
        var ids = figures.GetProperty("indicators").EnumerateArray().Select(i => i.GetProperty("id").GetString()).ToList();
        Assert.Equal(ids.IndexOf("proceedings-opened") + 1, ids.IndexOf("proceedings-opened.prosecutors"));
        Assert.False(Indicator(figures, "persons-charged").GetProperty("recorded").GetBoolean());

        var csv = await analyst.GetStringAsync($"/api/v1/statistics/report.csv?year={ProceedingsDataset.Year}");
        Assert.Contains("proceedings-charged.charges-by-route,proceedings-charged,TOTAL,TOTAL,,c\n", csv, StringComparison.Ordinal);
        Assert.Contains("proceedings-opened.exploitation,proceedings-opened,TOTAL,count,6,\n", csv, StringComparison.Ordinal);

        var session = await RapporteurSessionAsync();
        var page = await session.Client.GetStringAsync($"/Statistics?year={ProceedingsDataset.Year}");
        Assert.Contains("<p class=\"figure\">6</p>", Section(page, "proceedings-opened"), StringComparison.Ordinal);
        Assert.Contains("<p class=\"figure\">&lt;5</p>", Section(page, "proceedings-charged"), StringComparison.Ordinal);
        Assert.Contains("data-testid=\"imported-from\">Imported from the College of Prosecutors-General", Section(page, "proceedings-opened.prosecutors"), StringComparison.Ordinal);
        var antwerp = await session.Client.GetStringAsync($"/Statistics?year={ProceedingsDataset.Year}&District=Antwerp");
        Assert.Contains("<p class=\"figure\">&lt;5</p>", Section(antwerp, "proceedings-opened"), StringComparison.Ordinal);
        Assert.DoesNotContain("proceedings-opened.prosecutors", antwerp, StringComparison.Ordinal);
    }

    /// <summary>The dashboard's section of one indicator.</summary>
    private static string Section(string page, string id)
    {
        var start = page.IndexOf($"data-testid=\"indicator-{id}\"", StringComparison.Ordinal);
        Assert.True(start >= 0, $"no section for {id}");
        return page[start..page.IndexOf("</section>", start, StringComparison.Ordinal)];
    }

    private static JsonElement Row(JsonElement table, string code) =>
        table.GetProperty("rows").EnumerateArray().Single(r => r.GetProperty("label").GetProperty("code").GetString() == code).GetProperty("cells")[0];
}
