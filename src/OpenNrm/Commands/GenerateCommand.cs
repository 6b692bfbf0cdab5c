using System.CommandLine;
using System.Diagnostics;
using System.Globalization;
using NodaTime;
using NodaTime.Text;
using OpenNrm.Web.Features.Synthetic;

namespace OpenNrm.Commands;

/// <summary>
/// "generate": fills the database with synthetic persons for load tests and demonstrations. Refuses (exit 2,
/// nothing written) when the database may hold real victims' data; see <see cref="SyntheticDataGuard"/>.
/// </summary>
internal static class GenerateCommand
{
    public static Command Generate()
    {
        var persons = new Option<int>("--persons") { Description = "How many persons to generate.", Required = true };
        var seed = new Option<int>("--seed") { Description = "Seed of the random source: the same seed and as-of date give the same data.", DefaultValueFactory = _ => 2026 };
        var asOf = new Option<string?>("--as-of") { Description = "The day the data runs up to (YYYY-MM-DD, default today); nothing happens on or after it." };
        var batch = new Option<int>("--batch") { Description = "Persons per transaction.", DefaultValueFactory = _ => GenerationRequest.DefaultBatchSize };
        var force = new Option<bool>("--force") { Description = "In demo mode only: add synthetic data beside files typed in by hand." };
        var copy = new Option<bool>("--copy") { Description = "PostgreSQL only: write each batch with binary COPY instead of SaveChanges." };
        var reads = new Option<int>("--reads") { Description = "Later reads of each file to add to the audit trail, 0 to 500 (about 100 at a million persons gives the European scale's 100 million entries)." };
        var command = new Command("generate", "Generate synthetic signals, files, referrals, procedures and audit entries (never into a database with real data).")
        {
            persons, seed, asOf, batch, force, copy, reads,
        };
        command.SetAction((parse, ct) => CommandLine.WithServicesAsync(async sp =>
        {
            LocalDate? day = null;
            if (parse.GetValue(asOf) is { } text)
            {
                var parsed = LocalDatePattern.Iso.Parse(text);
                if (!parsed.Success)
                {
                    Console.Error.WriteLine("--as-of must be a date written YYYY-MM-DD.");
                    return 2;
                }

                day = parsed.Value;
            }

            var request = new GenerationRequest(parse.GetValue(persons), parse.GetValue(seed), day, parse.GetValue(force), parse.GetValue(batch), parse.GetValue(copy),
                parse.GetValue(reads));
            var bar = new ProgressBar(Console.IsOutputRedirected);
            var outcome = await sp.GetRequiredService<SyntheticDataGenerator>().GenerateAsync(request, bar, ct);
            bar.Finish();
            if (outcome.Report is not { } report)
            {
                Console.Error.WriteLine("Nothing generated. " + outcome.Refusal);
                return 2;
            }

            Print(report);
            return 0;
        }));
        return command;
    }

    private static void Print(GenerationReport r)
    {
        var seconds = r.Elapsed.TotalSeconds;
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"Generated {r.Persons:N0} persons in {seconds:F1} s ({r.Persons / seconds:N0} persons/s; sealing the audit trail took {r.Sealing.TotalSeconds:F1} s of it)."));
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{r.Signals:N0} signals, {r.Persons:N0} files ({r.FirstReference} to {r.LastReference}), {r.Referrals:N0} referrals, " +
            $"{r.Procedures:N0} residence procedures with {r.ProcedureEvents:N0} events, {r.AuditEntries:N0} audit entries."));
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"Synthetic staff accounts created: {r.StaffAccountsCreated} (disabled, no password). Events the law refused and left out: {r.RefusedEvents}."));
    }

    /// <summary>
    /// One line redrawn in place on a terminal (percentage, count and rate, at most four times a second); plain
    /// lines at every tenth when the output goes to a file or a pipe, so a log stays readable.
    /// </summary>
    private sealed class ProgressBar(bool redirected) : IProgress<GenerationProgress>
    {
        private const int Width = 20;
        private static readonly TimeSpan Interval = TimeSpan.FromMilliseconds(250);
        private readonly Stopwatch _watch = Stopwatch.StartNew();
        private TimeSpan? _lastDrawn;
        private int _lastTenth = -1;
        private bool _drawn;

        public void Report(GenerationProgress value)
        {
            var share = value.PersonsTotal == 0 ? 1 : (double)value.PersonsDone / value.PersonsTotal;
            var rate = value.PersonsDone / Math.Max(_watch.Elapsed.TotalSeconds, 0.001);
            if (redirected)
            {
                var tenth = (int)(share * 10);
                if (tenth > _lastTenth)
                {
                    _lastTenth = tenth;
                    Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                        $"generated {value.PersonsDone:N0}/{value.PersonsTotal:N0} persons ({share:P0}), {rate:N0} persons/s"));
                }

                return;
            }

            var done = value.PersonsDone == value.PersonsTotal;
            if (!done && _lastDrawn is { } last && _watch.Elapsed - last < Interval)
            {
                return;
            }

            _lastDrawn = _watch.Elapsed;
            var filled = (int)(share * Width);
            var eta = rate > 0 ? TimeSpan.FromSeconds((value.PersonsTotal - value.PersonsDone) / rate) : TimeSpan.Zero;
            Console.Write(string.Create(CultureInfo.InvariantCulture,
                $"\r[{new string('#', filled)}{new string('-', Width - filled)}] {share,6:P1}  {value.PersonsDone:N0}/{value.PersonsTotal:N0} persons  {rate,7:N0}/s  ETA {eta:mm\\:ss} "));
            _drawn = true;
        }

        /// <summary>Ends the redrawn line, so that what follows starts on a line of its own.</summary>
        public void Finish()
        {
            if (_drawn)
            {
                Console.WriteLine();
            }
        }
    }
}
