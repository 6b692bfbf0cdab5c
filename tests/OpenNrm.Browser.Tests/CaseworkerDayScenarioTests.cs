using System.Text.RegularExpressions;
using Microsoft.Playwright;
using OpenNrm.Domain.Access;

namespace OpenNrm.Browser.Tests;

/// <summary>
/// A centre caseworker's day: open the support of a newly referred person, plan an action, house them in the
/// centre's shelter, write a note, and tick off the task the day held. Each step is checked on the page it shows.
/// </summary>
public sealed class CaseworkerDayScenarioTests(DemoServer server) : IClassFixture<DemoServer>
{
    [Fact]
    public async Task A_caseworker_supports_a_person_through_the_day_and_completes_a_task()
    {
        // The coordinator has registered the centre's shelter beforehand: caseworkers house people, coordinators keep shelters.
        var shelter = "Day house " + Guid.NewGuid().ToString("N")[..6];
        var coordinator = await server.SignedInPageAsync(Role.CentreCoordinator);
        await coordinator.GotoAsync("/Assistance/Shelters");
        await coordinator.GetByText("Register a shelter").ClickAsync();
        await coordinator.GetByLabel("Label (it must not say where the shelter is)").FillAsync(shelter);
        await coordinator.GetByLabel("Places").FillAsync("3");
        await coordinator.GetByLabel("Address (encrypted; never shown in lists)").FillAsync("Rue Discrète 5");
        await coordinator.GetByRole(AriaRole.Button, new() { Name = "Register the shelter" }).ClickAsync();
        await Assertions.Expect(coordinator.GetByText(shelter)).ToBeVisibleAsync();

        var page = await server.SignedInPageAsync(Role.CentreCaseworker);
        await page.GotoAsync("/Cases");
        await page.GetByText("Open a file").ClickAsync();
        await page.GetByLabel("Name of the person (as given)").FillAsync("Ama Dayscenario");
        await page.GetByRole(AriaRole.Button, new() { Name = "Open the file" }).ClickAsync();
        await Assertions.Expect(page).ToHaveURLAsync(new Regex("/Cases/Detail"));
        var reference = (await page.GetByRole(AriaRole.Heading, new() { Level = 1 }).InnerTextAsync()).Trim();

        // Open the support case.
        await page.GetByRole(AriaRole.Navigation).GetByRole(AriaRole.Link, new() { Name = "Assistance", Exact = true }).ClickAsync();
        await page.GetByText("Open a support case").ClickAsync();
        await page.GetByLabel("File", new() { Exact = true }).SelectOptionAsync(new SelectOptionValue { Label = reference });
        await page.GetByRole(AriaRole.Button, new() { Name = "Open the support case" }).ClickAsync();
        await Assertions.Expect(page).ToHaveURLAsync(new Regex("/Assistance/Case\\?id="));
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync($"Support case {reference}");
        await Assertions.Expect(page.GetByTestId("support-status")).ToHaveTextAsync("Active");
        var caseUrl = new Uri(page.Url).PathAndQuery;

        // Plan an action.
        await page.GetByText("Plan an action").ClickAsync();
        await page.GetByLabel("Assistance", new() { Exact = true }).SelectOptionAsync("Subsistence");
        await page.GetByLabel("Provider (the centre, a PCSW, a lawyer's office)").FillAsync("CPAS d'Ixelles");
        await page.GetByRole(AriaRole.Button, new() { Name = "Plan the action" }).ClickAsync();
        await Assertions.Expect(page.GetByTestId("plan-action")).ToHaveCountAsync(1);
        await Assertions.Expect(page.GetByTestId("plan-action")).ToContainTextAsync("CPAS d'Ixelles");
        await Assertions.Expect(page.GetByTestId("plan-action")).ToContainTextAsync("Planned");

        // Place the person in the shelter.
        await page.GetByText("House the person in a shelter").ClickAsync();
        await page.GetByLabel("Shelter", new() { Exact = true }).SelectOptionAsync(new SelectOptionValue { Label = $"{shelter}: 3 of 3 places free tonight" });
        await page.GetByRole(AriaRole.Button, new() { Name = "Admit" }).ClickAsync();
        await Assertions.Expect(page.GetByTestId("stay")).ToHaveCountAsync(1);
        await Assertions.Expect(page.GetByTestId("stay")).ToContainTextAsync(shelter);
        await Assertions.Expect(page.GetByText("Rue Discrète")).ToHaveCountAsync(0);

        // Write a note.
        await page.GetByLabel("Note", new() { Exact = true }).FillAsync("Arrived at the shelter; first interview tomorrow with an interpreter.");
        await page.GetByRole(AriaRole.Button, new() { Name = "Add the note" }).ClickAsync();
        await Assertions.Expect(page.GetByTestId("general-note")).ToContainTextAsync("Arrived at the shelter; first interview tomorrow with an interpreter.");

        // The day's task, added on the case and kept for the caseworker.
        await page.GetByText("Add a task").ClickAsync();
        await page.GetByLabel("What is to be done").FillAsync("Book a Twi interpreter for the first interview");
        await page.GetByRole(AriaRole.Button, new() { Name = "Add the task" }).ClickAsync();
        await Assertions.Expect(page).ToHaveURLAsync(new Regex("/Assistance/Case\\?id="));
        await Assertions.Expect(page.GetByTestId("case-task")).ToContainTextAsync("Book a Twi interpreter for the first interview");
        await Assertions.Expect(page.GetByTestId("case-task")).ToContainTextAsync("Demo");

        // Complete it from "My tasks", where it stands among the day's work.
        await page.GetByRole(AriaRole.Navigation).GetByRole(AriaRole.Link, new() { Name = "My tasks" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("My tasks");
        var row = page.GetByTestId("task").Filter(new() { HasText = "Book a Twi interpreter" });
        await Assertions.Expect(row).ToContainTextAsync(reference);
        await row.GetByRole(AriaRole.Button, new() { Name = "Mark as done" }).ClickAsync();
        await Assertions.Expect(page.GetByTestId("task").Filter(new() { HasText = "Book a Twi interpreter" })).ToHaveCountAsync(0);
        var finished = page.GetByTestId("finished-task").Filter(new() { HasText = "Book a Twi interpreter" });
        await Assertions.Expect(finished).ToContainTextAsync("Done");
        await Assertions.Expect(finished).ToContainTextAsync(reference);

        // The case page shows it finished too.
        await page.GotoAsync(caseUrl);
        await Assertions.Expect(page.GetByTestId("case-finished-task")).ToContainTextAsync("Book a Twi interpreter for the first interview");
        await Assertions.Expect(page.GetByTestId("case-task")).ToHaveCountAsync(0);
    }
}
