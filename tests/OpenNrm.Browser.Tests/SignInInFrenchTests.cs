using System.Text.RegularExpressions;
using Microsoft.Playwright;
using OpenNrm.Domain.Access;
using OpenNrm.Web.Features.Access;

namespace OpenNrm.Browser.Tests;

/// <summary>What a newcomer does first: sign in with a demo account and its second factor, then read the interface in French.</summary>
public sealed class SignInInFrenchTests(DemoServer server) : IClassFixture<DemoServer>
{
    [Fact]
    public async Task A_caseworker_signs_in_with_the_second_factor_and_switches_to_french()
    {
        var page = await server.Browser.NewPageAsync(new BrowserNewPageOptions { BaseURL = server.BaseUrl });
        var errors = new List<string>();
        page.Console += (_, message) =>
        {
            if (message.Type == "error")
            {
                errors.Add(message.Text + " " + message.Location);
            }
        };

        await page.GotoAsync("/");
        await Assertions.Expect(page).ToHaveURLAsync(new Regex("/Account/Login"));
        var email = DemoAccounts.EmailFor(Role.CentreCaseworker);
        await page.GetByLabel("E-mail address").FillAsync(email);
        await page.GetByLabel("Password").FillAsync(DemoAccounts.Password);
        await page.GetByRole(AriaRole.Button, new() { Name = "Continue" }).ClickAsync();

        await Assertions.Expect(page).ToHaveURLAsync(new Regex("/Account/LoginWith2fa"));
        // A newcomer has no authenticator app: the demo hint must be a code the server really accepts.
        var hint = await page.GetByTestId("demo-code").TextContentAsync();
        Assert.Matches("^[0-9]{6}$", hint);
        await page.GetByLabel("Authentication code").FillAsync(hint!);
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign in" }).ClickAsync();

        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToContainTextAsync("Welcome, Demo CentreCaseworker");
        await page.GetByLabel("Language").SelectOptionAsync("fr");
        await Assertions.Expect(page.Locator("html")).ToHaveAttributeAsync("lang", "fr");
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToContainTextAsync("Bienvenue");
        await Assertions.Expect(page.GetByRole(AriaRole.Button, new() { Name = "Se déconnecter" })).ToBeVisibleAsync();
        Assert.Empty(errors);
    }

    [Fact]
    public async Task A_stored_script_in_an_organisation_name_stays_inert()
    {
        var page = await server.SignedInPageAsync(Role.Administrator);
        var dialogs = 0;
        page.Dialog += async (_, dialog) =>
        {
            dialogs++;
            await dialog.DismissAsync();
        };
        await page.GotoAsync("/Admin/OrganisationEdit");
        await page.GetByLabel("Code").FillAsync("XSS-TEST");
        await page.GetByLabel("Name").FillAsync("<img src=x onerror=alert(1)><script>alert(2)</script>");
        await page.GetByRole(AriaRole.Button, new() { Name = "Save" }).ClickAsync();
        await Assertions.Expect(page).ToHaveURLAsync(new Regex("/Admin/Organisations$"));
        await Assertions.Expect(page.GetByText("<img src=x onerror=alert(1)>", new() { Exact = false })).ToBeVisibleAsync();
        Assert.Equal(0, dialogs);
    }
}
