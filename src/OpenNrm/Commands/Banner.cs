using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using OpenNrm.Domain.Access;
using OpenNrm.Web;
using OpenNrm.Web.Features.Access;

namespace OpenNrm.Commands;

/// <summary>What a newcomer needs to see after the first "dotnet run": where to go and how to sign in.</summary>
internal static class Banner
{
    public static void Print(WebApplication app, OpenNrmOptions options)
    {
        var addresses = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()?.Addresses ?? [];
        var url = addresses.FirstOrDefault() ?? "http://localhost:5080";
        Console.WriteLine();
        Console.WriteLine($"OpenNRM is running at {url}");
        Console.WriteLine(options.UsesPostgres ? "Database: PostgreSQL" : $"Database: SQLite at {options.SqlitePath}");
        if (options.DemoMode)
        {
            Console.WriteLine("DEMO MODE: demo accounts, demo data, one-time codes shown on the sign-in page. Never use with real data.");
            Console.WriteLine($"Sign in as {DemoAccounts.EmailFor(Role.CentreCaseworker)} (or any role: <role>@demo.opennrm.local), password {DemoAccounts.Password}");
        }

        Console.WriteLine();
    }
}
