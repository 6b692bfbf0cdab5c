using NodaTime;
using OpenNrm.Domain.Common;

namespace OpenNrm.Domain.Assistance;

/// <summary>
/// A support's length as of one date.
/// </summary>
/// <param name="ThreeYearsOn">The third anniversary of the start: from here the support is within the usual range of ending.</param>
/// <param name="FiveYearsOn">The fifth anniversary: from here the coordinator reviews the case.</param>
/// <param name="Elapsed">Time since the start, up to the closure if closed earlier.</param>
/// <param name="NeedsCoordinatorReview">True beyond five years: a prompt to review, never a reason to stop support.</param>
public sealed record SupportPeriodStanding(
    SupportPeriodStatus Status,
    LocalDate Start,
    LocalDate ThreeYearsOn,
    LocalDate FiveYearsOn,
    Period Elapsed,
    bool NeedsCoordinatorReview,
    string Explanation,
    LegalBasis Basis);
