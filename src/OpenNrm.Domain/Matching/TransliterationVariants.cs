namespace OpenNrm.Domain.Matching;

/// <summary>
/// One outline ("skeleton") per name token, shared by the spelling variants of that name, so that Mohammed,
/// Muhammad, Mohamed, Mohammad, Muhamed and Mehmet, or Aleksandr, Alexander and Oleksandr, give one key.
/// </summary>
/// <remarks>
/// Two layers. First the table of <see cref="Groups"/>: names whose variants differ by more than spelling, and the
/// few that must be kept apart from a near outline (Joseph from Yusuf, Hussein from Hassan, Mahmoud from
/// Muhammad). Then the generic outline: consonants as they sound (ph as f, kh as h, sh and ch as s, c, ck and q as
/// k, w as v, z as s, j and an initial y as y), repeated letters collapsed, inner vowels dropped, a leading vowel
/// marked and the class of a final vowel kept. Particles are read before: Abdelkader, Abd al-Qadir and Abdul Kadir
/// are one part "abd" plus kdr; the articles al, el, ul and connectors such as de, da, van are left out.
/// The outline is stored (through keyed hashes), so it must never change silently: every operation is ordinal or
/// invariant, and any change to the table or the rules requires raising <see cref="MatchKeys.MatchKeyVersion"/>
/// and re-indexing. Tests pin sample outputs to make such a change visible.
/// </remarks>
public static class TransliterationVariants
{
    /// <summary>The equivalence table, in the order it is applied; exposed so that it can be reviewed and shown.</summary>
    public static IReadOnlyList<NameEquivalenceGroup> Groups => NameEquivalenceGroups.All;

    /// <summary>The outline of one normalised token, as given by <see cref="NameNormaliser.Tokens"/>.</summary>
    public static string Skeleton(string token)
    {
        ArgumentNullException.ThrowIfNull(token);
        return NameEquivalenceGroups.KeyBySpelling.TryGetValue(token, out var key) ? key : PhoneticSkeleton.Of(token);
    }

    /// <summary>The outlines of a name's tokens in written order, after reading particles and compounds.</summary>
    public static IReadOnlyList<string> Skeletons(IReadOnlyList<string> tokens)
    {
        ArgumentNullException.ThrowIfNull(tokens);
        return [.. NameParticles.Parts(tokens)
            .Select(p => p.IsAbdCompound ? "abd" + Skeleton(p.Token) : Skeleton(p.Token))
            .Where(s => s.Length > 0)];
    }

    /// <summary>The outlines of a full name as typed: normalised, then <see cref="Skeletons(IReadOnlyList{string})"/>.</summary>
    public static IReadOnlyList<string> SkeletonsOf(string fullName) => Skeletons(NameNormaliser.Tokens(fullName));
}
