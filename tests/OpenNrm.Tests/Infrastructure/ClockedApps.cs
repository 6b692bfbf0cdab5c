using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace OpenNrm.Tests.Infrastructure;

/// <summary>
/// The real host with a clock the test moves, on either database: for rules that take years to show (retention).
/// The clock starts at the real time and only moves forward; accounts made after a jump get tokens valid then.
/// </summary>
public abstract class ClockedTestApp(Provider provider) : TestApp(provider)
{
    public FakeTimeProvider Clock { get; } = new(DateTimeOffset.UtcNow);

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.ConfigureTestServices(services => services.AddSingleton<TimeProvider>(Clock));
    }
}

public sealed class ClockedSqliteApp() : ClockedTestApp(Provider.Sqlite);

public sealed class ClockedPostgresApp() : ClockedTestApp(Provider.Postgres);
