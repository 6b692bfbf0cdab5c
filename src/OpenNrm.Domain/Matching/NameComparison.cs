namespace OpenNrm.Domain.Matching;

/// <summary>How close two records' names are, from the best agreeing pair among full names and aliases.</summary>
internal static class NameComparison
{
    /// <summary>Ordered from no agreement to the same name, so that the best pair is the maximum.</summary>
    internal enum Closeness
    {
        None,
        OneInCommon,
        SingleContained,
        SharedPair,
        OrderFree,
        Same,
    }

    internal readonly record struct Result(Closeness Closeness, MatchReason? Reason);

    private sealed record Name(string Label, IReadOnlyList<string> Skeletons);

    public static Result Compare(PersonDescriptor first, PersonDescriptor second)
    {
        var best = new Result(Closeness.None, null);
        foreach (var a in NamesOf(first))
        {
            foreach (var b in NamesOf(second))
            {
                var closeness = Of(a.Skeletons, b.Skeletons);
                if (closeness > best.Closeness)
                {
                    best = new Result(closeness, Reason(closeness, a, b));
                }
            }
        }

        return best;
    }

    private static Closeness Of(IReadOnlyList<string> a, IReadOnlyList<string> b)
    {
        var setA = a.ToHashSet(StringComparer.Ordinal);
        var setB = b.ToHashSet(StringComparer.Ordinal);
        var shared = setA.Count(setB.Contains);
        if (shared == 0)
        {
            return Closeness.None;
        }

        if (setA.Count == 1 || setB.Count == 1)
        {
            return Closeness.SingleContained;
        }

        if (setA.SetEquals(setB))
        {
            return a.Distinct(StringComparer.Ordinal).SequenceEqual(b.Distinct(StringComparer.Ordinal), StringComparer.Ordinal)
                ? Closeness.Same
                : Closeness.OrderFree;
        }

        return shared >= 2 ? Closeness.SharedPair : Closeness.OneInCommon;
    }

    private static MatchReason? Reason(Closeness closeness, Name a, Name b)
    {
        var which = $"{char.ToUpperInvariant(a.Label[0])}{a.Label[1..]} of the first record and {b.Label} of the second";
        return closeness switch
        {
            Closeness.Same => new(MatchReasonKind.SameNameSkeleton,
                $"{which} have the same name skeleton, in the same order."),
            Closeness.OrderFree => new(MatchReasonKind.SameOrderFreeName,
                $"{which} have the same name skeletons in another order, as when the family name is written first on one side."),
            Closeness.SharedPair => new(MatchReasonKind.SharedNamePair,
                $"{which} share at least two names; a name present on one side only does not count against them."),
            Closeness.SingleContained => new(MatchReasonKind.SingleNameContained,
                $"{which} share a name, and one of them is a single name: a single name identifies few people."),
            Closeness.OneInCommon => new(MatchReasonKind.OneNameInCommon,
                $"{which} share one name and differ in the others, which is not a reason to propose on its own."),
            Closeness.None => null,
        };
    }

    private static IEnumerable<Name> NamesOf(PersonDescriptor person)
    {
        yield return new Name("the full name", TransliterationVariants.SkeletonsOf(person.FullName));
        for (var i = 0; i < person.Aliases.Count; i++)
        {
            yield return new Name($"alias {i + 1}", TransliterationVariants.SkeletonsOf(person.Aliases[i]));
        }
    }
}
