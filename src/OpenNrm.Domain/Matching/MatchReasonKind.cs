namespace OpenNrm.Domain.Matching;

/// <summary>Stable codes of the reasons behind a proposal, so the application can translate them and tests can pin them.</summary>
public enum MatchReasonKind
{
    /// <summary>Two names with at least two parts have the same skeletons in the same order.</summary>
    SameNameSkeleton,

    /// <summary>Two names have the same skeletons in another order (family name first on one side).</summary>
    SameOrderFreeName,

    /// <summary>Two names share at least two skeletons, one having a name the other lacks.</summary>
    SharedNamePair,

    /// <summary>One name is a single word and the other contains it.</summary>
    SingleNameContained,

    /// <summary>The names share one skeleton and differ in others: on its own, not a reason to propose.</summary>
    OneNameInCommon,

    SameBirthDate,

    /// <summary>The dates differ only by day and month swapped, a frequent transcription error.</summary>
    BirthDateDayMonthSwapped,

    /// <summary>The same year, without both exact dates, or with a 1 January date that may only stand for the year.</summary>
    SameBirthYear,

    /// <summary>A birth year fits an estimated age, within one year either way.</summary>
    BirthYearWithinEstimate,

    ConflictingBirthDates,

    ConflictingBirthYears,

    ConflictingGender,

    NationalityInCommon,

    /// <summary>Both records name nationalities and none is shared.</summary>
    NoNationalityInCommon,
}
