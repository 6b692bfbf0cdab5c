using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using OpenNrm.Web.Data;
using OpenNrm.Web.Features.Access;

namespace OpenNrm.Web.Hosting;

/// <summary>First run and every run: bring the schema up to date, add missing reference data, and in demo mode the demo accounts.</summary>
public static class Startup
{
    public static async Task InitialiseAsync(IServiceProvider services, CancellationToken ct = default)
    {
        await using var scope = services.CreateAsyncScope();
        var sp = scope.ServiceProvider;
        await DatabaseMigrator.MigrateAsync(sp.GetRequiredService<AppDbContext>(), ct);
        sp.GetRequiredService<Security.FieldProtector>().EnsureKeyRing();
        await sp.GetRequiredService<ReferenceDataSeeder>().SeedAsync(ct);
        await sp.GetRequiredService<Features.Leaflet.LeafletSeeder>().SeedAsync(ct);
        if (sp.GetRequiredService<OpenNrmOptions>().DemoMode)
        {
            var created = await sp.GetRequiredService<DemoAccounts>().EnsureAsync(ct);
            await sp.GetRequiredService<Features.Demo.DemoData>().EnsureAsync(ct: ct);
            if (created > 0)
            {
                sp.GetRequiredService<ILoggerFactory>().CreateLogger("OpenNrm").LogInformation("Demo accounts created: {Count}", created);
            }
        }

        // Files created before name keys existed, or under older key rules, become findable by the protection check.
        var reindexed = await sp.GetRequiredService<Features.Cases.CaseNames>().ReindexAsync(ct);
        if (reindexed > 0)
        {
            sp.GetRequiredService<ILoggerFactory>().CreateLogger("OpenNrm").LogInformation("Name keys recomputed for {Count} files", reindexed);
        }
    }
}
