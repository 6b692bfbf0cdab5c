using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using OpenNrm.Web.Hosting;

namespace OpenNrm.Tests;

/// <summary>
/// X-Forwarded-For and X-Forwarded-Proto are believed from the proxies the operator names, and from nobody else:
/// otherwise any client could claim HTTPS or another address (and so another sign-in rate limit).
/// </summary>
public sealed class ReverseProxyTests
{
    [Fact]
    public async Task A_named_proxys_forwarded_scheme_and_address_are_believed()
    {
        var seen = await PassAsync(new() { ["OpenNrm:ReverseProxy:KnownProxies"] = "10.0.0.5" }, from: "10.0.0.5");
        Assert.Equal(("https", "198.51.100.7"), seen);
    }

    [Fact]
    public async Task A_proxy_in_a_named_network_is_believed_and_one_outside_it_is_not()
    {
        var settings = new Dictionary<string, string?> { ["OpenNrm:ReverseProxy:KnownNetworks"] = "10.1.0.0/16" };
        Assert.Equal(("https", "198.51.100.7"), await PassAsync(settings, from: "10.1.2.3"));
        Assert.Equal(("http", "10.2.0.1"), await PassAsync(settings, from: "10.2.0.1"));
    }

    [Fact]
    public async Task Without_a_named_proxy_no_forwarded_header_is_believed()
    {
        Assert.Equal(("http", "10.0.0.5"), await PassAsync([], from: "10.0.0.5"));
    }

    [Fact]
    public void A_proxy_that_is_not_an_address_stops_the_start_with_the_setting_named()
    {
        var error = Assert.Throws<InvalidOperationException>(() => new ServiceCollection().AddReverseProxy(Configuration(new() { ["OpenNrm:ReverseProxy:KnownProxies"] = "proxy.local" })));
        Assert.Contains("KnownProxies", error.Message, StringComparison.Ordinal);
        Assert.Throws<InvalidOperationException>(() => new ServiceCollection().AddReverseProxy(Configuration(new() { ["OpenNrm:ReverseProxy:KnownNetworks"] = "10.0.0.0/99" })));
    }

    /// <summary>A request from <paramref name="from"/> claiming HTTPS for client 198.51.100.7: the scheme and address the application then sees.</summary>
    private static async Task<(string Scheme, string Address)> PassAsync(Dictionary<string, string?> settings, string from)
    {
        var configuration = Configuration(settings);
        var services = new ServiceCollection().AddLogging().AddOptions();
        services.AddReverseProxy(configuration);
        await using var provider = services.BuildServiceProvider();
        var app = new ApplicationBuilder(provider);
        app.UseReverseProxy(configuration);
        (string, string) seen = default;
        app.Run(http =>
        {
            seen = (http.Request.Scheme, http.Connection.RemoteIpAddress!.ToString());
            return Task.CompletedTask;
        });
        var context = new DefaultHttpContext { RequestServices = provider };
        context.Request.Scheme = "http";
        context.Connection.RemoteIpAddress = IPAddress.Parse(from);
        context.Request.Headers["X-Forwarded-Proto"] = "https";
        context.Request.Headers["X-Forwarded-For"] = "198.51.100.7";
        await app.Build()(context);
        return seen;
    }

    private static IConfiguration Configuration(Dictionary<string, string?> settings) => new ConfigurationBuilder().AddInMemoryCollection(settings).Build();
}
