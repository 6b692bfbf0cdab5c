namespace OpenNrm.Domain.Residence;

/// <summary>Where the criminal proceedings against the presumed traffickers stand.</summary>
public enum ProceedingsStatus
{
    InvestigationOngoing,

    /// <summary>The case is before a court.</summary>
    Prosecution,

    /// <summary>The prosecutor ended the investigation without prosecuting (insufficient evidence, priorities...).</summary>
    Dismissed,

    /// <summary>Proceedings ended without a conviction, for example an acquittal.</summary>
    EndedWithoutConviction,

    EndedWithConviction,
}
