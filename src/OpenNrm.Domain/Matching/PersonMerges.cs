using NodaTime;

namespace OpenNrm.Domain.Matching;

/// <summary>
/// The rules for recording that two records are one person and for taking that back. A merge is a person's
/// decision with its reasons; an undo is another decision, allowed once, so that the history of who joined and who
/// separated the records stays whole. A later change of mind is a new merge, not a second undo.
/// </summary>
/// <remarks>Not modelled here, because it needs the stored merges: chains (a survivor later merged into a third
/// record) and a record merged twice.</remarks>
public static class PersonMerges
{
    public static MergeOutcome Merge(Guid survivorId, Guid mergedId, IReadOnlyList<string> reasons, string decidedBy, Instant decidedAt)
    {
        ArgumentNullException.ThrowIfNull(reasons);
        var refusals = new List<MergeRefusal>();
        if (survivorId == mergedId)
        {
            refusals.Add(new(MergeRefusalCode.SameRecord, "A record cannot be merged into itself.", MatchingArticles.Accuracy));
        }

        refusals.AddRange(Decision(decidedBy, reasons.Any(r => !string.IsNullOrWhiteSpace(r))));
        return refusals.Count > 0
            ? new MergeRefused(refusals)
            : new MergeAllowed(new PersonMerge(survivorId, mergedId, [.. reasons.Where(r => !string.IsNullOrWhiteSpace(r))], decidedBy, decidedAt));
    }

    public static MergeOutcome Undo(PersonMerge merge, string decidedBy, Instant decidedAt, string reason)
    {
        ArgumentNullException.ThrowIfNull(merge);
        var refusals = new List<MergeRefusal>();
        if (merge.Undo is { } earlier)
        {
            refusals.Add(new(MergeRefusalCode.AlreadyUndone,
                $"The merge was already undone at {earlier.DecidedAt}; to join the records again, record a new merge.",
                MatchingArticles.Accountability));
        }

        if (decidedAt < merge.DecidedAt)
        {
            refusals.Add(new(MergeRefusalCode.UndoBeforeMerge,
                $"The undoing ({decidedAt}) cannot come before the merge ({merge.DecidedAt}).", MatchingArticles.Accountability));
        }

        refusals.AddRange(Decision(decidedBy, !string.IsNullOrWhiteSpace(reason)));
        return refusals.Count > 0
            ? new MergeRefused(refusals)
            : new MergeAllowed(merge with { Undo = new MergeUndo(decidedBy, decidedAt, reason) });
    }

    private static IEnumerable<MergeRefusal> Decision(string decidedBy, bool hasReason)
    {
        if (string.IsNullOrWhiteSpace(decidedBy))
        {
            yield return new(MergeRefusalCode.NoDecider,
                "The decision must name the person who took it: records are joined or separated by a person, not by the system.",
                MatchingArticles.HumanDecision);
        }

        if (!hasReason)
        {
            yield return new(MergeRefusalCode.NoReason, "The decision must say why.", MatchingArticles.Accountability);
        }
    }
}
