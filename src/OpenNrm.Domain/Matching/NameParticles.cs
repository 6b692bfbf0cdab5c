using System.Collections.Frozen;

namespace OpenNrm.Domain.Matching;

/// <summary>
/// Name particles written in different ways by different services: the Arabic "servant of" compounds (Abdelkader,
/// Abd al-Qadir, Abdul Kadir, عبد القادر) and the articles and connectors that some forms keep and others drop (Al
/// Hassan, Hassan; Maria da Silva, Maria Silva).
/// </summary>
/// <remarks>
/// A compound becomes one part, "abd" plus the name after the article, whether written as one word or three.
/// The articles al, el, ul and the connectors de, da, dos, das, del, della, van, von, der, den, ter, ten are left out
/// wherever they stand, so that the parts do not depend on the order of the names, unless nothing else is left.
/// Not handled: an article written together with a name other than after abd (Elhassan stays one token), and
/// particles that are also common surnames or given names (Le, Do, Ben, Abu), which are kept as names.
/// </remarks>
internal static class NameParticles
{
    internal readonly record struct NamePart(string Token, bool IsAbdCompound);

    private static readonly FrozenSet<string> AbdForms = new[]
    {
        "abd", "abdel", "abdal", "abdul", "abdoul", "abdol", "abdil", "abdur", "abdus", "abder", "abdes", "abden",
    }.ToFrozenSet();

    private static readonly FrozenSet<string> ArticlesAfterAbd = new[]
    {
        "al", "el", "ul", "ar", "er", "ur", "as", "es", "us", "ash", "at", "ad", "az", "an", "en", "un",
    }.ToFrozenSet();

    private static readonly FrozenSet<string> Omitted = new[]
    {
        "al", "el", "ul", "de", "da", "dos", "das", "del", "della", "van", "von", "der", "den", "ter", "ten",
    }.ToFrozenSet();

    public static IReadOnlyList<NamePart> Parts(IReadOnlyList<string> tokens)
    {
        var parts = new List<NamePart>(tokens.Count);
        for (var i = 0; i < tokens.Count; i++)
        {
            var token = tokens[i];
            if (AbdForms.Contains(token) && i + 1 < tokens.Count)
            {
                var next = i + 1;
                if (ArticlesAfterAbd.Contains(tokens[next]) && next + 1 < tokens.Count)
                {
                    next++;
                }

                parts.Add(new(WithoutArticle(tokens[next]), IsAbdCompound: true));
                i = next;
            }
            else if (JoinedAbdCompound(token) is { } rest)
            {
                parts.Add(new(rest, IsAbdCompound: true));
            }
            else if (!Omitted.Contains(token))
            {
                parts.Add(new(token, IsAbdCompound: false));
            }
        }

        return parts.Count > 0 ? parts : [.. tokens.Select(t => new NamePart(t, IsAbdCompound: false))];
    }

    /// <summary>
    /// The name inside a one-word compound: abd, one or two linking vowels, then the article's l (Abdelkader,
    /// Abdullah), a doubled sun letter (Abderrahmane, Abdessalam) or the name itself (Abdikarim). Short forms that
    /// are names of their own (Abdou, Abdi, Abdo) are not compounds.
    /// </summary>
    private static string? JoinedAbdCompound(string token)
    {
        if (token.Length < 6 || !token.StartsWith("abd", StringComparison.Ordinal))
        {
            return null;
        }

        var rest = token[3..];
        var vowels = 0;
        while (vowels < 2 && vowels < rest.Length && rest[vowels] is 'a' or 'e' or 'i' or 'o' or 'u')
        {
            vowels++;
        }

        var after = rest[vowels..];
        if (after.Length < 3)
        {
            return null;
        }

        if (vowels > 0 && (after[0] == 'l' || after[0] == after[1]))
        {
            return after[1..];
        }

        return after;
    }

    private static string WithoutArticle(string name) =>
        name.Length >= 5 && (name.StartsWith("al", StringComparison.Ordinal) || name.StartsWith("el", StringComparison.Ordinal) || name.StartsWith("ul", StringComparison.Ordinal))
            ? name[2..]
            : name;
}
