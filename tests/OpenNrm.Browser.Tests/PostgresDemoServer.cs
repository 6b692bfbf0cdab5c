using Microsoft.Extensions.DependencyInjection;
using OpenNrm.Tests.Infrastructure;
using OpenNrm.Web.Features.Access;
using OpenNrm.Web.Features.Demo;

namespace OpenNrm.Browser.Tests;

/// <summary>
/// The same server on its own database in the throwaway PostgreSQL cluster the HTTP tests use. Demo mode is refused
/// on PostgreSQL (it shows one-time codes), so the server runs as in production and the test seeds the same
/// accounts and files the demo has; the codes are computed from the enrolled keys, as an authenticator app would.
/// </summary>
public sealed class PostgresDemoServer : DemoServer
{
    private readonly Lazy<string> _database = new(PostgresCluster.NewDatabase);

    protected override string PostgresConnectionString() => _database.Value;

    protected override async Task SeedAsync()
    {
        await using var scope = Services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<DemoAccounts>().EnsureAsync();
        await scope.ServiceProvider.GetRequiredService<DemoData>().EnsureAsync();
    }
}
