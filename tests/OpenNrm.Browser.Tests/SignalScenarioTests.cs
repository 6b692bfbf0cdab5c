using System.Text.RegularExpressions;
using Microsoft.Playwright;
using OpenNrm.Domain.Access;

namespace OpenNrm.Browser.Tests;

/// <summary>A police officer records what they saw, learns the four duties for a third-country national, and ticks one off.</summary>
public sealed class SignalScenarioTests(DemoServer server) : IClassFixture<DemoServer>
{
    [Fact]
    public async Task A_police_officer_records_a_signal_and_carries_out_a_duty()
    {
        var page = await server.SignedInPageAsync(Role.FrontlineOfficer);
        await page.GetByRole(AriaRole.Navigation).GetByRole(AriaRole.Link, new() { Name = "Record a signal" }).ClickAsync();
        await page.GetByLabel("Municipality").FillAsync("Anderlecht");
        await page.GetByLabel("Name of the person (as given)").FillAsync("Grace Okoro");
        await page.GetByLabel("Nationality (two-letter code)").FillAsync("NG");
        await page.GetByLabel("Estimated age").FillAsync("24");
        await page.GetByRole(AriaRole.Button, new() { Name = "Record the signal" }).ClickAsync();

        await Assertions.Expect(page).ToHaveURLAsync(new Regex("/Detection/Signal\\?id="));
        var duties = page.GetByTestId("person").Locator("tbody tr");
        await Assertions.Expect(duties).ToHaveCountAsync(4);
        await Assertions.Expect(duties.Nth(3)).ToContainTextAsync("Send administrative report to immigration office");
        await duties.Nth(0).GetByRole(AriaRole.Button, new() { Name = "Mark as done" }).ClickAsync();
        await Assertions.Expect(page.GetByTestId("person").Locator("tbody tr").Nth(0).GetByRole(AriaRole.Button)).ToHaveCountAsync(0);
        await Assertions.Expect(page.GetByRole(AriaRole.Button, new() { Name = "Mark as done" })).ToHaveCountAsync(3);
    }
}
