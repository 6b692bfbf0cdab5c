using System.CommandLine;
using System.Diagnostics;
using System.Globalization;
using OpenNrm.Web.Features.Deadlines;

namespace OpenNrm.Commands;

internal static class SweepCommand
{
    /// <summary>
    /// "sweep": the deadline sweep on demand, as the hourly job runs it (summaries refreshed, notices raised; no
    /// e-mail is sent from here). --repeat runs it again to time a pass with nothing left to change, as most
    /// hourly passes are.
    /// </summary>
    public static Command Sweep()
    {
        var repeat = new Option<int>("--repeat") { Description = "How many passes to run (each is timed).", DefaultValueFactory = _ => 1 };
        var command = new Command("sweep", "Run the deadline sweep over every pending procedure now, and time it.") { repeat };
        command.SetAction((parse, ct) => CommandLine.WithServicesAsync(async sp =>
        {
            var passes = parse.GetValue(repeat);
            if (passes is < 1 or > 100)
            {
                Console.Error.WriteLine("--repeat must be from 1 to 100.");
                return 2;
            }

            for (var i = 1; i <= passes; i++)
            {
                // A fresh unit of work per pass, as the job opens a scope per pass.
                await using var scope = sp.CreateAsyncScope();
                var watch = Stopwatch.StartNew();
                var result = await scope.ServiceProvider.GetRequiredService<DeadlineSweep>().RunAsync(null, ct);
                Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                    $"pass {i}: {result.Procedures:N0} procedures, {result.NoticesRaised:N0} notices raised, {result.Skipped:N0} skipped, {watch.Elapsed.TotalMilliseconds:F0} ms"));
            }

            return 0;
        }));
        return command;
    }
}
