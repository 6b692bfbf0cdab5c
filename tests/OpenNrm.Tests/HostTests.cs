using System.Net;
using Microsoft.EntityFrameworkCore;
using OpenNrm.Tests.Infrastructure;
using OpenNrm.Web.Hosting;

namespace OpenNrm.Tests;

public abstract class HostTests(TestApp app)
{
    [Theory]
    [InlineData("/health/live")]
    [InlineData("/health/ready")]
    public async Task Health_endpoints_answer_without_sign_in(string path)
    {
        var response = await app.ApiClient(null).GetAsync(path);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("Healthy", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task The_schema_matches_the_model_so_no_migration_is_pending() =>
        await app.WithDbAsync(async db =>
        {
            Assert.False(db.Database.HasPendingModelChanges(), $"{app.Provider}: the model has changes without a migration; run dotnet ef migrations add.");
            Assert.Empty(await db.Database.GetPendingMigrationsAsync());
        });

    [Fact]
    public async Task Pages_carry_the_security_headers_and_are_not_cached()
    {
        var response = await app.ApiClient(null).GetAsync("/Account/Login");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var csp = string.Join(";", response.Headers.GetValues("Content-Security-Policy"));
        Assert.Equal(SecurityHeaders.ContentSecurityPolicy, csp);
        Assert.DoesNotContain("unsafe-inline", csp, StringComparison.Ordinal);
        Assert.Contains("frame-ancestors 'none'", csp, StringComparison.Ordinal);
        Assert.Equal("nosniff", response.Headers.GetValues("X-Content-Type-Options").Single());
        Assert.Equal("no-referrer", response.Headers.GetValues("Referrer-Policy").Single());
        Assert.True(response.Headers.CacheControl?.NoStore);
    }

    [Fact]
    public async Task Https_answers_carry_strict_transport_security_for_a_year_with_subdomains()
    {
        var client = app.CreateClient(new Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactoryClientOptions { BaseAddress = new Uri("https://opennrm.example/") });
        var response = await client.GetAsync("/health/live");
        var hsts = response.Headers.GetValues("Strict-Transport-Security").Single();
        Assert.Contains("max-age=31536000", hsts, StringComparison.Ordinal);
        Assert.Contains("includeSubDomains", hsts, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Static_assets_may_be_cached()
    {
        var response = await app.ApiClient(null).GetAsync("/css/site.css");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.False(response.Headers.CacheControl?.NoStore ?? false);
    }

    [Fact]
    public async Task The_openapi_document_describes_the_api()
    {
        var response = await app.ApiClient(null).GetAsync("/openapi/v1.json");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var json = await response.Content.ReadAsStringAsync();
        Assert.Contains("/api/v1/cases/{id}", json, StringComparison.Ordinal);
        Assert.Contains("/api/v1/organisations", json, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Reference_data_holds_the_three_specialised_centres() =>
        await app.WithDbAsync(async db =>
        {
            var centres = await db.Organisations.Where(o => o.Kind == Domain.Access.OrganisationKind.SpecialisedCentre).Select(o => o.Code).ToListAsync();
            Assert.Equal(["CENTRE-PAGASA", "CENTRE-PAYOKE", "CENTRE-SURYA"], centres.Order());
        });

    [Fact]
    public async Task An_unknown_page_tells_an_anonymous_caller_nothing_but_to_sign_in()
    {
        var response = await app.ApiClient(null).GetAsync("/no/such/page");
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Contains("/Account/Login", response.Headers.Location!.OriginalString, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_unknown_api_path_answers_404_problem_details_to_a_signed_in_caller()
    {
        var user = await app.UserAsync(Domain.Access.Role.Auditor);
        await ApiAccessTests.AssertProblem(await app.ApiClient(user).GetAsync("/api/v1/no-such-thing"), HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task A_post_that_matches_no_handler_of_a_page_answers_404_not_an_error()
    {
        var user = await app.UserAsync(Domain.Access.Role.FrontlineOfficer);
        var session = new BrowserSession(app.BrowserClient());
        Assert.Equal(HttpStatusCode.Redirect, (await session.SignInAsync(user)).StatusCode);

        // The signal list serves GET only; the signal form has no handler of that name. Both rendered the page without its data before.
        var noPost = await session.PostFormAsync("/Detection/Signals", [], formPath: "/Detection/RecordSignal");
        Assert.Equal(HttpStatusCode.NotFound, noPost.StatusCode);
        var unknown = await session.PostFormAsync("/Detection/RecordSignal?handler=Nope", [], formPath: "/Detection/RecordSignal");
        Assert.Equal(HttpStatusCode.NotFound, unknown.StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await session.Client.GetAsync("/Detection/Signals")).StatusCode);
    }

    [Theory]
    [InlineData("/Cases", "/Cases")]
    [InlineData("/\u00bfCases", "/")]
    [InlineData("//elsewhere.example", "/")]
    public async Task The_language_switch_returns_only_to_a_local_address_that_a_header_can_carry(string returnUrl, string expected)
    {
        var session = new BrowserSession(app.BrowserClient());
        var response = await session.PostFormAsync("/Language", new() { ["language"] = "fr", ["returnUrl"] = returnUrl },
            formPath: "/Account/Login");
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal(expected, response.Headers.Location!.OriginalString);
    }
}
