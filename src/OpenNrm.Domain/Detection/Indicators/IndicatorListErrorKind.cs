namespace OpenNrm.Domain.Detection.Indicators;

/// <summary>What is wrong with an imported list; stable so the application can translate each kind.</summary>
public enum IndicatorListErrorKind
{
    MissingId = 1,
    MissingName = 2,
    MissingVersion = 3,
    MissingSourceCitation = 4,
    UnknownPopulation = 5,
    UnknownExploitation = 6,
    NoIndicators = 7,
    EmptyCode = 8,
    CodeContainsWhitespace = 9,
    DuplicateCode = 10,
    EmptyText = 11,
    MissingDimension = 12,
    UnknownDimension = 13,
    MissingStrength = 14,
    UnknownStrength = 15,
    DimensionOnChecklistItem = 16,
    StrengthOnChecklistItem = 17,
    DimensionWithoutIndicators = 18,
    DimensionCannotBePositive = 19,
}
