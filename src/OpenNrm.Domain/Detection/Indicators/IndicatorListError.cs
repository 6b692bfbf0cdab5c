namespace OpenNrm.Domain.Detection.Indicators;

/// <summary>One problem found in a list; the code and dimension point the importer at the offending row.</summary>
public sealed record IndicatorListError(
    IndicatorListErrorKind Kind,
    string Message,
    string? IndicatorCode = null,
    IndicatorDimension? Dimension = null);
