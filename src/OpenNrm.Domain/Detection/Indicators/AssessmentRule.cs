namespace OpenNrm.Domain.Detection.Indicators;

/// <summary>How a list's ticked indicators are turned into a result.</summary>
public enum AssessmentRule
{
    /// <summary>ILO/EC 2009: per-dimension thresholds, then the adult or child combination.</summary>
    Delphi = 1,

    /// <summary>ILO 2012 forced-labour indicators: report what is present, draw no conclusion.</summary>
    Checklist = 2,
}
