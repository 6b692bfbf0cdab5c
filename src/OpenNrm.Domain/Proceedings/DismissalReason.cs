namespace OpenNrm.Domain.Proceedings;

/// <summary>Why the prosecutor dismissed the case (Code of Criminal Procedure art. 28quater).</summary>
public enum DismissalReason
{
    InsufficientEvidence,
    PerpetratorUnknown,

    /// <summary>The prosecutor judged prosecution not opportune, for example given the priorities of criminal policy.</summary>
    ProsecutionNotOpportune,

    Other,
}
