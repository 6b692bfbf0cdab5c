using OpenNrm.Domain.Detection;
using OpenNrm.Domain.Detection.Indicators;

namespace OpenNrm.Web.Features.Synthetic;

/// <summary>
/// The indicators an officer ticked: the public list for the person's age group and form of exploitation (the ILO
/// forced-labour checklist now and then), a handful of its items, and the result the domain's rule gives them. Some
/// officers fill in no list at all.
/// </summary>
internal static class Indications
{
    public static (IndicatorList? List, string[] Codes, bool Present) Draw(Random random, bool minor, ExploitationPurpose purpose)
    {
        var roll = random.NextDouble();
        if (roll < 0.15)
        {
            return (null, [], false);
        }

        var sexual = purpose == ExploitationPurpose.SexualExploitation;
        var list = roll < 0.22 && !sexual ? PublicIndicatorLists.IloForcedLabour
            : (minor, sexual) switch
            {
                (true, true) => PublicIndicatorLists.DelphiChildSexual,
                (true, false) => PublicIndicatorLists.DelphiChildLabour,
                (false, true) => PublicIndicatorLists.DelphiAdultSexual,
                (false, false) => PublicIndicatorLists.DelphiAdultLabour,
            };
        var codes = Sample(random, list.Indicators, random.Between(2, Math.Min(9, list.Indicators.Count))).Select(i => i.Code).ToArray();
        var present = IndicatorAssessment.Evaluate(list, codes) switch
        {
            DelphiAssessment delphi => delphi.IndicationsPresent,
            ChecklistAssessment checklist => checklist.Present.Count > 0,
            _ => false,
        };
        return (list, codes, present);
    }

    /// <summary><paramref name="count"/> distinct items in list order (a partial shuffle of the positions).</summary>
    private static IEnumerable<T> Sample<T>(Random random, IReadOnlyList<T> items, int count)
    {
        var positions = Enumerable.Range(0, items.Count).ToArray();
        for (var i = 0; i < count; i++)
        {
            var j = random.Next(i, positions.Length);
            (positions[i], positions[j]) = (positions[j], positions[i]);
        }

        return positions.Take(count).Order().Select(p => items[p]);
    }
}
