using OpenNrm.Domain.Detection;
using Agreement = OpenNrm.Domain.Matching.BirthComparison.Agreement;
using Closeness = OpenNrm.Domain.Matching.NameComparison.Closeness;

namespace OpenNrm.Domain.Matching;

/// <summary>
/// Proposes whether two records describe one person, and says why. The system proposes; a person confirms: the
/// assessment merges nothing, and it names the law that keeps the decision with a person.
/// </summary>
/// <remarks>
/// The levels follow a fixed table rather than a weighted score, so that every proposal can be explained:
/// <list type="bullet">
/// <item><b>Strong</b>: the same name (two parts or more, any order) or two shared names, the same exact birth date,
/// and nothing against (gender, nationality).</item>
/// <item><b>Possible</b>: such names with an exact date but a contradicting gender or nationality, or with a
/// compatible or unknown birth; the same full name with dates differing in a single field, since one field is
/// easily mistyped; or a single name contained in the other with agreeing birth data and no gender conflict.</item>
/// <item><b>None</b>: everything else, in particular names sharing only one part (Anna Smith and John Smith).</item>
/// </list>
/// Gender conflicts only between a record saying feminine and one saying masculine: transgender, non-conforming
/// and unknown values are not compared, since records of one person may legitimately differ there. Nationalities
/// without any in common lower a strong proposal to possible but do not exclude it, because false documents are
/// frequent among trafficked persons.
/// </remarks>
public static class DuplicateScorer
{
    public static MatchAssessment Score(PersonDescriptor a, PersonDescriptor b)
    {
        ArgumentNullException.ThrowIfNull(a);
        ArgumentNullException.ThrowIfNull(b);
        var names = NameComparison.Compare(a, b);
        var birth = BirthComparison.Compare(a, b);
        var gender = ConflictingGender(a.Gender, b.Gender)
            ? new MatchReason(MatchReasonKind.ConflictingGender, "One record says feminine and the other masculine.")
            : null;
        var nationality = Nationality(a.Nationalities, b.Nationalities);

        var reasons = new[] { names.Reason, birth.Reason, nationality, gender }.OfType<MatchReason>().ToList();
        var level = Level(names.Closeness, birth.Agreement, gender is not null, nationality?.Contradicts == true);
        return new MatchAssessment(level, reasons, MatchingArticles.HumanDecision);
    }

    private static MatchLevel Level(Closeness names, Agreement birth, bool genderConflict, bool noNationalityInCommon)
    {
        var twoNames = names is Closeness.Same or Closeness.OrderFree or Closeness.SharedPair;
        var fullName = names is Closeness.Same or Closeness.OrderFree;
        var birthAgrees = birth is Agreement.Exact or Agreement.Compatible;

        if (twoNames && birth == Agreement.Exact && !genderConflict && !noNationalityInCommon)
        {
            return MatchLevel.Strong;
        }

        if ((twoNames && birth is Agreement.Exact or Agreement.Compatible or Agreement.Unknown)
            || (fullName && birth == Agreement.SlightConflict && !genderConflict)
            || (names == Closeness.SingleContained && birthAgrees && !genderConflict))
        {
            return MatchLevel.Possible;
        }

        return MatchLevel.None;
    }

    private static bool ConflictingGender(HtcdsGender a, HtcdsGender b) =>
        (a, b) is (HtcdsGender.Feminine, HtcdsGender.Masculine) or (HtcdsGender.Masculine, HtcdsGender.Feminine);

    private static MatchReason? Nationality(IReadOnlyList<string> a, IReadOnlyList<string> b)
    {
        var codesA = Codes(a);
        var codesB = Codes(b);
        if (codesA.Count == 0 || codesB.Count == 0)
        {
            return null;
        }

        var shared = codesA.Intersect(codesB, StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();
        return shared.Count > 0
            ? new MatchReason(MatchReasonKind.NationalityInCommon, $"Both records give the nationality {string.Join(", ", shared)}.")
            : new MatchReason(MatchReasonKind.NoNationalityInCommon, "The records give nationalities but none in common.");
    }

    private static HashSet<string> Codes(IReadOnlyList<string> nationalities) =>
        nationalities.Select(c => c.Trim().ToUpperInvariant()).Where(c => c.Length > 0).ToHashSet(StringComparer.Ordinal);
}
