namespace OpenNrm.Domain.Statistics;

/// <summary>Why a cell is withheld.</summary>
public enum SuppressionReason
{
    /// <summary>The count is so small that a reader who knows the people concerned could recognise them.</summary>
    Primary,

    /// <summary>The count is not small, but publishing it would let a reader recover a withheld count by subtraction from a total.</summary>
    Secondary,
}
