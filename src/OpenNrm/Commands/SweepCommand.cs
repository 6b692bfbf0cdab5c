using System.CommandLine;
using System.Diagnostics;
using System.Globalization;
using NodaTime;
using NodaTime.Text;
using OpenNrm.Web.Features.Deadlines;

namespace OpenNrm.Commands;

internal static class SweepCommand
{
    /// <summary>
    /// "sweep": the deadline sweep on demand, as the hourly job runs it (summaries refreshed, notices raised; no
    /// e-mail is sent from here). --repeat runs it again to time a pass with nothing left to change, as most
    /// hourly passes are; --every-pending looks at every pending procedure (after the lead times changed);
    /// --days rehearses the passes of the coming days on generated data.
    /// </summary>
    public static Command Sweep()
    {
        var repeat = new Option<int>("--repeat") { Description = "How many passes to run (each is timed).", DefaultValueFactory = _ => 1 };
        var everyPending = new Option<bool>("--every-pending") { Description = "Look at every pending procedure, not only those due for a review (run it after changing the lead times)." };
        var days = new Option<int>("--days") { Description = "Then rehearse the passes of the next N days, one per day (generated data only: it raises notices dated ahead)." };
        var force = new Option<bool>("--force") { Description = "With --days in demo mode: rehearse although the database holds files typed in by hand." };
        var command = new Command("sweep", "Run the deadline sweep now, and time it.") { repeat, everyPending, days, force };
        command.SetAction((parse, ct) => CommandLine.WithServicesAsync(async sp =>
        {
            var passes = parse.GetValue(repeat);
            var ahead = parse.GetValue(days);
            if (passes is < 1 or > 100 || ahead is < 0 or > 366)
            {
                Console.Error.WriteLine("--repeat must be from 1 to 100 and --days from 0 to 366.");
                return 2;
            }

            for (var i = 1; i <= passes; i++)
            {
                // A fresh unit of work per pass, as the job opens a scope per pass.
                await using var scope = sp.CreateAsyncScope();
                var watch = Stopwatch.StartNew();
                var result = await scope.ServiceProvider.GetRequiredService<DeadlineSweep>().RunAsync(null, parse.GetValue(everyPending), ct);
                Print($"pass {i}", result, watch);
            }

            var today = Web.Features.Shared.LegalCalendar.Today(sp.GetRequiredService<TimeProvider>());
            for (var d = 1; d <= ahead; d++)
            {
                await using var scope = sp.CreateAsyncScope();
                var watch = Stopwatch.StartNew();
                var day = today.PlusDays(d);
                var (result, refusal) = await scope.ServiceProvider.GetRequiredService<SweepRehearsal>().RunAsync(day, parse.GetValue(force), ct);
                if (refusal is not null)
                {
                    Console.Error.WriteLine(refusal);
                    return 2;
                }

                Print("as of " + LocalDatePattern.Iso.Format(day), result!, watch);
            }

            return 0;
        }));
        return command;
    }

    private static void Print(string label, SweepResult result, Stopwatch watch) =>
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{label}: {result.Procedures:N0} procedures, {result.NoticesRaised:N0} notices raised, {result.Skipped:N0} skipped, {watch.Elapsed.TotalMilliseconds:F0} ms"));
}
