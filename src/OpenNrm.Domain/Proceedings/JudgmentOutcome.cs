namespace OpenNrm.Domain.Proceedings;

public enum JudgmentOutcome
{
    Conviction,
    Acquittal,

    /// <summary>Convicted on some counts, acquitted on others.</summary>
    Partial,
}
