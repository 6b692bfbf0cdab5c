using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using OpenNrm.Domain.Access;
using OpenNrm.Tests.Infrastructure;
using OpenNrm.Web.Features.Access;
using OpenNrm.Web.Features.Admin;
using OpenNrm.Web.Features.Cases;

namespace OpenNrm.Tests;

/// <summary>401 without a token, 403 for a role without the permission, 404 for a file outside need-to-know.</summary>
public abstract class ApiAccessTests(TestApp app)
{
    [Fact]
    public async Task A_call_without_a_token_answers_401_problem_details()
    {
        var response = await app.ApiClient(null).GetAsync("/api/v1/me");
        await AssertProblem(response, HttpStatusCode.Unauthorized);
        Assert.Equal("Bearer", response.Headers.WwwAuthenticate.Single().Scheme);
    }

    [Fact]
    public async Task An_unknown_token_answers_401()
    {
        var client = app.ApiClient(null);
        client.DefaultRequestHeaders.Authorization = new("Bearer", "onrm_not-a-real-token");
        await AssertProblem(await client.GetAsync("/api/v1/me"), HttpStatusCode.Unauthorized);
    }

    [Fact]
    public async Task A_token_acts_with_exactly_its_users_roles()
    {
        var analyst = await app.UserAsync(Role.RapporteurAnalyst);
        var me = await app.ApiClient(analyst).GetFromJsonAsync<JsonElement>("/api/v1/me");
        Assert.Equal(analyst.Email, me.GetProperty("email").GetString());
        Assert.Equal(["RapporteurAnalyst"], me.GetProperty("roles").EnumerateArray().Select(r => r.GetString()!).ToArray());
        Assert.DoesNotContain("CasesRead", me.GetProperty("permissions").EnumerateArray().Select(p => p.GetString()));
    }

    [Fact]
    public async Task A_role_without_the_permission_gets_403_problem_details()
    {
        var analyst = await app.UserAsync(Role.RapporteurAnalyst);
        await AssertProblem(await app.ApiClient(analyst).GetAsync($"/api/v1/cases/{Guid.NewGuid()}"), HttpStatusCode.Forbidden);
    }

    [Fact]
    public async Task A_file_of_another_organisation_answers_404_and_its_own_organisation_reads_it()
    {
        var police = await app.UserAsync(Role.FrontlineOfficer);
        var opened = await app.ApiClient(police).PostAsJsonAsync("/api/v1/cases", new { personName = "Amina Test" });
        Assert.Equal(HttpStatusCode.Created, opened.StatusCode);
        var file = (await opened.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();

        var otherCentre = await app.CreateUserAsync(Role.CentreCaseworker, "CENTRE-SURYA");
        await AssertProblem(await app.ApiClient(otherCentre).GetAsync($"/api/v1/cases/{file}"), HttpStatusCode.NotFound);

        var read = await app.ApiClient(police).GetFromJsonAsync<JsonElement>($"/api/v1/cases/{file}?purpose=referral");
        Assert.Equal("Amina Test", read.GetProperty("personName").GetString());
        Assert.StartsWith("NRM-", read.GetProperty("reference").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_persons_name_is_encrypted_at_rest_and_searchable_only_by_keyed_hash()
    {
        var police = await app.UserAsync(Role.FrontlineOfficer);
        var opened = await app.ApiClient(police).PostAsJsonAsync("/api/v1/cases", new { personName = "Ngozi Okafor" });
        var id = (await opened.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();
        await app.WithDbAsync(async db =>
        {
            var connection = db.Database.GetDbConnection();
            await connection.OpenAsync();
            await using var command = connection.CreateCommand();
            command.CommandText = "SELECT \"PersonName\", \"NameIndex\" FROM cases WHERE \"Id\" = @id";
            var parameter = command.CreateParameter();
            parameter.ParameterName = "id";
            parameter.Value = app.Provider == Provider.Sqlite ? id.ToString().ToUpperInvariant() : id;
            command.Parameters.Add(parameter);
            await using var reader = await command.ExecuteReaderAsync();
            Assert.True(await reader.ReadAsync());
            var stored = reader.GetString(0);
            Assert.DoesNotContain("Ngozi", stored, StringComparison.OrdinalIgnoreCase);
            var blind = app.Services.GetRequiredService<Web.Security.BlindIndex>();
            Assert.Equal(blind.Compute("  ngozi   OKAFOR "), reader.GetString(1));
        });
    }

    [Fact]
    public async Task A_revoked_token_stops_working_at_once()
    {
        var user = await app.CreateUserAsync(Role.Auditor, "SYSADMIN");
        var client = app.ApiClient(user);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/api/v1/me")).StatusCode);
        await app.WithScopeAsync(sp => sp.GetRequiredService<ApiTokens>().RevokeAsync(user.TokenId));
        await AssertProblem(await client.GetAsync("/api/v1/me"), HttpStatusCode.Unauthorized);
    }

    [Fact]
    public async Task Disabling_a_user_stops_their_tokens()
    {
        var user = await app.CreateUserAsync(Role.Auditor, "SYSADMIN");
        var client = app.ApiClient(user);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/api/v1/me")).StatusCode);
        await app.WithScopeAsync(sp => sp.GetRequiredService<UserAdministration>().SetDisabledAsync(user.Id, disabled: true));
        await AssertProblem(await client.GetAsync("/api/v1/me"), HttpStatusCode.Unauthorized);
    }

    [Fact]
    public async Task Problem_titles_follow_the_callers_language()
    {
        var client = app.ApiClient(null);
        client.DefaultRequestHeaders.AcceptLanguage.ParseAdd("fr");
        var english = await (await app.ApiClient(null).GetAsync("/api/v1/me")).Content.ReadFromJsonAsync<JsonElement>();
        var french = await (await client.GetAsync("/api/v1/me")).Content.ReadFromJsonAsync<JsonElement>();
        Assert.NotEqual(english.GetProperty("title").GetString(), french.GetProperty("title").GetString());
    }

    public static async Task AssertProblem(HttpResponseMessage response, HttpStatusCode expected)
    {
        Assert.Equal(expected, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var body = await response.Content.ReadAsStringAsync();
        var problem = JsonDocument.Parse(body).RootElement;
        Assert.Equal((int)expected, problem.GetProperty("status").GetInt32());
        Assert.False(string.IsNullOrWhiteSpace(problem.GetProperty("title").GetString()));
        Assert.DoesNotContain("   at ", body, StringComparison.Ordinal);
    }
}
