using OpenNrm.Domain.Common;
using OpenNrm.Domain.Detection;

namespace OpenNrm.Domain.Statistics;

/// <summary>
/// Microdata releases in which every person shares all published characteristics with at least k - 1 others.
/// The default k = 11 is the one the Counter Trafficking Data Collaborative used for its public HTCDS data.
/// </summary>
/// <remarks>
/// Local recoding, step by step: at each <see cref="GeneralisationStep"/>, in order, only the rows whose group is
/// still smaller than k are generalised by that step; rows already in a large enough group keep their detail.
/// After the last step, rows still in a group smaller than k are left out. Deterministic: no randomness, and the
/// result does not depend on the order of the input.
/// </remarks>
public static class KAnonymity
{
    public const int DefaultK = 11;

    /// <summary>The smallest k any release may use, whatever the configuration: see <see cref="Floor"/>.</summary>
    public const int MinimumK = 5;

    /// <summary>
    /// The smallest k allowed under the tables' <paramref name="rules"/>. A class of k identical rows tells its
    /// reader that k persons share these characteristics: it is a count. The tables never publish a count from 1 to
    /// threshold - 1, so a release must not either; and never below 5 whatever the tables' threshold, since a row
    /// combines more characteristics than any cell of a table and a small class is easier to match to a person.
    /// </summary>
    public static int Floor(DisclosureRules rules)
    {
        ArgumentNullException.ThrowIfNull(rules);
        return Math.Max(MinimumK, rules.Threshold);
    }

    public static LegalBasis Basis => StatisticsArticles.MicrodataRelease;

    /// <summary>Whether every group of identical <paramref name="rows"/> has at least <paramref name="k"/> rows.</summary>
    public static KAnonymityCheck Check<TRow>(IEnumerable<TRow> rows, int k = DefaultK)
        where TRow : notnull
    {
        ArgumentNullException.ThrowIfNull(rows);
        ArgumentOutOfRangeException.ThrowIfLessThan(k, 1);
        var sizes = rows.CountBy(r => r).Select(g => g.Value).ToList();
        return new KAnonymityCheck(
            k,
            sizes.Count,
            sizes.Count == 0 ? 0 : sizes.Min(),
            sizes.Where(size => size < k).Sum());
    }

    public static KAnonymousRelease Release(IReadOnlyList<MicrodataRow> rows, int k = DefaultK)
    {
        ArgumentNullException.ThrowIfNull(rows);
        ArgumentOutOfRangeException.ThrowIfLessThan(k, 1);
        var input = rows.Select(Normalised).ToArray();
        var applied = input.Select(_ => new HashSet<GeneralisationStep>()).ToArray();

        foreach (var step in Enum.GetValues<GeneralisationStep>())
        {
            var small = InSmallGroups(input, applied, k);
            if (small.Count == 0)
            {
                break;
            }

            foreach (var i in small)
            {
                applied[i].Add(step);
            }
        }

        var withheld = InSmallGroups(input, applied, k).ToHashSet();
        var published = Enumerable.Range(0, input.Length).Where(i => !withheld.Contains(i)).ToList();
        var released = published.Select(i => Released(input[i], applied[i]))
            .OrderBy(r => r.AgeGroup)
            .ThenBy(r => r.AgeBand)
            .ThenBy(r => r.Sex)
            .ThenBy(r => r.Citizenship)
            .ThenBy(r => r.Nationality, StringComparer.Ordinal)
            .ThenBy(r => r.Exploitation)
            .ThenBy(r => r.Period.First)
            .ThenBy(r => r.Period.Last)
            .ToList();

        return new KAnonymousRelease(
            k,
            released,
            input.Length,
            published.Count(i => applied[i].Count > 0),
            withheld.Count,
            Enum.GetValues<GeneralisationStep>().ToDictionary(step => step, step => published.Count(i => applied[i].Contains(step))));
    }

    private static List<int> InSmallGroups(MicrodataRow[] input, HashSet<GeneralisationStep>[] applied, int k)
    {
        var released = input.Select((row, i) => Released(row, applied[i])).ToArray();
        var sizes = released.CountBy(r => r).ToDictionary(g => g.Key, g => g.Value);
        return [.. Enumerable.Range(0, input.Length).Where(i => sizes[released[i]] < k)];
    }

    private static ReleasedRow Released(MicrodataRow row, HashSet<GeneralisationStep> applied)
    {
        var originWithheld = applied.Contains(GeneralisationStep.CitizenshipGroupWithheld);
        return new ReleasedRow(
            applied.Contains(GeneralisationStep.AgeBandToChildOrAdult) || row.AgeBand == ImmigrationOfficeAgeBand.Unknown ? null : row.AgeBand,
            AgeBands.Generalise(row.AgeBand),
            row.Sex,
            originWithheld || applied.Contains(GeneralisationStep.NationalityToCitizenshipGroup) ? null : row.Nationality,
            originWithheld ? null : row.Citizenship,
            row.Exploitation,
            applied.Contains(GeneralisationStep.YearToFiveYearPeriod) ? YearPeriod.FiveYearsAround(row.Year) : YearPeriod.Year(row.Year));
    }

    private static MicrodataRow Normalised(MicrodataRow row)
    {
        ArgumentNullException.ThrowIfNull(row);
        if (row.Nationality is null)
        {
            return row;
        }

        var code = row.Nationality.Trim().ToUpperInvariant();
        return Citizenship.IsIso2(code)
            ? row with { Nationality = code }
            : throw new ArgumentException($"Nationality \"{row.Nationality}\" is not an ISO 3166-1 alpha-2 code.", nameof(row));
    }
}
