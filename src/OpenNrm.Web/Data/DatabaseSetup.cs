using System.Data.Common;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.DataProtection.KeyManagement;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using OpenNrm.Web.Security;

namespace OpenNrm.Web.Data;

public static class DatabaseSetup
{
    public const string SqliteMigrations = "OpenNrm.Migrations.Sqlite";
    public const string PostgresMigrations = "OpenNrm.Migrations.Postgres";

    public static IServiceCollection AddOpenNrmDatabase(this IServiceCollection services, OpenNrmOptions options)
    {
        services.AddSingleton(options);
        services.AddSingleton(ResolveMasterKey(options));
        services.AddSingleton<FieldProtector>();
        services.AddSingleton<BlindIndex>();
        services.AddSingleton<NameKeyIndex>();
        services.AddScoped<Features.Cases.CaseNames>();
        services.AddScoped<Features.Cases.PossibleDuplicates>();
        services.AddDbContext<AppDbContext>(db => Configure(db, options));

        services.AddDataProtection()
            .SetApplicationName("OpenNrm")
            .PersistKeysToDbContext<AppDbContext>();
        services.AddSingleton<IConfigureOptions<KeyManagementOptions>>(sp =>
            new ConfigureOptions<KeyManagementOptions>(o => o.XmlEncryptor = new MasterKeyXmlEncryptor(sp.GetRequiredService<MasterKey>())));
        return services;
    }

    public static void Configure(DbContextOptionsBuilder db, OpenNrmOptions options)
    {
        if (options.UsesPostgres)
        {
            db.UseNpgsql(options.PostgresConnectionString, npg => npg.MigrationsAssembly(PostgresMigrations));
        }
        else
        {
            Directory.CreateDirectory(Path.GetDirectoryName(options.SqlitePath)!);
            var connection = new SqliteConnectionStringBuilder { DataSource = options.SqlitePath, Pooling = true, DefaultTimeout = 30 };
            db.UseSqlite(connection.ToString(), sqlite => sqlite.MigrationsAssembly(SqliteMigrations));
            db.AddInterceptors(SqlitePragmas.Instance, SqliteWriteGate.Instance);
        }

        db.ReplaceService<IModelCacheKeyFactory, ProtectorAwareModelCacheKeyFactory>();
    }

    private static MasterKey ResolveMasterKey(OpenNrmOptions options)
    {
        if (!string.IsNullOrWhiteSpace(options.MasterKey))
        {
            return MasterKey.FromBase64(options.MasterKey);
        }

        // Demo mode only (OpenNrmOptions refuses otherwise): a key generated on first run, kept next to the database.
        var path = Path.Combine(options.DataDirectory, "demo-master.key");
        Directory.CreateDirectory(options.DataDirectory);
        if (!File.Exists(path))
        {
            File.WriteAllText(path, MasterKey.NewBase64());
            if (!OperatingSystem.IsWindows())
            {
                File.SetUnixFileMode(path, UnixFileMode.UserRead | UnixFileMode.UserWrite);
            }
        }

        return MasterKey.FromBase64(File.ReadAllText(path).Trim());
    }
}

/// <summary>
/// Every SQLite connection: synchronous=FULL so that an acknowledged write survives a power cut in WAL mode,
/// foreign keys on, and a busy timeout instead of an immediate "database is locked".
/// </summary>
internal sealed class SqlitePragmas : DbConnectionInterceptor
{
    public static readonly SqlitePragmas Instance = new();

    private const string Pragmas = "PRAGMA synchronous=FULL; PRAGMA foreign_keys=ON; PRAGMA busy_timeout=10000;";

    public override void ConnectionOpened(DbConnection connection, ConnectionEndEventData eventData) => Apply(connection);

    public override Task ConnectionOpenedAsync(DbConnection connection, ConnectionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        Apply(connection);
        return Task.CompletedTask;
    }

    private static void Apply(DbConnection connection)
    {
        using var command = connection.CreateCommand();
        command.CommandText = Pragmas;
        command.ExecuteNonQuery();
    }
}
