using NodaTime;
using OpenNrm.Domain.Detection;
using OpenNrm.Domain.Matching;
using static OpenNrm.Domain.Matching.MatchReasonKind;

namespace OpenNrm.Domain.Tests.Matching;

public sealed class DuplicateScorerTests
{
    private static readonly LocalDate Born = new(1994, 5, 12);

    private static PersonDescriptor Person(string name, LocalDate? born = null) => new() { FullName = name, BirthDate = born };

    public static TheoryData<string, PersonDescriptor, PersonDescriptor, MatchLevel, MatchReasonKind[]> Cases => new()
    {
        { "same name and date", Person("Nguyễn Thi Lan", Born), Person("Nguyen Thi Lan", Born), MatchLevel.Strong, [SameNameSkeleton, SameBirthDate] },
        { "spelling variants", Person("Mohammed Ali", Born), Person("Muhammad ALI", Born), MatchLevel.Strong, [SameNameSkeleton, SameBirthDate] },
        { "reordered names", Person("Ali Mohamed", Born), Person("Mohamed Ali", Born), MatchLevel.Strong, [SameOrderFreeName, SameBirthDate] },
        { "missing middle name", Person("Mohamed Ali Hassan", Born), Person("Hassan Mohamed", Born), MatchLevel.Strong, [SharedNamePair, SameBirthDate] },
        { "Cyrillic and Latin", Person("Ольга Петренко", Born), Person("Olha Petrenko", Born), MatchLevel.Strong, [SameNameSkeleton, SameBirthDate] },
        { "same name, no birth data", Person("Mohamed Ali"), Person("Mohamed Ali"), MatchLevel.Possible, [SameNameSkeleton] },
        { "same name, dates one field apart", Person("Mohamed Ali", Born), Person("Mohamed Ali", new(1994, 5, 21)), MatchLevel.Possible, [SameNameSkeleton, ConflictingBirthDates] },
        { "same name, day and month swapped", Person("Mohamed Ali", new(1994, 5, 12)), Person("Mohamed Ali", new(1994, 12, 5)), MatchLevel.Possible, [SameNameSkeleton, BirthDateDayMonthSwapped] },
        { "same name, different dates", Person("Mohamed Ali", Born), Person("Mohamed Ali", new(1987, 11, 3)), MatchLevel.None, [SameNameSkeleton, ConflictingBirthDates] },
        { "shared pair, dates one field apart", Person("Mohamed Ali Hassan", Born), Person("Hassan Mohamed", new(1995, 5, 12)), MatchLevel.None, [SharedNamePair, ConflictingBirthDates] },
        { "same name, 1 January stands for the year", Person("Mohamed Ali", new(1994, 1, 1)), Person("Mohamed Ali", Born), MatchLevel.Possible, [SameNameSkeleton, SameBirthYear] },
        { "both on 1 January", Person("Mohamed Ali", new(1994, 1, 1)), Person("Mohamed Ali", new(1994, 1, 1)), MatchLevel.Possible, [SameNameSkeleton, SameBirthYear] },
        { "single name contained, same date", Person("Ali", Born), Person("Ali Hassan", Born), MatchLevel.Possible, [SingleNameContained, SameBirthDate] },
        { "single name contained, no date", Person("Ali"), Person("Ali Hassan"), MatchLevel.None, [SingleNameContained] },
        { "one name in common", Person("Anna Smith", Born), Person("John Smith", Born), MatchLevel.None, [OneNameInCommon, SameBirthDate] },
        { "Maria and Mario", Person("Maria Lopez", Born), Person("Mario Lopes", Born), MatchLevel.None, [OneNameInCommon, SameBirthDate] },
        { "nothing in common", Person("Olga Petrenko", Born), Person("Mohamed Ali", Born), MatchLevel.None, [SameBirthDate] },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void The_scorer_proposes_a_level_with_its_reasons(string scenario, PersonDescriptor a, PersonDescriptor b, MatchLevel level, MatchReasonKind[] reasons)
    {
        var assessment = DuplicateScorer.Score(a, b);
        Assert.True(level == assessment.Level, $"{scenario}: {assessment.Level}");
        Assert.Equal(reasons, assessment.Reasons.Select(r => r.Kind));
        Assert.Equal(assessment.Reasons, DuplicateScorer.Score(a, b).Reasons);
        Assert.Equal(assessment.Level, DuplicateScorer.Score(b, a).Level);
    }

    [Theory]
    [InlineData(1994, null, null, MatchLevel.Possible, SameBirthYear)]
    [InlineData(1993, null, null, MatchLevel.None, ConflictingBirthYears)]
    [InlineData(null, 30, 2024, MatchLevel.Possible, BirthYearWithinEstimate)]   // born 1993-1994, widened to 1992-1995
    [InlineData(null, 31, 2024, MatchLevel.Possible, BirthYearWithinEstimate)]   // born 1992-1993, widened to 1991-1994
    [InlineData(null, 33, 2024, MatchLevel.None, ConflictingBirthYears)]         // born 1990-1991, widened to 1989-1992
    [InlineData(null, 27, 2024, MatchLevel.None, ConflictingBirthYears)]         // born 1996-1997, widened to 1995-1998
    public void Birth_years_and_estimated_ages_are_compared_within_a_year(int? birthYear, int? age, int? estimatedIn, MatchLevel level, MatchReasonKind birthReason)
    {
        var dated = Person("Mohamed Ali", Born);
        var other = new PersonDescriptor
        {
            FullName = "Muhammad Ali",
            BirthYear = birthYear,
            EstimatedAge = age is { } years ? new EstimatedAge(years, new LocalDate(estimatedIn!.Value, 6, 1)) : null,
        };

        var assessment = DuplicateScorer.Score(dated, other);
        Assert.Equal(level, assessment.Level);
        Assert.Contains(birthReason, assessment.Reasons.Select(r => r.Kind));
    }

    [Fact]
    public void Contradicting_gender_or_nationality_lowers_a_strong_proposal()
    {
        var a = Person("Mohamed Ali", Born) with { Gender = HtcdsGender.Masculine, Nationalities = ["ma"] };
        Assert.Equal(MatchLevel.Strong, DuplicateScorer.Score(a, a with { Nationalities = ["MA", "BE"] }).Level);

        var feminine = DuplicateScorer.Score(a, a with { Gender = HtcdsGender.Feminine });
        Assert.Equal(MatchLevel.Possible, feminine.Level);
        Assert.Contains(feminine.Reasons, r => r.Kind == ConflictingGender && r.Contradicts);

        var otherCountry = DuplicateScorer.Score(a, a with { Nationalities = ["DZ"] });
        Assert.Equal(MatchLevel.Possible, otherCountry.Level);
        Assert.Contains(otherCountry.Reasons, r => r.Kind == NoNationalityInCommon && r.Contradicts);

        Assert.Equal(MatchLevel.Strong, DuplicateScorer.Score(a, a with { Gender = HtcdsGender.TransgenderFeminine }).Level);
        Assert.Equal(MatchLevel.Strong, DuplicateScorer.Score(a, a with { Gender = HtcdsGender.NonSpecifiedUnknown, Nationalities = [] }).Level);
    }

    [Fact]
    public void A_single_name_never_gives_a_strong_proposal_even_with_everything_else_equal()
    {
        var ali = Person("Ali", Born) with { Gender = HtcdsGender.Masculine, Nationalities = ["SY"] };
        Assert.Equal(MatchLevel.Possible, DuplicateScorer.Score(ali, ali).Level);
        Assert.Equal(MatchLevel.Possible, DuplicateScorer.Score(ali, ali with { FullName = "Ali Hassan" }).Level);
        Assert.Equal(MatchLevel.None, DuplicateScorer.Score(ali, ali with { FullName = "Ali Hassan", Gender = HtcdsGender.Feminine }).Level);
    }

    [Fact]
    public void Aliases_are_compared_and_the_reason_says_which_names_matched_without_repeating_them()
    {
        var a = Person("Fatima Zahra Benali", Born) with { Aliases = ["Nour", "Fatma Benali"] };
        var b = Person("Benali Fatima", Born);
        var assessment = DuplicateScorer.Score(a, b);

        Assert.Equal(MatchLevel.Strong, assessment.Level);
        var names = assessment.Reasons[0];
        Assert.Equal(SameOrderFreeName, names.Kind);
        Assert.StartsWith("Alias 2 of the first record and the full name of the second", names.Explanation, StringComparison.Ordinal);
        Assert.DoesNotContain("Benali", names.Explanation, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("Fat", names.Explanation, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public void The_assessment_is_a_proposal_that_cites_the_human_decision_rule()
    {
        var assessment = DuplicateScorer.Score(Person("Mohamed Ali", Born), Person("Mohamed Ali", Born));
        Assert.Equal(MatchingArticles.HumanDecision, assessment.Basis);
        Assert.Contains("art. 22(1)", assessment.Basis.Citation, StringComparison.Ordinal);
        Assert.All(assessment.Reasons, r => Assert.False(string.IsNullOrWhiteSpace(r.Explanation)));
    }

    [Fact]
    public void Only_conflicts_contradict()
    {
        var contradicting = Enum.GetValues<MatchReasonKind>().Where(k => new MatchReason(k, "x").Contradicts);
        Assert.Equal([ConflictingBirthDates, ConflictingBirthYears, ConflictingGender, NoNationalityInCommon], contradicting);
    }
}
