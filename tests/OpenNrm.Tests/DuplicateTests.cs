using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using OpenNrm.Domain.Access;
using OpenNrm.Tests.Infrastructure;

namespace OpenNrm.Tests;

/// <summary>One person, many signals: the system proposes, a person decides, and the decision can be undone.</summary>
public abstract class DuplicateTests(TestApp app)
{
    [Fact]
    public async Task A_second_signal_under_another_spelling_is_proposed_linked_and_unlinked()
    {
        var police = await app.CreateUserAsync(Role.FrontlineOfficer, "POL-ZP-GENT");
        var first = await FileAsync(police, "Mohamed Larbi Benali", "1995-03-04", "MA");
        var second = await FileAsync(police, "Muhammad Benali", "1995-03-04", "MA");
        var unrelated = await FileAsync(police, "Stefan Georgiev", "1980-01-02", "BG");

        var candidates = await app.ApiClient(police).GetFromJsonAsync<JsonElement>($"/api/v1/cases/{first}/possible-duplicates");
        var found = candidates.EnumerateArray().ToList();
        var match = Assert.Single(found, c => c.GetProperty("caseId").GetGuid() == second);
        Assert.DoesNotContain(found, c => c.GetProperty("caseId").GetGuid() == unrelated);
        Assert.NotEmpty(match.GetProperty("reasons").EnumerateArray());
        Assert.DoesNotContain("Benali", candidates.GetRawText(), StringComparison.OrdinalIgnoreCase);

        var merged = await app.ApiClient(police).PostAsJsonAsync($"/api/v1/cases/{first}/merges", new { mergedId = second, reason = "Same passport photo and address." });
        Assert.Equal(HttpStatusCode.Created, merged.StatusCode);
        var mergeId = (await merged.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();
        await ApiAccessTests.AssertProblem(await app.ApiClient(police).PostAsJsonAsync($"/api/v1/cases/{first}/merges", new { mergedId = second, reason = "Again." }),
            HttpStatusCode.Conflict);
        // Once linked, the other file is no longer proposed.
        Assert.DoesNotContain((await app.ApiClient(police).GetFromJsonAsync<JsonElement>($"/api/v1/cases/{first}/possible-duplicates")).EnumerateArray(),
            c => c.GetProperty("caseId").GetGuid() == second);

        Assert.Equal(HttpStatusCode.NoContent, (await app.ApiClient(police).PostAsJsonAsync($"/api/v1/case-merges/{mergeId}/undo", new { reason = "Different fathers' names." })).StatusCode);
        await ApiAccessTests.AssertProblem(await app.ApiClient(police).PostAsJsonAsync($"/api/v1/case-merges/{mergeId}/undo", new { reason = "Twice." }), HttpStatusCode.Conflict);
        await app.WithDbAsync(async db =>
        {
            var types = await db.AuditEntries.Where(a => a.SubjectId == first.ToString()).Select(a => a.Type.ToString()).ToListAsync();
            Assert.Contains("CaseMerged", types);
            Assert.Contains("CaseMergeUndone", types);
        });
    }

    [Fact]
    public async Task Another_organisation_learns_nothing_and_a_merge_needs_a_reason()
    {
        var police = await app.CreateUserAsync(Role.FrontlineOfficer, "POL-ZP-GENT");
        var first = await FileAsync(police, "Olha Kovalenko", "1990-05-06", "UA");
        var second = await FileAsync(police, "Olga Kovalenko", "1990-05-06", "UA");
        var payoke = await app.CreateUserAsync(Role.CentreCaseworker, "CENTRE-PAYOKE");

        await ApiAccessTests.AssertProblem(await app.ApiClient(payoke).GetAsync($"/api/v1/cases/{first}/possible-duplicates"), HttpStatusCode.NotFound);
        await ApiAccessTests.AssertProblem(await app.ApiClient(payoke).PostAsJsonAsync($"/api/v1/cases/{first}/merges", new { mergedId = second, reason = "Looks alike." }),
            HttpStatusCode.NotFound);
        var noReason = await app.ApiClient(police).PostAsJsonAsync($"/api/v1/cases/{first}/merges", new { mergedId = second });
        await ApiAccessTests.AssertProblem(noReason, HttpStatusCode.BadRequest);
        await app.WithDbAsync(async db => Assert.False(await db.CaseMerges.AnyAsync(m => m.SurvivorId == first)));
    }

    private async Task<Guid> FileAsync(TestUser police, string name, string birthDate, string nationality)
    {
        var response = await app.ApiClient(police).PostAsJsonAsync("/api/v1/signals", new
        {
            detectedAt = DateTimeOffset.UtcNow.AddHours(-3),
            municipality = "Gent",
            postalCode = "9000",
            context = "LabourInspection",
            persons = new object[] { new { name, birthDate, nationalities = new[] { nationality }, gender = "Masculine" } },
        });
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        return (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("persons")[0].GetProperty("caseId").GetGuid();
    }
}
