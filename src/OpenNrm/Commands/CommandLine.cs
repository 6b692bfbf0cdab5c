using System.CommandLine;
using System.Data.Common;
using OpenNrm.Web;
using OpenNrm.Web.Data;
using OpenNrm.Web.Features.Access;
using OpenNrm.Web.Features.Audit;
using OpenNrm.Web.Hosting;

namespace OpenNrm.Commands;

/// <summary>
/// The administration subcommands. Each builds the same services as the server (same configuration, same
/// database, same keys), runs one operation and exits with 0 on success.
/// </summary>
internal static class CommandLine
{
    private static readonly string[] Subcommands = ["serve", "migrate", "seed-demo", "create-admin", "token", "audit", "backup", "restore", "generate", "purge", "sweep", "report"];

    public static bool IsSubcommand(string[] args) => args.Length > 0 && Subcommands.Contains(args[0]) && args[0] != "serve";

    public static async Task<int> RunAsync(string[] args)
    {
        var root = new RootCommand("OpenNRM: the national referral mechanism for victims of trafficking in human beings.");
        root.Subcommands.Add(Command("migrate", "Apply pending database migrations and add missing reference data.", async (sp, _) =>
        {
            await Startup.InitialiseAsync(sp);
            var refreshed = await sp.GetRequiredService<Web.Features.Residence.MilestoneRefresh>().RunAsync(CancellationToken.None);
            Console.WriteLine(refreshed > 0 ? $"Database is up to date; milestones computed for {refreshed} procedures." : "Database is up to date.");
            return 0;
        }));
        root.Subcommands.Add(Command("seed-demo", "Create the demo accounts (demo mode only).", async (sp, _) =>
        {
            if (!sp.GetRequiredService<OpenNrmOptions>().DemoMode)
            {
                Console.Error.WriteLine("seed-demo runs only in demo mode.");
                return 2;
            }

            await Startup.InitialiseAsync(sp);
            Console.WriteLine("Demo accounts are ready.");
            return 0;
        }));
        root.Subcommands.Add(AdminCommands.CreateAdmin());
        root.Subcommands.Add(TokenCommands.Token());
        root.Subcommands.Add(AuditCommands.Audit());
        root.Subcommands.Add(BackupCommand.Backup());
        root.Subcommands.Add(RestoreCommand.Restore());
        root.Subcommands.Add(GenerateCommand.Generate());
        root.Subcommands.Add(PurgeCommand.Purge());
        root.Subcommands.Add(SweepCommand.Sweep());
        root.Subcommands.Add(ReportCommand.Report());
        try
        {
            return await root.Parse(args).InvokeAsync(new InvocationConfiguration { EnableDefaultExceptionHandler = false });
        }
        catch (DbException ex)
        {
            // An unreachable database, a wrong password or a refused statement: the operator gets the reason, not a trace.
            Console.Error.WriteLine($"The database refused the command: {ex.Message}");
            return 2;
        }
    }

    public static Command Command(string name, string description, Func<IServiceProvider, ParseResult, Task<int>> action)
    {
        var command = new Command(name, description);
        command.SetAction((parse, ct) => WithServicesAsync(sp => action(sp, parse)));
        return command;
    }

    public static async Task<int> WithServicesAsync(Func<IServiceProvider, Task<int>> action)
    {
        try
        {
            // The configuration is read here too: a wrong setting is a message, not a trace.
            var builder = WebApplication.CreateBuilder([]);
            builder.Logging.SetMinimumLevel(LogLevel.Warning);
            builder.AddOpenNrm();
            await using var app = builder.Build();
            // Like the server's first run: a command on a new database finds the schema and reference data in place.
            await Startup.InitialiseAsync(app.Services);
            await using var scope = app.Services.CreateAsyncScope();
            return await action(scope.ServiceProvider);
        }
        catch (InvalidOperationException ex)
        {
            Console.Error.WriteLine(ex.Message);
            return 2;
        }
        catch (ArgumentException ex)
        {
            Console.Error.WriteLine(ex.Message);
            return 2;
        }
    }
}
