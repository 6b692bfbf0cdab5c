using NodaTime;

namespace OpenNrm.Domain.Matching;

/// <summary>
/// A person's decision that two records describe one person: the merged record is read as part of the survivor from
/// then on. Nothing is deleted, so the merge can be undone; the undoing is recorded on the merge, not in its place.
/// </summary>
/// <param name="Reasons">Why the person decided, for example the reasons of the proposal they confirmed.</param>
public sealed record PersonMerge(Guid SurvivorId, Guid MergedId, IReadOnlyList<string> Reasons, string DecidedBy, Instant DecidedAt)
{
    /// <summary>Set once, when the merge is undone.</summary>
    public MergeUndo? Undo { get; init; }

    public bool IsInForce => Undo is null;
}

/// <summary>Who undid a merge, when and why.</summary>
public sealed record MergeUndo(string DecidedBy, Instant DecidedAt, string Reason);
