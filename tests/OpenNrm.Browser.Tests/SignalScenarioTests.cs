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

    [Fact]
    public async Task A_police_officer_refers_a_person_and_the_centre_caseworker_acknowledges()
    {
        var police = await server.SignedInPageAsync(Role.FrontlineOfficer);
        await police.GotoAsync("/Detection/Record");
        await police.GetByLabel("Municipality").FillAsync("Brussels");
        await police.GetByLabel("Postal code").FillAsync("1000");
        await police.GetByLabel("Name of the person (as given)").FillAsync("Mercy Adeyemi");
        await police.GetByLabel("Nationality (two-letter code)").FillAsync("NG");
        await police.GetByLabel("Estimated age").FillAsync("27");
        await police.GetByRole(AriaRole.Button, new() { Name = "Record the signal" }).ClickAsync();
        await Assertions.Expect(police).ToHaveURLAsync(new Regex("/Detection/Signal\\?id="));
        var reference = await police.GetByTestId("person").Locator("h2 a").InnerTextAsync();

        await police.GetByRole(AriaRole.Button, new() { Name = "Refer to the centre" }).ClickAsync();
        await Assertions.Expect(police.GetByTestId("referral-status")).ToContainTextAsync("PAG-ASA");
        // Referring carried out the duty to refer.
        await Assertions.Expect(police.GetByRole(AriaRole.Button, new() { Name = "Mark as done" })).ToHaveCountAsync(3);

        var centre = await server.SignedInPageAsync(Role.CentreCaseworker);
        await centre.GotoAsync("/Referrals");
        var row = centre.GetByTestId("referral").Filter(new() { HasText = reference });
        await Assertions.Expect(row).ToContainTextAsync("Due");
        await row.GetByRole(AriaRole.Button, new() { Name = "Acknowledge" }).ClickAsync();
        await Assertions.Expect(centre.GetByTestId("referral").Filter(new() { HasText = reference })).ToContainTextAsync("Met");
    }
}
