using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using OpenNrm.Domain.Access;
using OpenNrm.Tests.Infrastructure;

namespace OpenNrm.Tests;

public abstract class OrganisationsTests(TestApp app)
{
    [Fact]
    public async Task An_administrator_adds_and_edits_an_organisation()
    {
        var client = app.ApiClient(await app.UserAsync(Role.Administrator));
        var created = await client.PostAsJsonAsync("/api/v1/organisations", new { code = "pol-zp-namur", name = "Local police zone Namur", kind = "Police", judicialDistrict = "Namur" });
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var body = await created.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal("POL-ZP-NAMUR", body.GetProperty("code").GetString());
        var id = body.GetProperty("id").GetGuid();

        var updated = await client.PutAsJsonAsync($"/api/v1/organisations/{id}", new { name = "Police zone Namur Capitale", kind = "Police", judicialDistrict = "Namur", isActive = true, version = 0 });
        Assert.Equal(HttpStatusCode.OK, updated.StatusCode);
        Assert.Equal(1, (await updated.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("version").GetInt32());
    }

    [Fact]
    public async Task A_save_based_on_a_stale_version_gets_a_conflict_and_changes_nothing()
    {
        var client = app.ApiClient(await app.UserAsync(Role.Administrator));
        var created = await client.PostAsJsonAsync("/api/v1/organisations", new { code = "CONFLICT-" + Guid.NewGuid().ToString("N")[..6], name = "Original", kind = "Police" });
        var id = (await created.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();
        var first = await client.PutAsJsonAsync($"/api/v1/organisations/{id}", new { name = "First editor", kind = "Police", version = 0 });
        Assert.Equal(HttpStatusCode.OK, first.StatusCode);

        var second = await client.PutAsJsonAsync($"/api/v1/organisations/{id}", new { name = "Second editor", kind = "Police", version = 0 });
        await ApiAccessTests.AssertProblem(second, HttpStatusCode.Conflict);
        var now = await client.GetFromJsonAsync<JsonElement>($"/api/v1/organisations/{id}");
        Assert.Equal("First editor", now.GetProperty("name").GetString());
    }

    [Fact]
    public async Task A_duplicate_code_is_refused()
    {
        var client = app.ApiClient(await app.UserAsync(Role.Administrator));
        var response = await client.PostAsJsonAsync("/api/v1/organisations", new { code = "CENTRE-PAGASA", name = "Copy", kind = "SpecialisedCentre" });
        await ApiAccessTests.AssertProblem(response, HttpStatusCode.BadRequest);
    }

    [Fact]
    public async Task An_unknown_organisation_answers_404() =>
        await ApiAccessTests.AssertProblem(
            await app.ApiClient(await app.UserAsync(Role.Administrator)).GetAsync($"/api/v1/organisations/{Guid.NewGuid()}"), HttpStatusCode.NotFound);
}
