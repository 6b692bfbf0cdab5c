using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using OpenNrm.Domain.Access;
using OpenNrm.Domain.Audit;
using OpenNrm.Tests.Infrastructure;
using OpenNrm.Web.Features.Access;

namespace OpenNrm.Tests;

/// <summary>
/// A withdrawal reaches every organisation that received information under the consent, at once and audited, and
/// no other; a transfer tells the centre that continues the support.
/// </summary>
public abstract class ConsentNoticeTests(TestApp app)
{
    private static DateOnly Today => LegalToday.Date;

    [Fact]
    public async Task A_withdrawal_reaches_the_organisation_that_received_information_under_it_and_no_other()
    {
        var caseworker = await app.CreateUserAsync(Role.CentreCaseworker, "CENTRE-PAGASA");
        var (support, file, reference, name) = await OpenSupportAsync(caseworker);
        var client = app.ApiClient(caseworker);
        var brussels = BelgianReferenceData.IdFor("POL-ZP-BXL-IXL");

        // Without consent nothing leaves the centre, and nothing is recorded.
        var refused = await client.PostAsJsonAsync($"/api/v1/support-cases/{support}/disclosures", new { purpose = "InformPoliceOnVoluntaryReturn", recipientId = brussels });
        await ApiAccessTests.AssertProblem(refused, HttpStatusCode.UnprocessableEntity);
        Assert.Equal("ConsentNeverGiven", (await refused.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("code").GetString());
        Assert.Equal(0, await CountAsync(db => db.SupportDisclosures.CountAsync(d => d.SupportCaseId == support)));

        var given = await Ok(await client.PostAsJsonAsync($"/api/v1/support-cases/{support}/consents", new { purpose = "InformPoliceOnVoluntaryReturn", coversHealthData = false }));
        var consent = given.GetProperty("consents")[0].GetProperty("id").GetGuid();
        await Ok(await client.PostAsJsonAsync($"/api/v1/support-cases/{support}/consents", new { purpose = "ContactWithGuardian", coversHealthData = false }));
        Assert.Equal(HttpStatusCode.Created,
            (await client.PostAsJsonAsync($"/api/v1/support-cases/{support}/disclosures", new { purpose = "InformPoliceOnVoluntaryReturn", recipientId = brussels })).StatusCode);
        // The guardian received something too, but under another purpose, which the victim keeps.
        Assert.Equal(HttpStatusCode.Created, (await client.PostAsJsonAsync($"/api/v1/support-cases/{support}/disclosures",
            new { purpose = "ContactWithGuardian", recipientId = BelgianReferenceData.IdFor("GUARDIANSHIP") })).StatusCode);
        var policeBrussels = await app.CreateUserAsync(Role.FrontlineOfficer, "POL-ZP-BXL-IXL");
        var policeLiege = await app.CreateUserAsync(Role.FrontlineOfficer, "POL-ZP-LIEGE");
        Assert.Empty(await NoticesAboutAsync(policeBrussels, file));

        await Ok(await client.PostAsync($"/api/v1/support-cases/{support}/consents/{consent}/revoke", null));

        var notice = Assert.Single(await NoticesAboutAsync(policeBrussels, file));
        Assert.Equal(("ConsentWithdrawn", "Case", false), (notice.GetProperty("kind").GetString(), notice.GetProperty("subjectType").GetString(),
            notice.GetProperty("read").GetBoolean()));
        var text = notice.GetProperty("text").GetString()!;
        Assert.Contains(reference, text, StringComparison.Ordinal);
        Assert.Contains("Inform police on voluntary return", text, StringComparison.Ordinal);
        Assert.Contains("GDPR art. 7(3), art. 17(1)(b) and art. 19", text, StringComparison.Ordinal);
        Assert.DoesNotContain(name, notice.GetRawText(), StringComparison.Ordinal);
        // Shown on the recipient's notices page as well.
        var session = new BrowserSession(app.BrowserClient());
        Assert.Equal(HttpStatusCode.Redirect, (await session.SignInAsync(policeBrussels)).StatusCode);
        Assert.Contains(reference + ": the victim withdrew the consent", await session.Client.GetStringAsync("/Notices"), StringComparison.Ordinal);

        // Nobody else is told: not the guardian (another purpose), not another police zone, not another centre, not the centre itself.
        Assert.Empty(await NoticesAboutAsync(await app.CreateUserAsync(Role.GuardianshipOfficer, "GUARDIANSHIP"), file));
        Assert.Empty(await NoticesAboutAsync(policeLiege, file));
        Assert.Empty(await NoticesAboutAsync(await app.CreateUserAsync(Role.CentreCoordinator, "CENTRE-PAYOKE"), file));
        Assert.Empty(await NoticesAboutAsync(await app.CreateUserAsync(Role.CentreCoordinator, "CENTRE-PAGASA"), file));
        Assert.Equal(1, await CountAsync(db => db.AuditEntries.CountAsync(a => a.Type == AuditEventType.SupportConsentRecipientNotified
                                                                              && a.SubjectId == support.ToString() && a.Details!.Contains(brussels.ToString()))));

        // A second withdrawal of the same consent is refused and tells nobody again.
        await ApiAccessTests.AssertProblem(await client.PostAsync($"/api/v1/support-cases/{support}/consents/{consent}/revoke", null), HttpStatusCode.UnprocessableEntity);
        Assert.Single(await NoticesAboutAsync(policeBrussels, file));
        Assert.Equal(1, await CountAsync(db => db.AuditEntries.CountAsync(a => a.Type == AuditEventType.SupportConsentRecipientNotified && a.SubjectId == support.ToString())));
    }

    [Fact]
    public async Task A_transfer_tells_the_receiving_centre_and_a_later_withdrawal_reaches_it_too()
    {
        var caseworker = await app.CreateUserAsync(Role.CentreCaseworker, "CENTRE-PAGASA");
        var (support, file, reference, _) = await OpenSupportAsync(caseworker);
        var client = app.ApiClient(caseworker);
        var given = await Ok(await client.PostAsJsonAsync($"/api/v1/support-cases/{support}/consents", new { purpose = "TransferToOtherCentre", coversHealthData = false }));
        var consent = given.GetProperty("consents")[0].GetProperty("id").GetGuid();
        var moved = await Ok(await client.PostAsJsonAsync($"/api/v1/support-cases/{support}/transfer", new { centreId = BelgianReferenceData.IdFor("CENTRE-PAYOKE"), on = Today }));
        var next = moved.GetProperty("next").GetProperty("id").GetGuid();

        var payoke = await app.CreateUserAsync(Role.CentreCaseworker, "CENTRE-PAYOKE");
        var surya = await app.CreateUserAsync(Role.CentreCoordinator, "CENTRE-SURYA");
        var transferred = Assert.Single((await app.ApiClient(payoke).GetFromJsonAsync<JsonElement>("/api/v1/notices")).EnumerateArray(),
            n => n.GetProperty("subjectId").GetGuid() == next);
        Assert.Equal(("SupportTransferred", "SupportCase"), (transferred.GetProperty("kind").GetString(), transferred.GetProperty("subjectType").GetString()));
        Assert.Contains(reference, transferred.GetProperty("text").GetString()!, StringComparison.Ordinal);
        Assert.Equal(1, await CountAsync(db => db.AuditEntries.CountAsync(a => a.Type == AuditEventType.SupportTransferNotified && a.SubjectId == next.ToString())));
        Assert.DoesNotContain((await app.ApiClient(surya).GetFromJsonAsync<JsonElement>("/api/v1/notices")).EnumerateArray(),
            n => n.GetProperty("subjectId").GetGuid() == next);

        // The victim withdraws the consent to the transfer at the first centre: the centre that received the file must hear of it.
        await Ok(await client.PostAsync($"/api/v1/support-cases/{support}/consents/{consent}/revoke", null));
        var withdrawn = Assert.Single(await NoticesAboutAsync(payoke, file));
        Assert.Contains("Transfer to other centre", withdrawn.GetProperty("text").GetString()!, StringComparison.Ordinal);
        Assert.Empty(await NoticesAboutAsync(surya, file));
    }

    [Fact]
    public async Task A_disclosure_with_bad_input_is_refused_and_nothing_is_written()
    {
        var caseworker = await app.CreateUserAsync(Role.CentreCaseworker, "CENTRE-PAGASA");
        var (support, _, _, _) = await OpenSupportAsync(caseworker);
        var client = app.ApiClient(caseworker);
        await Ok(await client.PostAsJsonAsync($"/api/v1/support-cases/{support}/consents", new { purpose = "TransferToOtherCentre", coversHealthData = false }));
        var surya = app.ApiClient(await app.CreateUserAsync(Role.CentreCaseworker, "CENTRE-SURYA"));
        var before = await SnapshotAsync();
        foreach (var (body, field) in new (object Body, string Field)[]
                 {
                     (new { purpose = "TransferToOtherCentre", recipientId = BelgianReferenceData.IdFor("CENTRE-PAYOKE") }, "purpose"),
                     (new { purpose = "ShareWithPcsw", recipientId = BelgianReferenceData.IdFor("CENTRE-PAGASA") }, "recipientId"),
                     (new { purpose = "ShareWithPcsw", recipientId = Guid.NewGuid() }, "recipientId"),
                     (new { purpose = "ShareWithPcsw", recipientId = BelgianReferenceData.IdFor("SYSADMIN") }, "recipientId"),
                 })
        {
            var response = await client.PostAsJsonAsync($"/api/v1/support-cases/{support}/disclosures", body);
            await ApiAccessTests.AssertProblem(response, HttpStatusCode.BadRequest);
            Assert.True((await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors").TryGetProperty(field, out _), await response.Content.ReadAsStringAsync());
        }

        await ApiAccessTests.AssertProblem(await surya.PostAsJsonAsync($"/api/v1/support-cases/{support}/disclosures", new { purpose = "ShareWithPcsw", recipientId = BelgianReferenceData.IdFor("POL-ZP-LIEGE") }),
            HttpStatusCode.NotFound);
        Assert.Equal(before, await SnapshotAsync());
    }

    private async Task<(Guid Support, Guid File, string Reference, string Name)> OpenSupportAsync(TestUser centreUser)
    {
        var name = "Consent Person " + Guid.NewGuid().ToString("N")[..6];
        var file = await app.ApiClient(centreUser).PostAsJsonAsync("/api/v1/cases", new { personName = name });
        Assert.Equal(HttpStatusCode.Created, file.StatusCode);
        var created = await file.Content.ReadFromJsonAsync<JsonElement>();
        var opened = await app.ApiClient(centreUser).PostAsJsonAsync("/api/v1/support-cases", new { caseId = created.GetProperty("id").GetGuid(), openedOn = Today.AddDays(-30) });
        Assert.Equal(HttpStatusCode.Created, opened.StatusCode);
        return ((await opened.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid(), created.GetProperty("id").GetGuid(),
            created.GetProperty("reference").GetString()!, name);
    }

    private async Task<List<JsonElement>> NoticesAboutAsync(TestUser user, Guid file) =>
        (await app.ApiClient(user).GetFromJsonAsync<JsonElement>("/api/v1/notices")).EnumerateArray()
        .Where(n => n.GetProperty("subjectId").GetGuid() == file).ToList();

    private static async Task<JsonElement> Ok(HttpResponseMessage response)
    {
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"{(int)response.StatusCode} {text}");
        return JsonDocument.Parse(text).RootElement.Clone();
    }

    private async Task<int> CountAsync(Func<OpenNrm.Web.Data.AppDbContext, Task<int>> query)
    {
        var count = 0;
        await app.WithDbAsync(async db => count = await query(db));
        return count;
    }

    private async Task<string> SnapshotAsync()
    {
        var counts = string.Empty;
        await app.WithDbAsync(async db => counts = string.Join(",", await db.SupportDisclosures.CountAsync(), await db.Notices.CountAsync(),
            await db.AuditEntries.CountAsync(e => e.Type != AuditEventType.ApiTokenUsed)));
        return counts;
    }
}
