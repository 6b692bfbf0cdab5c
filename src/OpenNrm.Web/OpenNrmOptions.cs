using Microsoft.Extensions.Configuration;

namespace OpenNrm.Web;

/// <summary>
/// The deployment's settings, read once at start-up from appsettings and OPENNRM__* environment variables.
/// Demo mode is on by default only for the embedded SQLite database, and can never run on PostgreSQL.
/// </summary>
public sealed record OpenNrmOptions
{
    public string DataDirectory { get; init; } = "data";

    public string? PostgresConnectionString { get; init; }

    public bool DemoMode { get; init; }

    /// <summary>
    /// Demo mode only: how many generated persons join the hand-made demo files at the first start, so that lists,
    /// clocks and statistics look like a working decade. 0 leaves the demo with its hand-made files alone.
    /// </summary>
    public int DemoPersons { get; init; } = DefaultDemoPersons;

    public const int DefaultDemoPersons = 500;

    /// <summary>The population is written in one transaction, in the background of a demo's first start.</summary>
    public const int MaxDemoPersons = 5000;

    public string? MasterKey { get; init; }

    public TimeSpan IdleTimeout { get; init; } = TimeSpan.FromMinutes(20);

    public TimeSpan AbsoluteTimeout { get; init; } = TimeSpan.FromHours(10);

    /// <summary>Sign-in attempts per minute and client address, across the sign-in pages.</summary>
    public int LoginAttemptsPerMinute { get; init; } = 20;

    public bool UsesPostgres => !string.IsNullOrWhiteSpace(PostgresConnectionString);

    public string SqlitePath => Path.GetFullPath(Path.Combine(DataDirectory, "opennrm.db"));

    public static OpenNrmOptions From(IConfiguration configuration)
    {
        var section = configuration.GetSection("OpenNrm");
        var postgres = configuration.GetConnectionString("Postgres");
        var demo = section.GetValue<bool?>("DemoMode") ?? string.IsNullOrWhiteSpace(postgres);
        var options = new OpenNrmOptions
        {
            DataDirectory = section["DataDirectory"] ?? "data",
            PostgresConnectionString = postgres,
            DemoMode = demo,
            MasterKey = section["MasterKey"],
            IdleTimeout = TimeSpan.FromMinutes(section.GetValue("IdleTimeoutMinutes", 20)),
            AbsoluteTimeout = TimeSpan.FromHours(section.GetValue("AbsoluteTimeoutHours", 10)),
            LoginAttemptsPerMinute = section.GetValue("LoginAttemptsPerMinute", 20),
            DemoPersons = section.GetValue("DemoPersons", DefaultDemoPersons),
        };
        if (options.DemoMode && options.UsesPostgres)
        {
            throw new InvalidOperationException(
                "Demo mode (shown one-time codes, demo accounts) cannot run on a PostgreSQL database. " +
                "Set OpenNrm:DemoMode=false for a production deployment.");
        }

        if (options.DemoPersons is < 0 or > MaxDemoPersons)
        {
            throw new InvalidOperationException(
                $"OpenNrm:DemoPersons must be between 0 and {MaxDemoPersons}: the demo's generated population is written in one transaction at its first start.");
        }

        if (!options.DemoMode && string.IsNullOrWhiteSpace(options.MasterKey))
        {
            throw new InvalidOperationException(
                "OpenNrm:MasterKey is required outside demo mode: 32 random bytes in base64 (see docs/operations.md).");
        }

        return options;
    }
}
