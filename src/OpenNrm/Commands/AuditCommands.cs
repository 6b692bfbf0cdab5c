using System.CommandLine;
using OpenNrm.Web.Features.Audit;

namespace OpenNrm.Commands;

internal static class AuditCommands
{
    public static Command Audit()
    {
        var verify = new Command("verify", "Check the whole audit trail; exit 1 naming the first bad entry.");
        verify.SetAction((_, ct) => CommandLine.WithServicesAsync(async sp =>
        {
            // Seal what the server has not sealed yet, so that the check covers the newest entries too.
            await sp.GetRequiredService<AuditSealer>().SealPendingAsync(ct);
            var result = await sp.GetRequiredService<AuditVerifier>().VerifyAsync(ct);
            if (result.Intact)
            {
                Console.WriteLine($"Audit trail intact: {result.SealedChecked} sealed entries, {result.UnsealedChecked} awaiting seal.");
                Console.WriteLine($"Head of the chain: {result.HeadHash} (keep a copy outside this database to detect truncation).");
                return 0;
            }

            Console.Error.WriteLine($"AUDIT TRAIL BROKEN at entry {result.FirstBadEntry}: {result.Problem}. " +
                                    $"{result.SealedChecked} entries before it verified.");
            return 1;
        }));
        return new Command("audit", "Audit trail integrity.") { verify };
    }
}
