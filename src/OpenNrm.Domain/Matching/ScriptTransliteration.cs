using System.Collections.Frozen;
using System.Text;

namespace OpenNrm.Domain.Matching;

/// <summary>
/// Cyrillic and Arabic script to plain Latin letters, so that a name typed from a passport in its own script meets
/// the same name typed in Latin letters by another service. The tables aim at matching, not at a standard
/// romanisation: they give one Latin spelling per letter and leave the variants to <see cref="TransliterationVariants"/>.
/// </summary>
/// <remarks>
/// Limits. Cyrillic: the Russian and Ukrainian alphabets and the Serbian and Belarusian letters that differ from
/// them; Bulgarian and Macedonian read as Russian. Ukrainian г is written g here, so Latin Olha or Halyna meet
/// their Cyrillic forms only through the name groups. Arabic script: the letters of Arabic with the Persian and Urdu
/// additions; short vowels are not written in Arabic and so are not restored, which is why skeletons keep only
/// consonants inside a name. و and ي are read as w and y at the start of a word (and و as w next to an alif), and
/// as vowels elsewhere. The article ال at the start of a word becomes a separate "al". Other scripts (Greek,
/// Armenian, Georgian, Chinese...) are kept as they are: they match the same spelling only.
/// </remarks>
internal static class ScriptTransliteration
{
    private static readonly FrozenDictionary<char, string> Cyrillic = new Dictionary<char, string>
    {
        ['а'] = "a", ['б'] = "b", ['в'] = "v", ['г'] = "g", ['ґ'] = "g", ['д'] = "d", ['е'] = "e", ['ё'] = "e",
        ['є'] = "ye", ['ж'] = "zh", ['з'] = "z", ['и'] = "i", ['і'] = "i", ['ї'] = "yi", ['й'] = "y", ['к'] = "k",
        ['л'] = "l", ['м'] = "m", ['н'] = "n", ['о'] = "o", ['п'] = "p", ['р'] = "r", ['с'] = "s", ['т'] = "t",
        ['у'] = "u", ['ф'] = "f", ['х'] = "kh", ['ц'] = "ts", ['ч'] = "ch", ['ш'] = "sh", ['щ'] = "shch",
        ['ъ'] = "", ['ы'] = "y", ['ь'] = "", ['э'] = "e", ['ю'] = "yu", ['я'] = "ya", ['ў'] = "u", ['ђ'] = "dj",
        ['ј'] = "j", ['љ'] = "lj", ['њ'] = "nj", ['ћ'] = "c", ['џ'] = "dz", ['ѓ'] = "g", ['ќ'] = "k", ['ѕ'] = "dz",
    }.ToFrozenDictionary();

    private static readonly FrozenDictionary<char, string> Arabic = new Dictionary<char, string>
    {
        ['ا'] = "a", ['أ'] = "a", ['إ'] = "i", ['آ'] = "a", ['ٱ'] = "a", ['ء'] = "", ['ؤ'] = "u", ['ئ'] = "i",
        ['ى'] = "a", ['ة'] = "a", ['ب'] = "b", ['ت'] = "t", ['ث'] = "th", ['ج'] = "j", ['ح'] = "h", ['خ'] = "kh",
        ['د'] = "d", ['ذ'] = "dh", ['ر'] = "r", ['ز'] = "z", ['س'] = "s", ['ش'] = "sh", ['ص'] = "s", ['ض'] = "d",
        ['ط'] = "t", ['ظ'] = "z", ['ع'] = "a", ['غ'] = "gh", ['ف'] = "f", ['ق'] = "q", ['ك'] = "k", ['ل'] = "l",
        ['م'] = "m", ['ن'] = "n", ['ه'] = "h", ['پ'] = "p", ['چ'] = "ch", ['ژ'] = "zh", ['گ'] = "g", ['ک'] = "k",
        ['ڤ'] = "v", ['ہ'] = "h", ['ھ'] = "h", ['ں'] = "n", ['ۃ'] = "a",
    }.ToFrozenDictionary();

    private const string Allah = "الله";
    private const string Article = "ال";

    /// <summary>The text with every Cyrillic and Arabic letter replaced by Latin letters; other characters kept.</summary>
    public static string ToLatin(string composed)
    {
        var builder = new StringBuilder(composed.Length + 8);
        var index = 0;
        while (index < composed.Length)
        {
            if (IsArabic(composed[index]))
            {
                var start = index;
                while (index < composed.Length && IsArabic(composed[index]))
                {
                    index++;
                }

                AppendArabicWord(builder, composed[start..index]);
                continue;
            }

            var lower = char.ToLowerInvariant(composed[index]);
            builder.Append(Cyrillic.TryGetValue(lower, out var latin) ? latin : composed[index].ToString());
            index++;
        }

        return builder.ToString();
    }

    private static bool IsArabic(char c) => c is >= '\u0600' and <= '\u06FF' && (char.IsLetter(c) || IsArabicMark(c));

    /// <summary>Short-vowel signs, shadda, tatweel and Quranic marks: not letters of the name.</summary>
    private static bool IsArabicMark(char c) =>
        c is '\u0640' or (>= '\u0610' and <= '\u061A') or (>= '\u064B' and <= '\u065F') or '\u0670' or (>= '\u06D6' and <= '\u06ED');

    private static void AppendArabicWord(StringBuilder builder, string run)
    {
        var word = new string([.. run.Where(c => !IsArabicMark(c))]);
        if (word.StartsWith(Article, StringComparison.Ordinal) && word.Length > Article.Length + 1 && word != Allah)
        {
            builder.Append("al ");
            word = word[Article.Length..];
        }

        var allah = word.IndexOf(Allah, StringComparison.Ordinal);
        for (var i = 0; i < word.Length; i++)
        {
            if (allah >= 0 && i == allah)
            {
                builder.Append("allah");
                i += Allah.Length - 1;
                continue;
            }

            builder.Append(Letter(word, i));
        }
    }

    private static string Letter(string word, int i) => word[i] switch
    {
        'و' => i == 0 || NextToAlif(word, i) ? "w" : "u",
        'ي' or 'ی' => i == 0 ? "y" : "i",
        var c => Arabic.TryGetValue(c, out var latin) ? latin : c.ToString(),
    };

    private static bool NextToAlif(string word, int i) =>
        (i > 0 && word[i - 1] == 'ا') || (i + 1 < word.Length && word[i + 1] == 'ا');
}
