using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using OpenNrm.Web.Security;

namespace OpenNrm.Web.Features.Audit;

/// <summary>
/// The two integrity checks of the audit trail. The MAC binds a row's content to the master key when it is
/// written (no lock, no ordering: every request can write in parallel). The chain hash, added later by the
/// sealer in one ordered pass, binds each row to the one before it, so a deleted or reordered row breaks it.
/// </summary>
public sealed class AuditChain(MasterKey masterKey)
{
    public const string Genesis = "0000000000000000000000000000000000000000000000000000000000000000";

    private readonly byte[] _macKey = masterKey.Derive("audit-mac");

    public string Mac(AuditEntry e) => Convert.ToHexString(HMACSHA256.HashData(_macKey, Encoding.UTF8.GetBytes(Canonical(e))));

    /// <summary>The entry's fields in a fixed order, joined by the unit separator (U+001F): what the MAC covers.</summary>
    internal static string Canonical(AuditEntry e) =>
        string.Join('\u001f',
            e.Id.ToString("N"),
            e.At.UtcTicks.ToString(CultureInfo.InvariantCulture),
            ((int)e.Type).ToString(CultureInfo.InvariantCulture),
            e.UserId?.ToString("N") ?? string.Empty,
            e.OrganisationId?.ToString("N") ?? string.Empty,
            e.SubjectType ?? string.Empty,
            e.SubjectId ?? string.Empty,
            e.Purpose ?? string.Empty,
            e.Details ?? string.Empty,
            e.IpAddress ?? string.Empty);

    public static string Link(string previousHash, long chainIndex, string mac) =>
        Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(
            previousHash + "|" + chainIndex.ToString(CultureInfo.InvariantCulture) + "|" + mac)));

    public bool MacIsValid(AuditEntry e) =>
        CryptographicOperations.FixedTimeEquals(Encoding.ASCII.GetBytes(Mac(e)), Encoding.ASCII.GetBytes(e.Mac));
}
