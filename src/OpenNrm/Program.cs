using OpenNrm.Commands;
using OpenNrm.Web.Hosting;

// One executable: "serve" (the default) runs the web server; the other subcommands administer the same database.
if (CommandLine.IsSubcommand(args))
{
    return await CommandLine.RunAsync(args);
}

var builder = WebApplication.CreateBuilder(args);
var options = builder.AddOpenNrm();
var app = builder.Build();
app.UseOpenNrm();
await Startup.InitialiseAsync(app.Services);
app.Lifetime.ApplicationStarted.Register(() => Banner.Print(app, options));
await app.RunAsync();
return 0;

/// <summary>Visible to the integration tests' WebApplicationFactory.</summary>
public partial class Program;
