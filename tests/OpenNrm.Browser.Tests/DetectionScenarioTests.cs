using System.Text.RegularExpressions;
using Microsoft.Playwright;
using OpenNrm.Domain.Access;

namespace OpenNrm.Browser.Tests;

/// <summary>
/// Two workers found on a site at night, one of them an unaccompanied boy: the officer records both, sees what the
/// law asks for each, opens the leaflet in French for the boy, refers him; the centre's caseworker acknowledges.
/// </summary>
public sealed class DetectionScenarioTests(DemoServer server) : IClassFixture<DemoServer>
{
    [Fact]
    public async Task An_officer_records_two_persons_opens_the_leaflet_in_french_and_the_centre_acknowledges_the_referral()
    {
        var police = await server.SignedInPageAsync(Role.FrontlineOfficer);
        await police.GotoAsync("/Detection/Record");
        await police.GetByLabel("Municipality").FillAsync("Molenbeek-Saint-Jean");
        await police.GetByLabel("Postal code").FillAsync("1080");
        var first = police.GetByTestId("person-form").Nth(0);
        await first.GetByLabel("Name of the person (as given)").FillAsync("Kwame Asante");
        await first.GetByLabel("Nationality (two-letter code)").FillAsync("GH");
        await first.GetByLabel("Estimated age").FillAsync("34");
        await police.GetByRole(AriaRole.Button, new() { Name = "Add a person" }).ClickAsync();

        // What was typed survives the round trip; the second person gets fields of their own.
        await Assertions.Expect(police.GetByTestId("person-form")).ToHaveCountAsync(2);
        await Assertions.Expect(police.GetByTestId("person-form").Nth(0).GetByLabel("Name of the person (as given)")).ToHaveValueAsync("Kwame Asante");
        var second = police.GetByTestId("person-form").Nth(1);
        await second.GetByLabel("Name of the person (as given)").FillAsync("Moussa Diallo");
        await second.GetByLabel("Nationality (two-letter code)").FillAsync("GN");
        await second.GetByLabel("Language (two-letter code)").FillAsync("fr");
        await second.GetByLabel("Estimated age").FillAsync("15");
        await second.GetByLabel("Unaccompanied minor").CheckAsync();
        await police.GetByRole(AriaRole.Button, new() { Name = "Record the signal" }).ClickAsync();

        await Assertions.Expect(police).ToHaveURLAsync(new Regex("/Detection/Signal\\?id="));
        var persons = police.GetByTestId("person");
        await Assertions.Expect(persons).ToHaveCountAsync(2);
        await Assertions.Expect(persons.Nth(0).Locator("tbody tr")).ToHaveCountAsync(4);
        await Assertions.Expect(persons.Nth(1).Locator("tbody tr")).ToHaveCountAsync(5);
        await Assertions.Expect(persons.Nth(1)).ToContainTextAsync("Report to guardianship service");
        var boy = await persons.Nth(1).Locator("h2 a").InnerTextAsync();

        await persons.Nth(1).GetByRole(AriaRole.Button, new() { Name = "Refer to the centre" }).ClickAsync();
        await Assertions.Expect(police.GetByTestId("person").Nth(1).GetByTestId("referral-status")).ToContainTextAsync("PAG-ASA");

        await police.GetByTestId("person").Nth(1).GetByRole(AriaRole.Link, new() { Name = "Leaflet" }).ClickAsync();
        await police.Locator("a[hreflang=fr]").ClickAsync();
        var leaflet = police.GetByTestId("leaflet");
        await Assertions.Expect(leaflet).ToHaveAttributeAsync("lang", "fr");
        await Assertions.Expect(leaflet).ToContainTextAsync("victime");

        var centre = await server.SignedInPageAsync(Role.CentreCaseworker);
        await centre.GotoAsync("/Referrals");
        // A French-speaking minor detected in Brussels: PAG-ASA together with Esperanto (the routing rules).
        var row = centre.GetByTestId("referral").Filter(new() { HasText = boy });
        await Assertions.Expect(row).ToContainTextAsync("Esperanto");
        await row.GetByRole(AriaRole.Button, new() { Name = "Acknowledge" }).ClickAsync();
        await Assertions.Expect(centre.GetByTestId("referral").Filter(new() { HasText = boy })).ToContainTextAsync("Met");
    }
}
