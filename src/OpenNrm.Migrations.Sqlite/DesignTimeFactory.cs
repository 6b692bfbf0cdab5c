using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;
using OpenNrm.Web;
using OpenNrm.Web.Data;
using OpenNrm.Web.Security;

namespace OpenNrm.Migrations.Sqlite;

/// <summary>Lets dotnet-ef build the model for Sqlite without starting the server (no keys, no configuration).</summary>
public sealed class DesignTimeFactory : IDesignTimeDbContextFactory<AppDbContext>
{
    public AppDbContext CreateDbContext(string[] args)
    {
        var options = new DbContextOptionsBuilder<AppDbContext>();
        DatabaseSetup.Configure(options, DesignTimeOptions);
        return new AppDbContext(options.Options, FieldProtector.DesignTime);
    }

    private static OpenNrmOptions DesignTimeOptions => new()
    {
        DataDirectory = Path.GetTempPath(),
        PostgresConnectionString = null,
    };
}
