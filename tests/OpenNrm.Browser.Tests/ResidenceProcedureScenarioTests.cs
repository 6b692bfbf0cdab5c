using System.Text.RegularExpressions;
using Microsoft.Playwright;
using OpenNrm.Domain.Access;

namespace OpenNrm.Browser.Tests;

/// <summary>
/// Three authorities, three browsers, one procedure: the centre opens it and applies for the A-card, the Immigration
/// Office issues the documents, the prosecutor identifies; the timeline shows it all, the decision the application it
/// answers, and "as of" an earlier date the earlier stage.
/// Runs on both databases, as a person would meet either in a deployment.
/// </summary>
public abstract class ResidenceProcedureScenarioTests(DemoServer server)
{
    [Fact]
    public async Task From_reflection_to_the_a_card_each_authority_in_its_own_session()
    {
        var centre = await SignedInPageAsync(Role.CentreCaseworker);
        await centre.GotoAsync("/Cases");
        await centre.GetByText("Open a file").ClickAsync();
        await centre.GetByLabel("Name of the person (as given)").FillAsync("Grace Scenario");
        await centre.GetByRole(AriaRole.Button, new() { Name = "Open the file" }).ClickAsync();
        await Assertions.Expect(centre).ToHaveURLAsync(new Regex("/Cases/Detail"));
        await centre.GetByLabel("Date of the application").FillAsync("2026-01-05");
        await centre.GetByLabel("Competent prosecutor's office").SelectOptionAsync(new SelectOptionValue { Label = "Public prosecutor's office Brussels" });
        await centre.GetByRole(AriaRole.Button, new() { Name = "Open the procedure" }).ClickAsync();
        await Assertions.Expect(centre).ToHaveURLAsync(new Regex("/Residence/Procedure\\?id="));
        var procedureUrl = new Uri(centre.Url).PathAndQuery;

        var immigration = await SignedInPageAsync(Role.ImmigrationThbOfficer);
        var prosecutor = await SignedInPageAsync(Role.Prosecutor);
        await RecordAsync(immigration, procedureUrl, "DocumentIssued", "2026-01-06", document: "Annex 15 (45 days)");
        await RecordAsync(centre, procedureUrl, "SupportAccepted", "2026-01-06");
        await RecordAsync(centre, procedureUrl, "ComplaintFiled", "2026-01-20");
        await RecordAsync(immigration, procedureUrl, "DocumentIssued", "2026-02-01", document: "Attestation of immatriculation (3 months)");
        foreach (var criterion in new[] { "ProceedingsOngoing", "ConsideredVictim", "IntentionToCooperate", "RelationsSevered" })
        {
            await RecordAsync(prosecutor, procedureUrl, "ProsecutorConfirmed", "2026-03-01", criterion: criterion);
        }

        await RecordAsync(centre, procedureUrl, "DocumentApplied", "2026-03-02", document: "A-card (6 months)", renewal: false);
        await Assertions.Expect(centre.GetByTestId("pending-applications")).ToContainTextAsync("A-card (6 months)");
        await RecordAsync(immigration, procedureUrl, "PublicOrderAssessed", "2026-03-05", noThreat: true);
        await RecordAsync(immigration, procedureUrl, "DocumentIssued", "2026-03-10", document: "A-card (6 months)");

        await centre.GotoAsync(procedureUrl);
        await Assertions.Expect(centre.GetByTestId("stage")).ToHaveTextAsync("Identified victim");
        await Assertions.Expect(centre.GetByTestId("document")).ToHaveTextAsync("A-card (6 months)");
        await Assertions.Expect(centre.Locator("svg[role=img] rect")).ToHaveCountAsync(3);
        await Assertions.Expect(centre.Locator("table").First.Locator("tbody tr")).ToHaveCountAsync(12);
        await Assertions.Expect(centre.Locator("table").First.Locator("tbody tr").Last).ToContainTextAsync("answers the application of");
        await Assertions.Expect(centre.GetByTestId("pending-applications").Locator("li")).ToHaveCountAsync(0);

        await centre.GetByLabel("As of", new() { Exact = true }).FillAsync("2026-02-15");
        await centre.GetByRole(AriaRole.Button, new() { Name = "Show", Exact = true }).ClickAsync();
        await Assertions.Expect(centre.GetByTestId("stage")).ToHaveTextAsync("Presumed victim");
        await Assertions.Expect(centre.GetByTestId("document")).ToHaveTextAsync("Attestation of immatriculation (3 months)");
    }

