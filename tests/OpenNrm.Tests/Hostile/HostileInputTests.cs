using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using OpenNrm.Domain.Access;
using OpenNrm.Tests.Infrastructure;
using OpenNrm.Web.Data;
using OpenNrm.Web.Features.Access;

namespace OpenNrm.Tests.Hostile;

/// <summary>
/// A bounded fuzz pass over every API endpoint, aimed by the server's own OpenAPI document: wrong types, oversized
/// and Unicode-edge values, injection strings and broken JSON, sent by a caller the permission matrix allows (so
/// the input reaches the validation, not the 403). Expected: never a 5xx, every refusal a problem details
/// document, and no refused batch changes a row. <c>OPENNRM_FUZZ_CASES</c> (default 6) sets the cases per
/// endpoint and <c>OPENNRM_FUZZ_SEED</c> the seed, for longer runs and for replaying a failure.
/// </summary>
public abstract class HostileInputTests(TestApp app)
{
    private static readonly string[] BrokenJson = ["not json", "{", "[]", "null", "{\"a\":", new string('[', 5_000) + new string(']', 5_000), "{\"x\":\"\\uZZZZ\"}"];

    [Fact]
    public async Task Hostile_input_on_every_api_endpoint_gets_a_problem_never_an_error_and_writes_nothing()
    {
        var cases = int.TryParse(Environment.GetEnvironmentVariable("OPENNRM_FUZZ_CASES"), out var n) && n > 0 ? n : 6;
        var seed = int.TryParse(Environment.GetEnvironmentVariable("OPENNRM_FUZZ_SEED"), out var s) ? s : 20261123;
        var client = app.CreateClient();
        var document = await client.GetFromJsonAsync<JsonElement>("/openapi/v1.json");
        var declared = OpenApiOperations.Read(document);
        var failures = new List<string>();
        var sent = 0;
        var aimed = 0;

        foreach (var (method, pattern, permission) in Endpoints())
        {
            var role = Enum.GetValues<Role>().First(r => PermissionMatrix.Allows(r, permission));
            var caller = app.ApiClient(await app.UserAsync(role));
            var random = new Random(seed ^ StableHash.Of(method + "|" + pattern));
            var operation = declared.GetValueOrDefault(method + " " + Operation.Normalise(pattern));
            aimed += operation is null ? 0 : 1;
            var before = await FingerprintAsync();
            var accepted = false;
            foreach (var request in Requests(method, pattern, operation, cases, random))
            {
                var body = request.Content is null ? string.Empty : Shorten(await request.Content.ReadAsStringAsync());
                var response = await caller.SendAsync(request);
                sent++;
                accepted |= response.IsSuccessStatusCode;
                var text = await response.Content.ReadAsStringAsync();
                if (response.StatusCode >= HttpStatusCode.InternalServerError)
                {
                    failures.Add($"{method} {request.RequestUri} as {role}: {(int)response.StatusCode} for {body}");
                }
                else if (!response.IsSuccessStatusCode && response.Content.Headers.ContentType?.MediaType != "application/problem+json")
                {
                    failures.Add($"{method} {request.RequestUri} as {role}: {(int)response.StatusCode} without problem details ({response.Content.Headers.ContentType}) for {body}");
                }
                else if (text.Contains("   at ", StringComparison.Ordinal) && text.Contains("Exception", StringComparison.Ordinal))
                {
                    failures.Add($"{method} {request.RequestUri} as {role}: a stack trace in the answer");
                }
            }

            // A batch with an accepted case legitimately wrote; one refused from start to end must have written nothing.
            if (!accepted)
            {
                var changed = DatabaseFingerprint.Changed(before, await FingerprintAsync()).ToList();
                if (changed.Count > 0)
                {
                    failures.Add($"{method} {pattern} as {role}: refused every case but changed {string.Join(", ", changed)}");
                }
            }
        }

        Assert.True(failures.Count == 0, $"{failures.Count} of {sent} hostile requests misbehaved (seed {seed}):{Environment.NewLine}{string.Join(Environment.NewLine, failures.Take(60))}");
        Assert.True(sent > 300, $"only {sent} requests sent, {aimed} aimed");
        Assert.True(aimed > 20, $"only {aimed} endpoints found in the OpenAPI document");
    }

