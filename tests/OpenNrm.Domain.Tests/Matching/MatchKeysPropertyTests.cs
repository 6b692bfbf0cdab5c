using System.Text;
using OpenNrm.Domain.Matching;

namespace OpenNrm.Domain.Tests.Matching;

/// <summary>
/// Over many generated names (seeded, so a failure reproduces): a name written with another case, other accents,
/// other spacing and separators, or its names in another order, must give exactly the same keys; and dropping a
/// middle name must still leave a key in common.
/// </summary>
public sealed class MatchKeysPropertyTests
{
    private const int Names = 2000;

    private static readonly string[] Known =
    [
        "Mohamed", "Fatima", "Nguyen", "Olga", "Petrenko", "Abdelkader", "Youssef", "Aisha", "Oleksandr", "Hassan",
        "Ibrahim", "Mariam", "Traore", "Diallo", "Okonkwo", "Chukwuemeka", "Popescu", "Kowalski", "Rahimi", "Tesfaye",
        "Haile", "Gebremedhin", "Sokolova", "Bondarenko", "Mensah", "Osei", "Kamara", "Bangura", "Zhang", "Wei",
    ];

    private static readonly string Consonants = "bcdfghjklmnpqrstvwxz";
    private static readonly string Vowels = "aeiouy";

    private static readonly Dictionary<char, string> Accented = new()
    {
        ['a'] = "àáâäãå", ['e'] = "èéêëě", ['i'] = "ìíîïı", ['o'] = "òóôöõø", ['u'] = "ùúûüů", ['c'] = "çčć",
        ['n'] = "ñń", ['s'] = "şšś", ['z'] = "žźż", ['l'] = "ł", ['d'] = "đ", ['g'] = "ğ", ['r'] = "ř",
    };

    private static readonly string[] Separators = [" ", "  ", "-", " - ", ", ", "\t", " . "];

    [Fact]
    public void Every_name_matches_itself_after_case_accent_spacing_and_order_changes()
    {
        var failures = new List<string>();
        for (var seed = 0; seed < Names && failures.Count < 5; seed++)
        {
            var random = new Random(seed);
            var tokens = Name(random);
            var original = string.Join(' ', tokens);
            var perturbed = Perturb(tokens, random);
            var expected = MatchKeys.For(original);
            var actual = MatchKeys.For(perturbed);
            if (expected.Count == 0 || !expected.SequenceEqual(actual))
            {
                failures.Add($"seed {seed}: \"{original}\" [{string.Join(" / ", expected)}] vs \"{perturbed}\" [{string.Join(" / ", actual)}]");
            }
        }

        Assert.True(failures.Count == 0, string.Join(Environment.NewLine, failures));
    }

    [Fact]
    public void A_name_still_matches_when_one_middle_name_is_missing()
    {
        var failures = new List<string>();
        for (var seed = 0; seed < Names && failures.Count < 5; seed++)
        {
            var random = new Random(seed);
            var tokens = Name(random, minimum: 3);
            var shorter = tokens.Where((_, i) => i != 1).ToList();
            if (!MatchKeys.For(string.Join(' ', tokens)).Intersect(MatchKeys.For(string.Join(' ', shorter))).Any())
            {
                failures.Add($"seed {seed}: \"{string.Join(' ', tokens)}\" vs \"{string.Join(' ', shorter)}\"");
            }
        }

        Assert.True(failures.Count == 0, string.Join(Environment.NewLine, failures));
    }

    private static List<string> Name(Random random, int minimum = 1)
    {
        var count = random.Next(minimum, 7);
        var tokens = new List<string>(count);
        while (tokens.Count < count)
        {
            var token = random.Next(3) == 0 ? Known[random.Next(Known.Length)] : Invented(random);
            // Particles and "abd" compounds written in several words are read by position; single words are not.
            // A repeated name counts once, so the names are kept distinct for "one middle name missing" to mean it.
            var skeletons = TransliterationVariants.SkeletonsOf(token);
            if (skeletons.Count == 1 && token.Length > 2 && !token.StartsWith("abd", StringComparison.OrdinalIgnoreCase)
                && !tokens.Any(t => TransliterationVariants.SkeletonsOf(t)[0] == skeletons[0]))
            {
                tokens.Add(token);
            }
        }

        return tokens;
    }

    private static string Invented(Random random)
    {
        var builder = new StringBuilder();
        for (var syllable = random.Next(1, 4); syllable > 0; syllable--)
        {
            builder.Append(Consonants[random.Next(Consonants.Length)]).Append(Vowels[random.Next(Vowels.Length)]);
            if (random.Next(3) == 0)
            {
                builder.Append(Consonants[random.Next(Consonants.Length)]);
            }
        }

        return builder.ToString();
    }

    private static string Perturb(List<string> tokens, Random random)
    {
        var shuffled = tokens.OrderBy(_ => random.Next()).Select(t => Letters(t, random)).ToList();
        var builder = new StringBuilder(random.Next(2) == 0 ? "  " : string.Empty);
        for (var i = 0; i < shuffled.Count; i++)
        {
            builder.Append(i == 0 ? string.Empty : Separators[random.Next(Separators.Length)]).Append(shuffled[i]);
        }

        return builder.Append(random.Next(2) == 0 ? " " : string.Empty).ToString();
    }

    private static string Letters(string token, Random random)
    {
        var builder = new StringBuilder();
        foreach (var c in token.ToLowerInvariant())
        {
            var letter = random.Next(3) == 0 && Accented.TryGetValue(c, out var accents) ? accents[random.Next(accents.Length)] : c;
            builder.Append(random.Next(2) == 0 ? char.ToUpperInvariant(letter) : letter);
            if (random.Next(12) == 0)
            {
                builder.Append(random.Next(2) == 0 ? '\u0301' : '\'');
            }
        }

        return builder.ToString();
    }
}
