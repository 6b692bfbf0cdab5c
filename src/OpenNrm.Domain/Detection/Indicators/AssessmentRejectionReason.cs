namespace OpenNrm.Domain.Detection.Indicators;

public enum AssessmentRejectionReason
{
    /// <summary>A ticked code is not in the list, for instance a form built from another list or version.</summary>
    UnknownIndicatorCodes = 1,

    /// <summary>The list itself fails <see cref="IndicatorListValidator"/>.</summary>
    InvalidList = 2,
}