    /// <summary>
    /// Found by the pass above with 40 cases: a NUL in a stated purpose (seed 7) and in a query value (seed 2) were a
    /// 500 on PostgreSQL.
    /// </summary>
    [Fact]
    public async Task A_control_character_in_a_stated_purpose_or_a_name_is_never_a_server_error()
    {
        var officer = app.ApiClient(await app.UserAsync(Role.FrontlineOfficer));
        var check = await officer.PostAsJsonAsync("/api/v1/protection-checks", new { personName = "Nul Purpose", purpose = "deportation\u0000 check" });
        Assert.Equal(HttpStatusCode.OK, check.StatusCode);
        var stated = await app.WithScopeAsync(async sp => await Microsoft.EntityFrameworkCore.EntityFrameworkQueryableExtensions.CountAsync(
            sp.GetRequiredService<AppDbContext>().AuditEntries, a => a.Purpose == "deportation  check"));
        Assert.Equal(1, stated);

        var centre = app.ApiClient(await app.UserAsync(Role.CentreCaseworker));
        var before = await FingerprintAsync();
        await ApiAccessTests.AssertProblem(await centre.PostAsJsonAsync("/api/v1/cases", new { personName = "Nul\u0000Name" }), HttpStatusCode.BadRequest);
        Assert.Empty(DatabaseFingerprint.Changed(before, await FingerprintAsync()));

        var coordinator = app.ApiClient(await app.UserAsync(Role.CentreCoordinator));
        await ApiAccessTests.AssertProblem(await coordinator.GetAsync("/api/v1/retention/holds?file=nul%00byte"), HttpStatusCode.BadRequest);
        await ApiAccessTests.AssertProblem(await coordinator.GetAsync("/api/v1/retention/holds?file=two%0D%0Alines"), HttpStatusCode.BadRequest);
    }

    private List<(string Method, string Pattern, Permission Permission)> Endpoints()
    {
        _ = app.CreateClient();
        return app.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>()
            .Where(e => e.RoutePattern.RawText?.TrimStart('/').StartsWith("api/", StringComparison.Ordinal) == true)
            .SelectMany(e => e.Metadata.OfType<RequirePermissionAttribute>().Take(1)
                .SelectMany(p => (e.Metadata.GetMetadata<HttpMethodMetadata>()?.HttpMethods ?? ["GET"]).Select(m => (m, e.RoutePattern.RawText!, p.Permission))))
            .OrderBy(x => x.Item2, StringComparer.Ordinal).ThenBy(x => x.m, StringComparer.Ordinal)
            .ToList();
    }

    private static IEnumerable<HttpRequestMessage> Requests(string method, string pattern, Operation? operation, int cases, Random random)
    {
        for (var i = 0; i < cases; i++)
        {
            var request = new HttpRequestMessage(new HttpMethod(method), Url(pattern, operation, random, hostilePath: i % 3 == 2));
            if (method is "POST" or "PUT" or "PATCH")
            {
                request.Content = operation?.Body is { Count: > 0 } fields
                    ? new StringContent(Body(fields, random).ToJsonString(), Encoding.UTF8, "application/json")
                    : new StringContent(BrokenJson[random.Next(BrokenJson.Length)], Encoding.UTF8, "application/json");
            }

            yield return request;
        }

        if (method is "POST" or "PUT" or "PATCH")
        {
            // Broken JSON and a wrong media type, whatever the endpoint expects.
            yield return new HttpRequestMessage(new HttpMethod(method), Url(pattern, operation, random, hostilePath: false))
            {
                Content = new StringContent(BrokenJson[random.Next(BrokenJson.Length)], Encoding.UTF8, "application/json"),
            };
            yield return new HttpRequestMessage(new HttpMethod(method), Url(pattern, operation, random, hostilePath: false))
            {
                Content = new StringContent("<xml>not what is asked</xml>", Encoding.UTF8, "application/xml"),
            };
        }
    }

    /// <summary>Route values: a random id (or, sometimes, hostile text where an id belongs); hostile query values.</summary>
    private static string Url(string pattern, Operation? operation, Random random, bool hostilePath)
    {
        var path = System.Text.RegularExpressions.Regex.Replace(pattern.TrimStart('/'), "\\{([^}]+)\\}", m =>
            hostilePath && !m.Groups[1].Value.Contains(':', StringComparison.Ordinal)
                // A NUL in a path is refused by the HTTP server before the application (and by the test client outright).
                ? Uri.EscapeDataString(HostileValues.Text(random).Replace("\0", string.Empty, StringComparison.Ordinal))
                : m.Groups[1].Value.Contains("int", StringComparison.Ordinal) ? random.Next(-5, 3000).ToString(CultureInfo.InvariantCulture) : Guid.NewGuid().ToString());
        var query = (operation?.Query ?? []).Where(_ => random.Next(2) == 0)
            .Select(q => q.Name + "=" + Uri.EscapeDataString(HostileValues.Text(random)));
        var joined = string.Join("&", query);
        return "/" + path + (joined.Length > 0 ? "?" + joined : string.Empty);
    }

    private static JsonObject Body(IReadOnlyList<DeclaredField> fields, Random random)
    {
        var body = new JsonObject();
        foreach (var field in fields)
        {
            if (random.Next(4) != 0)
            {
                body[field.Name] = HostileValues.For(field.Type, field.Format, random);
            }
        }

        return body;
    }

    private Task<Dictionary<string, string>> FingerprintAsync() =>
        app.WithScopeAsync(sp => DatabaseFingerprint.TakeAsync(sp.GetRequiredService<AppDbContext>()));

    private static string Shorten(string text) => text.Length > 300 ? text[..300] + $"… ({text.Length} chars)" : text;
}
