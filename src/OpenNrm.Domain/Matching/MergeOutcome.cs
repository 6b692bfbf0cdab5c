namespace OpenNrm.Domain.Matching;

/// <summary>
/// What <see cref="PersonMerges"/> answers: <see cref="MergeAllowed"/> with the merge as it now stands, or
/// <see cref="MergeRefused"/>. Closed to this assembly so a caller's pattern match over the two stays complete.
/// </summary>
public abstract record MergeOutcome
{
    private protected MergeOutcome()
    {
    }
}

/// <summary>The merge, or the merge with its undoing, for the application to store.</summary>
public sealed record MergeAllowed(PersonMerge Merge) : MergeOutcome;

public sealed record MergeRefused(IReadOnlyList<MergeRefusal> Refusals) : MergeOutcome;
