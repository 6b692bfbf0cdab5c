using System.CommandLine;
using OpenNrm.Web.Features.Retention;

namespace OpenNrm.Commands;

internal static class PurgeCommand
{
    /// <summary>
    /// The retention purge on demand, as the background job runs it: erases personal data past its period, or with
    /// --dry-run only counts what is due. Prints counts only, like the audit entry it writes.
    /// </summary>
    public static Command Purge()
    {
        var dryRun = new Option<bool>("--dry-run") { Description = "Count what is due without erasing anything." };
        var command = new Command("purge", "Erase personal data past its retention period (legal holds respected).") { dryRun };
        command.SetAction((parse, ct) => CommandLine.WithServicesAsync(async sp =>
        {
            var report = await sp.GetRequiredService<RetentionPurge>().RunAsync(parse.GetValue(dryRun), ct);
            Console.WriteLine(report.DryRun
                ? $"Dry run on {report.Today:yyyy-MM-dd}: {report.FilesDue} files due, {report.FilesHeld} kept by a legal hold; nothing erased."
                : $"Purge on {report.Today:yyyy-MM-dd}: {report.FilesErased} of {report.FilesDue} files erased, {report.FilesHeld} kept by a legal hold, {report.Failures} failed.");
            foreach (var c in report.Classes)
            {
                Console.WriteLine($"  {c.RecordClass}: {c.Files} files{(report.DryRun ? string.Empty : $", {c.Records} records")}");
            }

            if (report.Unerasable.Count > 0)
            {
                Console.WriteLine($"  Not erasable by this version (kept): {string.Join(", ", report.Unerasable)}");
            }

            return report.Failures == 0 ? 0 : 1;
        }));
        return command;
    }
}
