namespace OpenNrm.Domain.Detection.Indicators;

/// <summary>Delphi grading of one indicator: how much weight the expert panel gave it.</summary>
public enum IndicatorStrength
{
    Strong = 1,
    Medium = 2,
    Weak = 3,
}
