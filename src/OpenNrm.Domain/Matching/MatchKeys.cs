namespace OpenNrm.Domain.Matching;

/// <summary>
/// The strings the application hashes with its secret key and stores next to an encrypted name, so that the
/// protection check and the duplicate search find a name without decrypting the register: a query computes the keys
/// of the name asked, hashes them with the same key, and a shared hash is a hit.
/// </summary>
/// <remarks>
/// <para>
/// Keys do not depend on the order of the names, because services write the family name first or last: each key is
/// a set of skeletons (<see cref="TransliterationVariants"/>) sorted ordinally and joined by a space. A name gives
/// the key of all its skeletons together and one key per pair of them, so "Hassan Mohamed" still meets "Mohamed Ali
/// Hassan" when the middle name is missing on one side.
/// </para>
/// <para>
/// Trade-off. For the non-refoulement check a false "protected" answer costs a verification call, while a missed
/// one can lead to the return of a victim, so keys are generous: spelling variants share keys, and any two names in
/// common are enough. They stop at two names: a single shared name (Smith, Ali) would make most queries hits and
/// the answer meaningless, so a one-word name only meets the same one-word name. A name with more than six distinct
/// skeletons keeps pairs among its first three and last three only, which bounds the keys at
/// <see cref="MaxKeysPerName"/> (one plus fifteen pairs); its other names still count in the all-names key.
/// </para>
/// <para>
/// The keys are stored, so they are versioned: the application stores <see cref="MatchKeyVersion"/> with each hash
/// and re-indexes when it changes. The version is not mixed into the keys themselves, so that during a re-index the
/// names an algorithm change does not touch still match.
/// </para>
/// </remarks>
public static class MatchKeys
{
    /// <summary>Raise on any change to <see cref="NameNormaliser"/>, <see cref="TransliterationVariants"/> or this class.</summary>
    public const int MatchKeyVersion = 1;

    public const int MaxKeysPerName = 16;

    private const int PairedAtEachEnd = 3;

    /// <summary>The match keys of one name, sorted ordinally, without duplicates; empty when the name has no letters.</summary>
    public static IReadOnlyList<string> For(string fullName)
    {
        var skeletons = TransliterationVariants.SkeletonsOf(fullName).Distinct(StringComparer.Ordinal).ToList();
        if (skeletons.Count == 0)
        {
            return [];
        }

        var paired = skeletons.Count > 2 * PairedAtEachEnd
            ? [.. skeletons.Take(PairedAtEachEnd), .. skeletons.TakeLast(PairedAtEachEnd)]
            : skeletons;

        var keys = new SortedSet<string>(StringComparer.Ordinal) { Join(skeletons) };
        for (var i = 0; i < paired.Count; i++)
        {
            for (var j = i + 1; j < paired.Count; j++)
            {
                keys.Add(Join([paired[i], paired[j]]));
            }
        }

        return [.. keys];
    }

    private static string Join(IEnumerable<string> skeletons) => string.Join(' ', skeletons.Order(StringComparer.Ordinal));
}
