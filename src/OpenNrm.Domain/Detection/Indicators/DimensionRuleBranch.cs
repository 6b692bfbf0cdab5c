namespace OpenNrm.Domain.Detection.Indicators;

/// <summary>The four ways a Delphi dimension can be positive, in the publication's order.</summary>
public enum DimensionRuleBranch
{
    /// <summary>At least two strong indicators.</summary>
    TwoStrong = 1,

    /// <summary>One strong and at least one medium or weak.</summary>
    StrongAndMediumOrWeak = 2,

    /// <summary>At least three medium.</summary>
    ThreeMedium = 3,

    /// <summary>Two medium and at least one weak.</summary>
    TwoMediumAndWeak = 4,
}
