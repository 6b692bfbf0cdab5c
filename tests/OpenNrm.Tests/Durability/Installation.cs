using System.Diagnostics;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Identity;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using OpenNrm.Domain.Access;
using OpenNrm.Tests.Infrastructure;
using OpenNrm.Web.Features.Access;
using OpenNrm.Web.Hosting;

namespace OpenNrm.Tests.Durability;

/// <summary>
/// One production-like installation (demo mode off, its own master key) on a fresh SQLite file or a fresh
/// PostgreSQL database, and the real executable run against it: the server, and the subcommands.
/// </summary>
public sealed class Installation : IDisposable
{
    private Installation(Provider provider, string masterKey)
    {
        Provider = provider;
        MasterKey = masterKey;
        DataDirectory = Path.Combine(Path.GetTempPath(), "onrm-dur-" + Guid.NewGuid().ToString("N")[..10]);
        Postgres = provider == Provider.Postgres ? PostgresCluster.NewDatabase() : null;
        Directory.CreateDirectory(DataDirectory);
    }

    public Provider Provider { get; }

    public string DataDirectory { get; }

    public string? Postgres { get; }

    /// <summary>Shared by an installation and its restore target: a backup is readable only with its master key.</summary>
    public string MasterKey { get; }

    public string SqliteFile => Path.Combine(DataDirectory, "opennrm.db");

    public static Installation Create(Provider provider) => new(provider, Web.Security.MasterKey.NewBase64());

    /// <summary>The same deployment (same master key) on another, empty database: a restore target.</summary>
    public Installation Sibling() => new(Provider, MasterKey);

    public IReadOnlyDictionary<string, string> Environment => new Dictionary<string, string>
    {
        ["OpenNrm__DataDirectory"] = DataDirectory,
        ["OpenNrm__DemoMode"] = "false",
        ["OpenNrm__MasterKey"] = MasterKey,
        ["ConnectionStrings__Postgres"] = Postgres ?? string.Empty,
        ["ASPNETCORE_ENVIRONMENT"] = "Production",
        ["Logging__LogLevel__Default"] = "Warning",
    };

    /// <summary>Schema, reference data, and an enrolled account of the role with a bearer token; through the application's own services.</summary>
    public async Task<string> AccountWithTokenAsync(Role role)
    {
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions { EnvironmentName = "Testing", ContentRootPath = AppContext.BaseDirectory });
        builder.Logging.SetMinimumLevel(LogLevel.Warning);
        // EF logs the first look for its history table in a new database as an error; it is not one.
        builder.Logging.AddFilter("Microsoft.EntityFrameworkCore", LogLevel.None);
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["OpenNrm:DataDirectory"] = DataDirectory,
            ["OpenNrm:DemoMode"] = "false",
            ["OpenNrm:MasterKey"] = MasterKey,
            ["ConnectionStrings:Postgres"] = Postgres ?? string.Empty,
        });
        builder.AddOpenNrm();
        await using var app = builder.Build();
        await Startup.InitialiseAsync(app.Services);
        await using var scope = app.Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>();
        var email = $"{role.ToString().ToLowerInvariant()}-{Guid.NewGuid().ToString("N")[..6]}@durability.opennrm.local";
        var user = new AppUser
        {
            Id = Guid.CreateVersion7(),
            UserName = email,
            Email = email,
            DisplayName = "Durability " + role,
            OrganisationId = BelgianReferenceData.IdFor(BelgianReferenceData.DemoSeats[role]),
        };
        Check(await users.CreateAsync(user, TestApp.Password));
        Check(await users.AddToRoleAsync(user, role.ToString()));
        var token = await scope.ServiceProvider.GetRequiredService<ApiTokens>().CreateAsync(email, 1, "durability");
        // Closes this process's pooled connections: the SQLite log is folded into the file, as after any command.
        SqliteConnection.ClearAllPools();
        return token.Secret;
    }

    public ServerProcess StartServer() => ServerProcess.Start(this);

    /// <summary>A subcommand of the real executable against this installation.</summary>
    public async Task<(int Exit, string Output)> RunAsync(params string[] args)
    {
        var start = Executable(args);
        start.RedirectStandardOutput = true;
        start.RedirectStandardError = true;
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        return (process.ExitCode, await output + await error);
    }

    public ProcessStartInfo Executable(params string[] args)
    {
        var start = new ProcessStartInfo("dotnet") { WorkingDirectory = AppContext.BaseDirectory };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "OpenNrm.dll"));
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        foreach (var (key, value) in Environment)
        {
            start.Environment[key] = value;
        }

        return start;
    }

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        if (Directory.Exists(DataDirectory))
        {
            Directory.Delete(DataDirectory, recursive: true);
        }
    }

    private static void Check(IdentityResult result)
    {
        if (!result.Succeeded)
        {
            throw new InvalidOperationException(string.Join("; ", result.Errors.Select(e => e.Description)));
        }
    }
}
