using System.Text;

namespace OpenNrm.Domain.Matching;

/// <summary>
/// The generic part of <see cref="TransliterationVariants"/>: a spelling-free outline of one token, built from the
/// consonants as they sound, with a mark for a leading vowel and the class of a final vowel.
/// </summary>
/// <remarks>
/// Why consonants: Arabic script does not write short vowels, and the Latin spellings of one Arabic, Persian,
/// Turkish or Slavic name differ mostly in their vowels (Mohammed, Muhammad, Mehmet; Hussein, Husayn, Hossein).
/// Why the final vowel still counts: in many languages it marks the gender of the name (Maria and Mario, Aleksandra
/// and Aleksandr), and merging those would make every such pair a hit. Steps, on a normalised token:
/// <list type="number">
/// <item>A final e after a consonant is mute (Yasmine, Hassane, Abderrahmane) and dropped; a final h after a is
/// dropped (Fatimah, Abdallah).</item>
/// <item>Letter groups are read as one sound: tsch, sch, tch, sh, zh, sz, cz, tz to s; ch to k before a consonant
/// (Christina) and to s otherwise (Aicha); kh to h (Khalid, Halid); ph to f; th to t; gh to g; dh to d; dj and dzh
/// to y (Djamel, Jamal); ck to k.</item>
/// <item>Single letters: c to s before e, i or y and to k otherwise; q to k; x to ks; w to v; z to s; j to y; y is a
/// consonant only at the start before a vowel (Yusuf), a vowel elsewhere (Ayesha, Nguyen).</item>
/// <item>Repeated sounds collapse (Hassan, Mohammed); a final d becomes t and a final b becomes p (Ahmed, Ahmet;
/// Yakub, Yakup).</item>
/// <item>The outline is: "a" if the token starts with a vowel, then the consonants, then the class of the last
/// vowel if the token ends with one: a for a, i for e, i and y, u for o and u. A token of vowels only is its
/// class.</item>
/// </list>
/// Known collisions, accepted: Hassan and Hussein; Omar and Amir; Isa and Aisha. They are on the safe side of the
/// protection check and the duplicate scorer never proposes on a name alone.
/// </remarks>
internal static class PhoneticSkeleton
{
    private readonly record struct Sound(char Letter, bool IsVowel);

    public static string Of(string token)
    {
        var sounds = Collapse(Sounds(Trim(token)));
        if (sounds.Count == 0)
        {
            return string.Empty;
        }

        if (sounds.All(s => s.IsVowel))
        {
            return sounds[^1].Letter.ToString();
        }

        var outline = new StringBuilder();
        if (sounds[0].IsVowel)
        {
            outline.Append('a');
        }

        var consonants = sounds.Where(s => !s.IsVowel).Select(s => s.Letter).ToList();
        if (!sounds[^1].IsVowel)
        {
            consonants[^1] = consonants[^1] switch { 'd' => 't', 'b' => 'p', var other => other };
        }

        outline.Append([.. consonants]);
        if (sounds[^1].IsVowel)
        {
            outline.Append(sounds[^1].Letter);
        }

        return outline.ToString();
    }

    private static string Trim(string token)
    {
        if (token.Length > 2 && token[^1] == 'e' && !IsVowelLetter(token[^2]))
        {
            return token[..^1];
        }

        return token.Length > 2 && token.EndsWith("ah", StringComparison.Ordinal) ? token[..^1] : token;
    }

    private static List<Sound> Sounds(string t)
    {
        var sounds = new List<Sound>(t.Length);
        var i = 0;
        while (i < t.Length)
        {
            var (consumed, produced) = Read(t, i);
            sounds.AddRange(produced);
            i += consumed;
        }

        return sounds;
    }

    /// <summary>Letter groups read as one sound, longest first so that "tsch" is not read as "t" and "sch".</summary>
    private static readonly (string Group, char Sound)[] Groups =
    [
        ("tsch", 's'), ("dzh", 'y'), ("sch", 's'), ("tch", 's'), ("sh", 's'), ("zh", 's'), ("sz", 's'), ("cz", 's'),
        ("tz", 's'), ("kh", 'h'), ("ph", 'f'), ("th", 't'), ("gh", 'g'), ("dh", 'd'), ("dj", 'y'), ("ck", 'k'),
    ];

    private static (int Consumed, Sound[] Produced) Read(string t, int i)
    {
        if (At(t, i, "ch"))
        {
            return (2, [C(IsConsonantAt(t, i + 2) ? 'k' : 's')]);
        }

        foreach (var (group, sound) in Groups)
        {
            if (At(t, i, group))
            {
                return (group.Length, [C(sound)]);
            }
        }

        var next = i + 1 < t.Length ? t[i + 1] : ' ';
        return (1, t[i] switch
        {
            'a' => [V('a')],
            'e' or 'i' => [V('i')],
            'o' or 'u' => [V('u')],
            'y' => i == 0 && IsVowelLetter(next) ? [C('y')] : [V('i')],
            'j' => [C('y')],
            'c' => [C(next is 'e' or 'i' or 'y' ? 's' : 'k')],
            'q' => [C('k')],
            'x' => [C('k'), C('s')],
            'w' => [C('v')],
            'z' => [C('s')],
            var other => [C(other)],
        });
    }

    /// <summary>Adjacent equal consonants are one; a run of vowels is one vowel of the class of its last letter.</summary>
    private static List<Sound> Collapse(List<Sound> sounds)
    {
        var collapsed = new List<Sound>(sounds.Count);
        foreach (var sound in sounds)
        {
            if (collapsed.Count > 0 && collapsed[^1].IsVowel && sound.IsVowel)
            {
                collapsed[^1] = sound;
            }
            else if (collapsed.Count == 0 || collapsed[^1] != sound)
            {
                collapsed.Add(sound);
            }
        }

        return collapsed;
    }

    private static bool At(string t, int i, string group) =>
        i + group.Length <= t.Length && string.CompareOrdinal(t, i, group, 0, group.Length) == 0;

    private static bool IsVowelLetter(char c) => c is 'a' or 'e' or 'i' or 'o' or 'u' or 'y';

    private static bool IsConsonantAt(string t, int i) => i < t.Length && char.IsLetter(t[i]) && !IsVowelLetter(t[i]);

    private static Sound C(char letter) => new(letter, false);

    private static Sound V(char vowelClass) => new(vowelClass, true);
}
