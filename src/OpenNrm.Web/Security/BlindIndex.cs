using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace OpenNrm.Web.Security;

/// <summary>
/// A keyed hash of an identifier (a normalised name with birth date, a document number), so that the database
/// can find equal values without storing them in clear: the hit/no-hit check answers "known" without revealing
/// the file, and a stolen database cannot be brute-forced without the master key.
/// </summary>
public sealed class BlindIndex(MasterKey masterKey)
{
    private readonly byte[] _key = masterKey.Derive("blind-index");

    public string Compute(string value)
    {
        var normalised = Normalise(value);
        var mac = HMACSHA256.HashData(_key, Encoding.UTF8.GetBytes(normalised));
        return Convert.ToHexString(mac);
    }

    /// <summary>Case, accents and spacing differ between the forms of different services; the identity does not.</summary>
    public static string Normalise(string value)
    {
        var decomposed = value.Trim().ToUpperInvariant().Normalize(NormalizationForm.FormD);
        var builder = new StringBuilder(decomposed.Length);
        var lastWasSpace = false;
        foreach (var c in decomposed)
        {
            var category = CharUnicodeInfo.GetUnicodeCategory(c);
            if (category == UnicodeCategory.NonSpacingMark)
            {
                continue;
            }

            var isSpace = char.IsWhiteSpace(c) || c == '-';
            if (isSpace && lastWasSpace)
            {
                continue;
            }

            builder.Append(isSpace ? ' ' : c);
            lastWasSpace = isSpace;
        }

        return builder.ToString().Normalize(NormalizationForm.FormC);
    }
}
