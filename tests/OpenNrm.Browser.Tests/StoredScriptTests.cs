using System.Globalization;
using System.Text.RegularExpressions;
using Microsoft.Playwright;
using OpenNrm.Domain.Access;

namespace OpenNrm.Browser.Tests;

/// <summary>
/// Script typed into the texts people enter stays text on every page that shows it: a signal's place, circumstances
/// and person's name (the signal, the lists, the file), and the rapporteur's own sections (their page and the
/// printable report). A dialog opened by any of them fails the test.
/// </summary>
public sealed class StoredScriptTests(DemoServer server) : IClassFixture<DemoServer>
{
    private const string Payload = "<img src=x onerror=alert(1)><script>alert(2)</script>";

    [Fact]
    public async Task Script_in_a_signal_stays_text_on_the_signal_the_lists_and_the_file()
    {
        var page = await server.SignedInPageAsync(Role.FrontlineOfficer);
        var dialogs = CountDialogs(page);
        await page.GotoAsync("/Detection/Record");
        await page.GetByLabel("Municipality").FillAsync("Ixelles " + Payload);
        await page.GetByLabel("Circumstances").FillAsync("Seen at night. " + Payload);
        await page.GetByLabel("Name of the person (as given)").FillAsync("Grace " + Payload);
        await page.GetByLabel("Nationality (two-letter code)").FillAsync("NG");
        await page.GetByLabel("Estimated age").FillAsync("24");
        await page.GetByRole(AriaRole.Button, new() { Name = "Record the signal" }).ClickAsync();

        await Assertions.Expect(page).ToHaveURLAsync(new Regex("/Detection/Signal\\?id="));
        await Assertions.Expect(page.GetByText("Ixelles " + Payload).First).ToBeVisibleAsync();
        await page.GetByTestId("person").Locator("h2 a").ClickAsync();
        await Assertions.Expect(page.GetByText("Grace " + Payload).First).ToBeVisibleAsync();
        await page.GotoAsync("/Detection/Signals");
        await Assertions.Expect(page.GetByTestId("signal-row").Filter(new() { HasText = "Ixelles " + Payload }).First).ToBeVisibleAsync();
        Assert.Equal(0, dialogs());
    }

    [Fact]
    public async Task Script_in_the_rapporteurs_sections_stays_text_on_their_page_and_the_printable_report()
    {
        var page = await server.SignedInPageAsync(Role.RapporteurAnalyst);
        var dialogs = CountDialogs(page);
        var year = (DateTime.UtcNow.Year - 3).ToString(CultureInfo.InvariantCulture);
        await page.GotoAsync("/Statistics/Sections?year=" + year);
        await page.GetByLabel("Trends and victim profiles").FillAsync("Trend. " + Payload);
        await page.GetByRole(AriaRole.Button, new() { Name = "Save" }).ClickAsync();
        await page.GotoAsync("/Statistics/Sections?year=" + year);
        await Assertions.Expect(page.GetByLabel("Trends and victim profiles")).ToHaveValueAsync("Trend. " + Payload);
        await page.GotoAsync("/Statistics/Report?year=" + year);
        await Assertions.Expect(page.GetByText("Trend. " + Payload)).ToBeVisibleAsync();
        Assert.Equal(0, dialogs());
    }

    /// <summary>Counts every dialog the page opens (and dismisses it, so that the page goes on).</summary>
    private static Func<int> CountDialogs(IPage page)
    {
        var count = 0;
        page.Dialog += async (_, dialog) =>
        {
            Interlocked.Increment(ref count);
            await dialog.DismissAsync();
        };
        return () => count;
    }
}
