using System.Globalization;

namespace OpenNrm.Web.Features.Leaflet;

/// <summary>
/// Leaflet languages are ISO 639-1 codes: two lower-case letters naming a language the platform knows, so that a
/// printed leaflet can be labelled with its language and its own name for itself ("español", "العربية").
/// </summary>
public static class LeafletLanguage
{
    private static readonly HashSet<string> Known = CultureInfo.GetCultures(CultureTypes.NeutralCultures)
        .Where(c => c.Name.Length > 0)
        .Select(c => c.TwoLetterISOLanguageName)
        .Where(IsTwoLowercaseLetters)
        .ToHashSet(StringComparer.Ordinal);

    /// <summary>Strict, for what is stored: "fr" is a code, "FR", "fra" and "f1" are not.</summary>
    public static bool IsValidCode(string? code) => code is not null && IsTwoLowercaseLetters(code) && Known.Contains(code);

    /// <summary>Tolerant, for what is looked up: "FR " finds the French text.</summary>
    public static string Normalise(string? code) => (code ?? string.Empty).Trim().ToLowerInvariant();

    /// <summary>The language's name in that language, so that a person who reads no other can find it in the list.</summary>
    public static string NativeName(string code)
    {
        if (!IsValidCode(code))
        {
            return code;
        }

        var native = CultureInfo.GetCultureInfo(code).NativeName;
        return native.Length > 0 ? char.ToUpper(native[0], CultureInfo.GetCultureInfo(code)) + native[1..] : code;
    }

    /// <summary>Arabic, Farsi, Pashto, Urdu and Hebrew are printed right to left.</summary>
    public static bool IsRightToLeft(string code) => IsValidCode(code) && CultureInfo.GetCultureInfo(code).TextInfo.IsRightToLeft;

    private static bool IsTwoLowercaseLetters(string code) => code.Length == 2 && code.All(char.IsAsciiLetterLower);
}
