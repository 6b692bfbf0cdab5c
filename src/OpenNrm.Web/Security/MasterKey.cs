using System.Security.Cryptography;
using System.Text;

namespace OpenNrm.Web.Security;

/// <summary>
/// The deployment's root secret (32 bytes, from configuration). It never encrypts data itself: it wraps the
/// Data Protection key ring stored in the database and derives the keys for audit MACs and blind indexes,
/// so a stolen database without the master key yields neither names nor forgeable audit rows.
/// </summary>
public sealed class MasterKey
{
    private readonly byte[] _key;

    public MasterKey(byte[] key)
    {
        if (key.Length != 32)
        {
            throw new ArgumentException("The master key must be 32 bytes (base64 of 32 random bytes).", nameof(key));
        }

        _key = key.ToArray();
    }

    public static MasterKey FromBase64(string base64) => new(Convert.FromBase64String(base64));

    public static string NewBase64() => Convert.ToBase64String(RandomNumberGenerator.GetBytes(32));

    /// <summary>A sub-key bound to one purpose, so that no two mechanisms ever share key material.</summary>
    public byte[] Derive(string purpose) =>
        HKDF.DeriveKey(HashAlgorithmName.SHA256, _key, 32, salt: [], info: Encoding.UTF8.GetBytes("opennrm:" + purpose));
}
