using System.Globalization;
using System.Text.RegularExpressions;
using Microsoft.Playwright;
using OpenNrm.Domain.Access;

namespace OpenNrm.Browser.Tests;

/// <summary>The national rapporteur's yearly work: the dashboard, another year, then the annual report as a Word file, generated with its progress shown.</summary>
public sealed class RapporteurScenarioTests(DemoServer server) : IClassFixture<DemoServer>
{
    [Fact]
    public async Task The_rapporteur_opens_the_dashboard_changes_the_year_and_downloads_the_annual_report()
    {
        var page = await server.SignedInPageAsync(Role.RapporteurAnalyst);
        await page.GotoAsync("/Statistics");
        var shown = int.Parse(await page.GetByRole(AriaRole.Textbox, new() { Name = "Year" }).InputValueAsync(), CultureInfo.InvariantCulture);
        var earlier = (shown - 1).ToString(CultureInfo.InvariantCulture);

        await page.GetByRole(AriaRole.Textbox, new() { Name = "Year" }).FillAsync(earlier);
        await page.GetByRole(AriaRole.Button, new() { Name = "Show" }).ClickAsync();
        await Assertions.Expect(page).ToHaveURLAsync(new Regex("[?&]Year=" + earlier));
        await Assertions.Expect(page.GetByRole(AriaRole.Link, new() { Name = "Printable key figures" })).ToHaveAttributeAsync("href", "/Statistics/Report?year=" + earlier);
        // Charts come with their tables: the five-year trend is there to read without the picture.
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Five-year trend" })).ToBeVisibleAsync();

        await page.GetByRole(AriaRole.Link, new() { Name = "Exports" }).ClickAsync();
        // The report is generated in the background: a progress page, then the file to download.
        await page.GetByRole(AriaRole.Button, new() { Name = "The annual report, editable (Word, DOCX)" }).ClickAsync();
        await Assertions.Expect(page).ToHaveURLAsync(new Regex("/Statistics/Run\\?id="));
        var ready = page.GetByRole(AriaRole.Link, new() { Name = "Download the file" });
        await Assertions.Expect(ready).ToBeVisibleAsync(new() { Timeout = 60_000 });
        await Assertions.Expect(page.Locator("progress")).ToHaveAttributeAsync("value", "4");
        var download = await page.RunAndWaitForDownloadAsync(() => ready.ClickAsync());
        Assert.EndsWith(".docx", download.SuggestedFilename, StringComparison.Ordinal);
        Assert.Contains(earlier, download.SuggestedFilename, StringComparison.Ordinal);
        var path = Path.Combine(Path.GetTempPath(), "onrm-report-" + Guid.NewGuid().ToString("N") + ".docx");
        await download.SaveAsAsync(path);
        try
        {
            // A Word document is a zip package holding word/document.xml.
            using var package = System.IO.Compression.ZipFile.OpenRead(path);
            Assert.Contains(package.Entries, e => e.FullName == "word/document.xml");
        }
        finally
        {
            File.Delete(path);
        }
    }
}
