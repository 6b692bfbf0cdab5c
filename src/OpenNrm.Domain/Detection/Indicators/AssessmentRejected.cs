namespace OpenNrm.Domain.Detection.Indicators;

/// <summary>
/// No assessment was made. Silently dropping an unknown code could turn a positive dimension negative, so the
/// whole request is refused with the offending codes named.
/// </summary>
public sealed record AssessmentRejected(
    AssessmentRejectionReason Reason,
    string Message,
    IReadOnlyList<string> UnknownCodes,
    IReadOnlyList<IndicatorListError> ListErrors) : IndicatorAssessmentResult;
