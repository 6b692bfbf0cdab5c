namespace OpenNrm.Domain.Matching;

/// <summary>
/// One finding of the scorer, worded for the person who decides. Explanations name which of the names matched (the
/// full name, alias 2) but never repeat a name, so that a stored or logged assessment discloses no identity.
/// </summary>
public sealed record MatchReason(MatchReasonKind Kind, string Explanation)
{
    /// <summary>Whether the finding speaks against the two records being one person.</summary>
    public bool Contradicts => Kind switch
    {
        MatchReasonKind.ConflictingBirthDates or MatchReasonKind.ConflictingBirthYears
            or MatchReasonKind.ConflictingGender or MatchReasonKind.NoNationalityInCommon => true,
        MatchReasonKind.SameNameSkeleton or MatchReasonKind.SameOrderFreeName or MatchReasonKind.SharedNamePair
            or MatchReasonKind.SingleNameContained or MatchReasonKind.OneNameInCommon or MatchReasonKind.SameBirthDate
            or MatchReasonKind.BirthDateDayMonthSwapped or MatchReasonKind.SameBirthYear
            or MatchReasonKind.BirthYearWithinEstimate or MatchReasonKind.NationalityInCommon => false,
    };
}
