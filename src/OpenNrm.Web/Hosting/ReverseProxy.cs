using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.HttpOverrides;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace OpenNrm.Web.Hosting;

/// <summary>
/// Behind a reverse proxy that terminates TLS, the server sees plain HTTP from the proxy's address: cookies would
/// lose their Secure flag, HSTS would not be sent and the sign-in rate limit would count the proxy. The proxy's
/// X-Forwarded-For and X-Forwarded-Proto are believed only from the addresses and networks the operator names
/// (<c>OpenNrm:ReverseProxy:KnownProxies</c>, <c>KnownNetworks</c>, comma-separated); with none named, no forwarded
/// header is believed at all, so a client cannot claim another address or HTTPS.
/// </summary>
public static class ReverseProxy
{
    public static bool IsConfigured(IConfiguration configuration) =>
        Values(configuration, "KnownProxies").Length > 0 || Values(configuration, "KnownNetworks").Length > 0;

    public static void AddReverseProxy(this IServiceCollection services, IConfiguration configuration)
    {
        var proxies = Values(configuration, "KnownProxies").Select(p => IPAddress.TryParse(p, out var ip) ? ip
            : throw new InvalidOperationException($"OpenNrm:ReverseProxy:KnownProxies: '{p}' is not an IP address.")).ToList();
        var networks = Values(configuration, "KnownNetworks").Select(n => System.Net.IPNetwork.TryParse(n, out var network) ? network
            : throw new InvalidOperationException($"OpenNrm:ReverseProxy:KnownNetworks: '{n}' is not a network in CIDR notation (10.0.0.0/8).")).ToList();
        services.Configure<ForwardedHeadersOptions>(o =>
        {
            o.ForwardedHeaders = ForwardedHeaders.XForwardedFor | ForwardedHeaders.XForwardedProto;
            // Only the nearest proxy's entry counts: one hop, from an address the operator named.
            o.ForwardLimit = 1;
            o.KnownProxies.Clear();
            o.KnownIPNetworks.Clear();
            proxies.ForEach(o.KnownProxies.Add);
            networks.ForEach(o.KnownIPNetworks.Add);
        });
    }

    /// <summary>First in the pipeline, so that HSTS, cookies and rate limits see the client's scheme and address.</summary>
    public static void UseReverseProxy(this IApplicationBuilder app, IConfiguration configuration)
    {
        if (IsConfigured(configuration))
        {
            app.UseForwardedHeaders();
        }
    }

    private static string[] Values(IConfiguration configuration, string key) =>
        (configuration[$"OpenNrm:ReverseProxy:{key}"] ?? string.Empty).Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
}
