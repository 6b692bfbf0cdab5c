using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using OpenNrm.Domain.Access;
using OpenNrm.Tests.Infrastructure;

namespace OpenNrm.Tests;

/// <summary>Malformed, unknown, oversized or mistyped input: a 4xx problem, and the database is unchanged.</summary>
public abstract class BadInputTests(TestApp app)
{
    public static TheoryData<string, string, string, HttpStatusCode> Cases => new()
    {
        { "/api/v1/organisations", "application/json", "{ not json", HttpStatusCode.BadRequest },
        { "/api/v1/organisations", "application/json", "{\"code\":\"X-1\",\"name\":\"X\",\"kind\":\"Police\",\"colour\":\"red\"}", HttpStatusCode.BadRequest },
        { "/api/v1/organisations", "application/json", "{\"code\":123,\"name\":[],\"kind\":\"Police\"}", HttpStatusCode.BadRequest },
        { "/api/v1/organisations", "application/json", "{\"code\":\"X-2\",\"name\":\"X\",\"kind\":\"NotAKind\"}", HttpStatusCode.BadRequest },
        { "/api/v1/organisations", "application/json", "{\"code\":\"bad code!\",\"name\":\"\",\"kind\":\"Police\"}", HttpStatusCode.BadRequest },
        { "/api/v1/organisations", "text/plain", "code=X", HttpStatusCode.UnsupportedMediaType },
        { "/api/v1/organisations", "application/json", "[]", HttpStatusCode.BadRequest },
        { "/api/v1/organisations", "application/json", "null", HttpStatusCode.BadRequest },
        { "/api/v1/organisations", "application/json", "{\"code\":\"X-3\",\"name\":\"" + new string('x', 201) + "\",\"kind\":\"Police\"}", HttpStatusCode.BadRequest },
        { "/api/v1/organisations", "application/json", "{\"code\":\"X-4\",\"name\":\"<script>alert(1)</script>'; DROP TABLE organisations;--\",\"kind\":\"Police\",\"parentId\":\"00000000-0000-0000-0000-000000000001\"}", HttpStatusCode.BadRequest },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public async Task Bad_input_is_refused_with_a_problem_and_nothing_is_written(string path, string contentType, string body, HttpStatusCode expected)
    {
        var admin = await app.UserAsync(Role.Administrator);
        var before = await CountsAsync();
        var response = await app.ApiClient(admin).PostAsync(path, new StringContent(body, Encoding.UTF8, contentType));
        await ApiAccessTests.AssertProblem(response, expected);
        Assert.Equal(before, await CountsAsync());
    }

    [Fact]
    public async Task An_oversized_body_is_refused_with_413()
    {
        var admin = await app.UserAsync(Role.Administrator);
        var before = await CountsAsync();
        var huge = "{\"code\":\"BIG\",\"name\":\"" + new string('x', 2 * 1024 * 1024) + "\",\"kind\":\"Police\"}";
        var response = await app.ApiClient(admin).PostAsync("/api/v1/organisations", new StringContent(huge, Encoding.UTF8, "application/json"));
        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        Assert.Equal(before, await CountsAsync());
    }

    [Fact]
    public async Task Validation_problems_name_each_field_in_the_callers_language()
    {
        var admin = await app.UserAsync(Role.Administrator);
        var client = app.ApiClient(admin);
        client.DefaultRequestHeaders.AcceptLanguage.ParseAdd("nl");
        var response = await client.PostAsJsonAsync("/api/v1/organisations", new { code = "", name = "", kind = "Police" });
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var errors = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors");
        Assert.True(errors.TryGetProperty("code", out _));
        Assert.True(errors.TryGetProperty("name", out var name));
        Assert.NotEqual("This field is required.", name[0].GetString());
    }

    [Fact]
    public async Task A_person_file_without_a_name_is_refused()
    {
        var police = await app.UserAsync(Role.FrontlineOfficer);
        var before = await CountsAsync();
        var response = await app.ApiClient(police).PostAsJsonAsync("/api/v1/cases", new { personName = "   " });
        await ApiAccessTests.AssertProblem(response, HttpStatusCode.BadRequest);
        Assert.Equal(before, await CountsAsync());
    }

    private async Task<(int Organisations, int Cases, int Audit)> CountsAsync()
    {
        (int, int, int) counts = default;
        await app.WithDbAsync(async db =>
            counts = (await db.Organisations.CountAsync(), await db.Cases.CountAsync(),
                await db.AuditEntries.CountAsync(e => e.Type != Domain.Audit.AuditEventType.ApiTokenUsed)));
        return counts;
    }
}
