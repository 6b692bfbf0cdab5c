using NodaTime;

namespace OpenNrm.Domain.Matching;

/// <summary>
/// Whether two records' birth data can belong to one person. Each record is read at its most precise: a date, else
/// a stated year, else the years an estimated age allows.
/// </summary>
/// <remarks>
/// Two habits of registers are allowed for. A date on 1 January is often written when only the year is known, so
/// it agrees with any date of that year but never counts as the same date. Day and month are often swapped between
/// forms, so a swapped date is compatible though not equal. An estimated age of n years on a date allows the two
/// birth years that age covers, widened by one year either way because estimates are rough. Two exact dates that
/// differ in a single field are a slight conflict, since one mistyped field is a common error.
/// </remarks>
internal static class BirthComparison
{
    internal enum Agreement
    {
        Unknown,
        Exact,
        Compatible,

        /// <summary>Both exact dates, differing in only one of day, month and year: possibly a single mistyped field.</summary>
        SlightConflict,
        Conflict,
    }

    internal readonly record struct Result(Agreement Agreement, MatchReason? Reason);

    private const int EstimateTolerance = 1;

    public static Result Compare(PersonDescriptor first, PersonDescriptor second)
    {
        if (first.BirthDate is { } a && second.BirthDate is { } b)
        {
            return Dates(a, b);
        }

        var yearA = ExactYear(first);
        var yearB = ExactYear(second);
        if (yearA is { } ya && yearB is { } yb)
        {
            return ya == yb
                ? Found(Agreement.Compatible, MatchReasonKind.SameBirthYear, $"Both records give the birth year {ya}.")
                : Found(Agreement.Conflict, MatchReasonKind.ConflictingBirthYears, $"The birth years differ: {ya} and {yb}.");
        }

        var rangeA = yearA is { } exactA ? (exactA, exactA) : EstimatedYears(first);
        var rangeB = yearB is { } exactB ? (exactB, exactB) : EstimatedYears(second);
        if (rangeA is not { } ra || rangeB is not { } rb)
        {
            return new Result(Agreement.Unknown, null);
        }

        return ra.Item1 - EstimateTolerance <= rb.Item2 && rb.Item1 - EstimateTolerance <= ra.Item2
            ? Found(Agreement.Compatible, MatchReasonKind.BirthYearWithinEstimate,
                $"The birth years fit the estimated age: {Years(ra)} and {Years(rb)}, within {EstimateTolerance} year.")
            : Found(Agreement.Conflict, MatchReasonKind.ConflictingBirthYears,
                $"The birth years do not fit the estimated age even within {EstimateTolerance} year: {Years(ra)} and {Years(rb)}.");
    }

    private static Result Dates(LocalDate a, LocalDate b)
    {
        if (a == b && !IsFirstOfJanuary(a))
        {
            return Found(Agreement.Exact, MatchReasonKind.SameBirthDate, "Both records give the same birth date.");
        }

        if (a.Year == b.Year && (IsFirstOfJanuary(a) || IsFirstOfJanuary(b)))
        {
            return Found(Agreement.Compatible, MatchReasonKind.SameBirthYear,
                $"Both records give the birth year {a.Year}; a 1 January date is often written when only the year is known.");
        }

        if (a.Year == b.Year && a.Day == b.Month && a.Month == b.Day)
        {
            return Found(Agreement.Compatible, MatchReasonKind.BirthDateDayMonthSwapped,
                "The birth dates differ only by day and month swapped, a frequent transcription error.");
        }

        var differingFields = (a.Year != b.Year ? 1 : 0) + (a.Month != b.Month ? 1 : 0) + (a.Day != b.Day ? 1 : 0);
        return differingFields == 1
            ? Found(Agreement.SlightConflict, MatchReasonKind.ConflictingBirthDates,
                "The birth dates differ in one of day, month or year only, which may be a single mistyped field.")
            : Found(Agreement.Conflict, MatchReasonKind.ConflictingBirthDates, "The two records give different birth dates.");
    }

    private static int? ExactYear(PersonDescriptor person) => person.BirthDate?.Year ?? person.BirthYear;

    /// <summary>Someone aged n on a date was born in that date's year minus n, or the year before.</summary>
    private static (int, int)? EstimatedYears(PersonDescriptor person) =>
        person.EstimatedAge is { } age ? (age.EstimatedOn.Year - age.Years - 1, age.EstimatedOn.Year - age.Years) : null;

    private static string Years((int From, int To) range) => range.From == range.To ? $"{range.From}" : $"{range.From}-{range.To}";

    private static bool IsFirstOfJanuary(LocalDate date) => date is { Month: 1, Day: 1 };

    private static Result Found(Agreement agreement, MatchReasonKind kind, string explanation) =>
        new(agreement, new MatchReason(kind, explanation));
}
