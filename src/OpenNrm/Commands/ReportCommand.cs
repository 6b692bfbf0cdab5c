using System.CommandLine;
using System.Diagnostics;
using System.Globalization;
using OpenNrm.Web.Features.Statistics;
using OpenNrm.Web.Features.Statistics.Runs;

namespace OpenNrm.Commands;

internal static class ReportCommand
{
    /// <summary>
    /// "report": one of the rapporteur's exports written to a file, with each step and its time on the console.
    /// The same code and the same disclosure control as the exports page; the audit entry names no user (the
    /// operator of the server ran it).
    /// </summary>
    public static Command Report()
    {
        var year = new Option<int>("--year") { Description = "The reference year.", Required = true };
        var kind = new Option<string>("--kind")
        {
            Description = "eurostat.csv, key-figures, report.csv, report.docx or tables.xlsx.", DefaultValueFactory = _ => "report.docx",
        };
        var output = new Option<FileInfo>("--out") { Description = "File to write (must not exist).", Required = true };
        var repeat = new Option<int>("--repeat")
        {
            Description = "How many times to compute the export in this process, each timed and audited; the last is written (later runs are warm, as in a running server).",
            DefaultValueFactory = _ => 1,
        };
        var command = new Command("report", "Write a statistics export of a year (the annual report by default) to a file, showing its progress.")
        {
            year, kind, output, repeat,
        };
        command.SetAction((parse, ct) => CommandLine.WithServicesAsync(async sp =>
        {
            var file = parse.GetValue(output)!;
            if (StatisticsExports.Find(parse.GetValue(kind)) is not { } k)
            {
                Console.Error.WriteLine("--kind must be one of: eurostat.csv, key-figures, report.csv, report.docx, tables.xlsx.");
                return 2;
            }

            var clock = sp.GetRequiredService<TimeProvider>();
            if (!StatisticsYear.IsCountable(parse.GetValue(year), clock))
            {
                Console.Error.WriteLine($"--year must be a year from {StatisticsYear.First} to {StatisticsYear.LastComplete(clock) + 1}.");
                return 2;
            }

            if (file.Exists)
            {
                Console.Error.WriteLine($"{file.FullName} exists; choose a new file name.");
                return 2;
            }

            var runs = parse.GetValue(repeat);
            if (runs is < 1 or > 100)
            {
                Console.Error.WriteLine("--repeat must be from 1 to 100.");
                return 2;
            }

            var exports = sp.GetRequiredService<StatisticsExports>();
            var (export, took) = (default(ExportFile)!, TimeSpan.Zero);
            for (var run = 1; run <= runs; run++)
            {
                (export, took) = await TimedAsync(exports, k, parse.GetValue(year), ct);
                if (runs > 1)
                {
                    Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"Run {run}: {took.TotalSeconds:F2} s."));
                }
            }

            await File.WriteAllBytesAsync(file.FullName, export.Content, ct);
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"Wrote {file.FullName} ({export.Content.Length:N0} bytes) in {took.TotalSeconds:F2} s."));
            return 0;
        }));
        return command;
    }

    /// <summary>One export, its steps shown as they go; returns it with the time it took.</summary>
    private static async Task<(ExportFile Export, TimeSpan Took)> TimedAsync(StatisticsExports exports, ExportKind kind, int year, CancellationToken ct)
    {
        var steps = new StepPrinter();
        var export = await exports.FileAsync(kind, year, null, steps, ct);
        steps.Finish();
        return (export, steps.Total);
    }

    /// <summary>Prints each step as it starts, and the time the previous one took.</summary>
    private sealed class StepPrinter : IProgress<ReportProgress>
    {
        private readonly Stopwatch _watch = Stopwatch.StartNew();
        private TimeSpan _stepStarted;
        private ReportProgress? _current;

        public TimeSpan Total => _watch.Elapsed;

        public void Report(ReportProgress value)
        {
            EndStep();
            _current = value;
            _stepStarted = _watch.Elapsed;
            Console.Write(string.Create(CultureInfo.InvariantCulture, $"[{value.Step}/{ReportProgress.StepCount}] {value.Name}..."));
        }

        public void Finish() => EndStep();

        private void EndStep()
        {
            if (_current is not null)
            {
                Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $" {(_watch.Elapsed - _stepStarted).TotalSeconds:F2} s"));
            }

            _current = null;
        }
    }
}
