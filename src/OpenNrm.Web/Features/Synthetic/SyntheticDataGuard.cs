using Microsoft.EntityFrameworkCore;

namespace OpenNrm.Web.Features.Synthetic;

/// <summary>
/// Synthetic persons must never sit beside real victims: a statistic, a protection check or a caseworker's list
/// would mix them up. A file made by the application carries a reference of the form NRM-yyyy-XXXXXX; the demo
/// seeder's files are NRM-DEMO-nnn and the generator's NRM-SYN-nnnnnnn, so the references tell whether a database
/// may hold a real person. Every record about a person (signal, referral, procedure) hangs on a file, so the files
/// are enough to look at.
/// The rule:
/// <list type="bullet">
/// <item>no file other than demo or synthetic ones: generate, in or out of demo mode (an empty PostgreSQL database
/// for a load test is the usual case);</item>
/// <item>any other file: refuse, unless demo mode is on and <c>--force</c> is given. Demo mode is the operator's
/// statement that the database holds no real person (it shows one-time codes on the sign-in page), so only there
/// may files typed in by hand be overridden. Outside demo mode nothing overrides the refusal.</item>
/// </list>
/// </summary>
public static class SyntheticDataGuard
{
    public const string SyntheticPrefix = "NRM-SYN-";

    /// <summary>The references <see cref="Demo.DemoData"/> gives its files.</summary>
    public const string DemoPrefix = "NRM-DEMO-";

    /// <summary>How many files neither the demo seeder nor the generator made: files that may be real victims'.</summary>
    public static Task<int> OtherFilesAsync(Data.AppDbContext db, CancellationToken ct) =>
        db.Cases.CountAsync(c => !c.Reference.StartsWith(DemoPrefix) && !c.Reference.StartsWith(SyntheticPrefix), ct);

    /// <summary>Null when generation may go ahead, else the reason it may not.</summary>
    public static string? Refusal(int otherFiles, bool demoMode, bool force) =>
        otherFiles == 0 ? null
        : !demoMode ? $"The database holds {otherFiles} file(s) that neither the demo seeder nor the generator made, so it may hold real victims' data. " +
                      "Synthetic data is never added to such a database; --force is accepted in demo mode only. Generate into a new, empty database instead."
        : !force ? $"The database holds {otherFiles} file(s) that neither the demo seeder nor the generator made. It is in demo mode, so these should be " +
                   "made-up files typed in by hand: if so, run again with --force to add synthetic data beside them."
        : null;
}
