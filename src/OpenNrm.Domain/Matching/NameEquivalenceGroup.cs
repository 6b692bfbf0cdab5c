namespace OpenNrm.Domain.Matching;

/// <summary>
/// Spellings of one name that the generic outline cannot bring together, because the languages differ by more than
/// spelling (Olga and Olha, Sergei and Serhii, Mehmet and Mohammed's abbreviation Mohd), or must keep apart from a
/// name they would otherwise meet (Joseph and Yusuf, Hussein and Hassan). Spellings are normalised tokens; Arabic
/// script spellings appear in their transliterated form (mhmud for محمود).
/// </summary>
/// <param name="Canonical">The spelling the group is known by.</param>
/// <param name="KeptApart">
/// When true the group has a key of its own; when false its key is the generic outline of
/// <paramref name="Canonical"/>, so that spellings missing from the group still meet it.
/// </param>
/// <param name="Spellings">Every spelling of the group, the canonical one included.</param>
public sealed record NameEquivalenceGroup(string Canonical, bool KeptApart, IReadOnlyList<string> Spellings);
