using System.Security.Cryptography;
using System.Text;
using OpenNrm.Domain.Matching;

namespace OpenNrm.Web.Security;

/// <summary>
/// The keyed hashes of a name's match keys (and of each alias's). Keyed with a key derived from the master key, so
/// that a stolen database does not let anyone test names against it; the keys themselves are never stored.
/// </summary>
public sealed class NameKeyIndex(MasterKey masterKey)
{
    public const int MaxAliases = 10;

    private readonly byte[] _key = masterKey.Derive("name-match-keys");

    public static int Version => MatchKeys.MatchKeyVersion;

    public IReadOnlyList<string> Hashes(string name, string? aliases = null) =>
        Names(name, aliases).SelectMany(MatchKeys.For).Distinct(StringComparer.Ordinal).Select(Hash).ToList();

    /// <summary>The name and its aliases; aliases are written comma- or semicolon-separated.</summary>
    public static IEnumerable<string> Names(string name, string? aliases) =>
        new[] { name }.Concat((aliases ?? string.Empty).Split([',', ';'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Take(MaxAliases))
            .Where(n => n.Length > 0);

    private string Hash(string key) =>
        Convert.ToHexString(HMACSHA256.HashData(_key, Encoding.UTF8.GetBytes($"v{MatchKeys.MatchKeyVersion}:{key}")));
}
