using System.Collections.Frozen;
using System.Globalization;
using System.Text;

namespace OpenNrm.Domain.Matching;

/// <summary>
/// The first step of every name comparison: the same name written by a police officer, a centre and a passport
/// scanner must give the same tokens. Case, diacritics, punctuation, spacing and script (Cyrillic, Arabic) differ
/// between these; the person does not.
/// </summary>
/// <remarks>
/// Culture-free by construction: only invariant case mapping, Unicode compatibility normalisation and fixed
/// tables are used, so a Turkish or Lithuanian server culture gives the same tokens as any other. Apostrophes join
/// (O'Brien and OBrien are one token), every other non-letter separates (Jean-Pierre is two tokens). Letters that
/// Unicode does not decompose are folded by a table: ß to ss, æ to ae, œ to oe, ø to o, ł to l, đ and ð to d, þ to
/// th, ı to i, ə and ɛ to e, ɔ to o. Any change here changes the stored keys: raise
/// <see cref="MatchKeys.MatchKeyVersion"/> and re-index.
/// </remarks>
public static class NameNormaliser
{
    private static readonly FrozenDictionary<char, string> LatinFolds = new Dictionary<char, string>
    {
        ['ß'] = "ss", ['æ'] = "ae", ['œ'] = "oe", ['ø'] = "o", ['ł'] = "l", ['đ'] = "d", ['ð'] = "d", ['þ'] = "th",
        ['ı'] = "i", ['ħ'] = "h", ['ŧ'] = "t", ['ŋ'] = "n", ['ə'] = "e", ['ɛ'] = "e", ['ɔ'] = "o", ['ƒ'] = "f",
        ['ĸ'] = "k",
    }.ToFrozenDictionary();

    /// <summary>Marks that sit inside a name rather than between names: they are dropped, not read as a space.</summary>
    private static readonly FrozenSet<char> Apostrophes =
        new[] { '\'', '\u2019', '\u2018', '\u02BC', '\u02BB', '\u02BE', '\u02BF', '`', '\u00B4' }.ToFrozenSet();

    /// <summary>The name as lower-case Latin tokens in the order written, for example "Nguyễn Thị-Lan" gives nguyen, thi, lan.</summary>
    public static IReadOnlyList<string> Tokens(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        var withoutApostrophes = new string([.. name.Normalize(NormalizationForm.FormKC).Where(c => !Apostrophes.Contains(c))]);
        var latin = ScriptTransliteration.ToLatin(withoutApostrophes).Normalize(NormalizationForm.FormKD);

        var tokens = new List<string>();
        var current = new StringBuilder();
        foreach (var c in latin)
        {
            var category = CharUnicodeInfo.GetUnicodeCategory(c);
            if (category is UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark or UnicodeCategory.EnclosingMark)
            {
                continue;
            }

            var lower = char.ToLowerInvariant(c);
            if (LatinFolds.TryGetValue(lower, out var folded))
            {
                current.Append(folded);
            }
            else if (char.IsLetter(lower))
            {
                current.Append(lower);
            }
            else if (current.Length > 0)
            {
                tokens.Add(current.ToString());
                current.Clear();
            }
        }

        if (current.Length > 0)
        {
            tokens.Add(current.ToString());
        }

        return tokens;
    }

    /// <summary>The tokens joined by single spaces: the readable normal form of a name.</summary>
    public static string Normalise(string name) => string.Join(' ', Tokens(name));
}
