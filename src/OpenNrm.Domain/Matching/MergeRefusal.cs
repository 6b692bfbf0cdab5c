using OpenNrm.Domain.Common;

namespace OpenNrm.Domain.Matching;

/// <summary>Stable codes for a refused merge or undo, so the application can translate them and tests can pin them.</summary>
public enum MergeRefusalCode
{
    SameRecord,
    NoReason,
    NoDecider,
    AlreadyUndone,
    UndoBeforeMerge,
}

/// <summary>One reason a merge or its undoing is refused, with the rule it comes from.</summary>
public sealed record MergeRefusal(MergeRefusalCode Code, string Explanation, LegalBasis Basis);
