using System.Net;
using System.Text;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using OpenNrm.Domain.Access;
using OpenNrm.Tests.Infrastructure;
using OpenNrm.Web.Features.Access;

namespace OpenNrm.Tests;

/// <summary>
/// Generated from the permission matrix and the endpoint table: every endpoint names a permission (or is
/// deliberately anonymous), and every role gets exactly the answers the matrix promises on every endpoint.
/// </summary>
public abstract class AuthorizationMatrixTests(TestApp app)
{
    private IReadOnlyList<RouteEndpoint> Endpoints =>
        app.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>().ToList();

    [Fact]
    public void Every_endpoint_declares_a_permission_or_is_explicitly_anonymous()
    {
        _ = app.CreateClient();
        var undeclared = Endpoints
            .Where(e => e.Metadata.GetMetadata<IAllowAnonymous>() is null && Permission(e) is null)
            .Select(e => e.RoutePattern.RawText ?? e.DisplayName)
            .ToList();
        Assert.True(undeclared.Count == 0, "Endpoints without a permission: " + string.Join(", ", undeclared));
        Assert.Contains(Endpoints, e => Permission(e) is not null && IsApi(e));
        Assert.Contains(Endpoints, e => Permission(e) is not null && !IsApi(e));
    }

    [Fact]
    public async Task Every_api_endpoint_answers_each_role_as_the_matrix_says()
    {
        _ = app.CreateClient();
        var failures = new List<string>();
        foreach (var endpoint in Endpoints.Where(e => IsApi(e) && Permission(e) is not null))
        {
            var permission = Permission(endpoint)!.Value;
            foreach (var method in endpoint.Metadata.GetMetadata<HttpMethodMetadata>()?.HttpMethods ?? ["GET"])
            {
                foreach (var role in Enum.GetValues<Role>())
                {
                    var user = await app.UserAsync(role);
                    var request = new HttpRequestMessage(new HttpMethod(method), "/" + Fill(endpoint.RoutePattern.RawText!));
                    if (method is "POST" or "PUT")
                    {
                        // An empty object: a permitted caller gets a validation problem and nothing is written.
                        request.Content = new StringContent("{}", Encoding.UTF8, "application/json");
                    }

                    var status = (await app.ApiClient(user).SendAsync(request)).StatusCode;
                    var allowed = PermissionMatrix.Allows(role, permission);
                    if (allowed ? status is HttpStatusCode.Forbidden or HttpStatusCode.Unauthorized or >= HttpStatusCode.InternalServerError
                                : status != HttpStatusCode.Forbidden)
                    {
                        failures.Add($"{method} {endpoint.RoutePattern.RawText} as {role}: {(int)status}, matrix says {(allowed ? "allowed" : "forbidden")}");
                    }
                }
            }
        }

        Assert.True(failures.Count == 0, string.Join(Environment.NewLine, failures));
    }

    [Fact]
    public async Task Every_page_answers_each_role_as_the_matrix_says()
    {
        _ = app.CreateClient();
        var pages = Endpoints.Where(e => !IsApi(e) && Permission(e) is not null)
            .Select(e => (Path: "/" + Fill(e.RoutePattern.RawText ?? string.Empty), Permission: Permission(e)!.Value))
            .Distinct()
            .ToList();
        Assert.NotEmpty(pages);
        var failures = new List<string>();
        foreach (var role in Enum.GetValues<Role>())
        {
            var session = new BrowserSession(app.BrowserClient());
            var signedIn = await session.SignInAsync(await app.UserAsync(role));
            Assert.Equal(HttpStatusCode.Redirect, signedIn.StatusCode);
            foreach (var (path, permission) in pages)
            {
                var response = await session.Client.GetAsync(path);
                var denied = response.StatusCode == HttpStatusCode.Redirect
                             && response.Headers.Location!.OriginalString.Contains("/Account/AccessDenied", StringComparison.Ordinal);
                var allowed = PermissionMatrix.Allows(role, permission);
                if (allowed == denied || response.StatusCode >= HttpStatusCode.InternalServerError)
                {
                    failures.Add($"GET {path} as {role}: {(int)response.StatusCode} {response.Headers.Location}, matrix says {(allowed ? "allowed" : "forbidden")}");
                }
            }
        }

        Assert.True(failures.Count == 0, string.Join(Environment.NewLine, failures));
    }

    private static Permission? Permission(Endpoint e) =>
        e.Metadata.OfType<RequirePermissionAttribute>().Select(a => (Permission?)a.Permission).FirstOrDefault();

    private static bool IsApi(RouteEndpoint e) => e.RoutePattern.RawText?.StartsWith("api/", StringComparison.Ordinal) == true
                                                  || e.RoutePattern.RawText?.StartsWith("/api/", StringComparison.Ordinal) == true;

    private static string Fill(string pattern) =>
        System.Text.RegularExpressions.Regex.Replace(pattern.TrimStart('/'), "\\{[^}]+\\}", Guid.NewGuid().ToString());
}