    [Fact]
    public async Task What_if_shows_the_stage_hypothetical_events_would_reach_and_stores_nothing()
    {
        var centre = await SignedInPageAsync(Role.CentreCaseworker);
        await centre.GotoAsync("/Cases");
        await centre.GetByText("Open a file").ClickAsync();
        await centre.GetByLabel("Name of the person (as given)").FillAsync("Hope Whatif");
        await centre.GetByRole(AriaRole.Button, new() { Name = "Open the file" }).ClickAsync();
        await centre.GetByLabel("Date of the application").FillAsync("2026-01-05");
        await centre.GetByLabel("Competent prosecutor's office").SelectOptionAsync(new SelectOptionValue { Label = "Public prosecutor's office Brussels" });
        await centre.GetByRole(AriaRole.Button, new() { Name = "Open the procedure" }).ClickAsync();
        var procedureUrl = new Uri(centre.Url).PathAndQuery;
        var immigration = await SignedInPageAsync(Role.ImmigrationThbOfficer);
        await RecordAsync(immigration, procedureUrl, "DocumentIssued", "2026-01-06", document: "Annex 15 (45 days)");

        await centre.GotoAsync(procedureUrl);
        await centre.GetByRole(AriaRole.Link, new() { Name = "What if…" }).ClickAsync();
        foreach (var (kind, date, document) in new[] { ("SupportAccepted", "2026-01-06", (string?)null), ("ComplaintFiled", "2026-01-20", null),
                     ("DocumentIssued", "2026-02-01", "Attestation of immatriculation (3 months)") })
        {
            await centre.GetByLabel("Event").SelectOptionAsync(kind);
            await centre.GetByLabel("Date", new() { Exact = true }).FillAsync(date);
            if (document is not null)
            {
                await centre.GetByLabel("Document", new() { Exact = true }).SelectOptionAsync(new SelectOptionValue { Label = document });
            }

            await centre.GetByRole(AriaRole.Button, new() { Name = "Add the hypothetical event" }).ClickAsync();
        }

        await Assertions.Expect(centre.GetByTestId("hypothetical").Locator("li")).ToHaveCountAsync(3);
        await Assertions.Expect(centre.GetByTestId("stage")).ToContainTextAsync("Presumed victim");
        await Assertions.Expect(centre.GetByTestId("document")).ToHaveTextAsync("Attestation of immatriculation (3 months)");

        // An A-card now would be refused, with the conditions still unmet.
        await centre.GetByLabel("Event").SelectOptionAsync("DocumentIssued");
        await centre.GetByLabel("Date", new() { Exact = true }).FillAsync("2026-02-10");
        await centre.GetByLabel("Document", new() { Exact = true }).SelectOptionAsync(new SelectOptionValue { Label = "A-card (6 months)" });
        await centre.GetByRole(AriaRole.Button, new() { Name = "Add the hypothetical event" }).ClickAsync();
        await Assertions.Expect(centre.GetByTestId("rejected")).ToContainTextAsync("Immigration Act");

        // Nothing was recorded: the procedure still has its opening and one document.
        await centre.GotoAsync(procedureUrl);
        await Assertions.Expect(centre.GetByTestId("stage")).ToHaveTextAsync("Reflection period");
        await Assertions.Expect(centre.Locator("table").First.Locator("tbody tr")).ToHaveCountAsync(2);
    }

    [Fact]
    public async Task A_centre_cannot_issue_a_document_and_is_told_which_authority_can()
    {
        var centre = await SignedInPageAsync(Role.CentreCaseworker);
        await centre.GotoAsync("/Cases");
        await centre.GetByRole(AriaRole.Link, new() { Name = "NRM-DEMO-001" }).ClickAsync();
        await centre.GetByRole(AriaRole.Link, new() { Name = "Open the procedure" }).ClickAsync();
        await centre.GetByLabel("Event").SelectOptionAsync("DocumentIssued");
        await centre.GetByLabel("Document", new() { Exact = true }).SelectOptionAsync(new SelectOptionValue { Label = "B-card (unlimited)" });
        await centre.GetByRole(AriaRole.Button, new() { Name = "Record" }).ClickAsync();
        await Assertions.Expect(centre.GetByRole(AriaRole.Alert)).ToContainTextAsync("Immigration Act art. 61/2 to 61/5");
    }

    private async Task RecordAsync(IPage page, string url, string kind, string date, string? document = null, string? criterion = null, bool? noThreat = null,
        bool? renewal = null)
    {
        await page.GotoAsync(url);
        await page.GetByLabel("Event").SelectOptionAsync(kind);
        await page.GetByLabel("Date", new() { Exact = true }).FillAsync(date);
        if (document is not null)
        {
            await page.GetByLabel("Document", new() { Exact = true }).SelectOptionAsync(new SelectOptionValue { Label = document });
        }

        if (criterion is not null)
        {
            await page.GetByLabel("Criterion").SelectOptionAsync(criterion);
        }

        if (noThreat is { } n)
        {
            await page.GetByLabel("Public order: no threat").SelectOptionAsync(n ? "true" : "false");
        }

        if (renewal is { } r)
        {
            await page.GetByLabel("Application for a renewal").SelectOptionAsync(r ? "true" : "false");
        }

        await page.GetByRole(AriaRole.Button, new() { Name = "Record" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Alert)).ToHaveCountAsync(0);
        await Assertions.Expect(page.Locator("table").First).ToContainTextAsync(
            OpenNrm.Web.Features.Shared.DisplayNames.Words(Enum.Parse<OpenNrm.Web.Features.Residence.ProcedureEventKind>(kind)));
    }

    private Task<IPage> SignedInPageAsync(Role role) => server.SignedInPageAsync(role);
}

public sealed class ResidenceProcedureScenarioOnSqlite(DemoServer server) : ResidenceProcedureScenarioTests(server), IClassFixture<DemoServer>;

public sealed class ResidenceProcedureScenarioOnPostgres(PostgresDemoServer server) : ResidenceProcedureScenarioTests(server), IClassFixture<PostgresDemoServer>;
