using NodaTime;
using OpenNrm.Domain.Common;

namespace OpenNrm.Domain.Assistance;

/// <summary>The retention answer for one record on one day.</summary>
/// <param name="KeepUntil">The last day the record is kept, once the case is closed; none while it is open or for records that are not personal.</param>
/// <param name="ActiveHolds">The holds in force that day, whatever the verdict, earliest first.</param>
public sealed record RetentionDecision(
    RetentionVerdict Verdict,
    LocalDate? KeepUntil,
    IReadOnlyList<LegalHold> ActiveHolds,
    string Explanation,
    LegalBasis Basis);
