namespace OpenNrm.Domain.Detection.Indicators;

/// <summary>
/// One item of an indicator list. <see cref="Code"/> is what gets stored with an assessment, so it must never be
/// reused for a different meaning: a later list version that re-grades an item gives it a new code.
/// Dimension and strength are empty for checklist items, which the Delphi rule never sees.
/// </summary>
public sealed record Indicator(string Code, IndicatorDimension? Dimension, IndicatorStrength? Strength, string Text)
{
    public static Indicator Checklist(string code, string text) => new(code, null, null, text);
}
