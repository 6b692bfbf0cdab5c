using OpenNrm.Domain.Proceedings;
using OpenNrm.Domain.Statistics;
using OpenNrm.Web.Features.Shared;

namespace OpenNrm.Web.Features.Statistics;

/// <summary>
/// The indicators the criminal proceedings register supports, each a main table (its grand total is the figure)
/// and, for the year itself, its breakdowns; every table through disclosure control like all the others. The
/// cases' own categories (charges, route, reason, finding, instance) come from the register's acts; a case's form of
/// exploitation from its victims (<see cref="YearSelection.Cases"/>).
/// </summary>
public sealed class ProceedingsIndicators(TableBuilder tables)
{
    public const string Cases = Imports.ImportedTables.Cases;

    private static readonly IReadOnlyList<Category<bool>> Charges =
    [
        new(true, new StatLabel("WithTrafficking", "Trafficking among the charges")),
        new(false, new StatLabel("WithoutTrafficking", "Other charges only")),
    ];

    private static readonly IReadOnlyList<Category<bool>> Findings =
    [
        new(true, new StatLabel("TraffickingProven", "Trafficking found proven")),
        new(false, new StatLabel("OtherOffences", "Other offences only")),
    ];

    private static readonly IReadOnlyList<Category<bool>> Instances =
    [
        new(false, new StatLabel("FirstInstance", "First instance")),
        new(true, new StatLabel("Appeal", "Appeal")),
    ];

    private static readonly IReadOnlyList<Category<ChargeRoute>> Routes =
        [.. Enum.GetValues<ChargeRoute>().Select(r => new Category<ChargeRoute>(r, new StatLabel(r.ToString(), DisplayNames.Words(r))))];

    private static readonly IReadOnlyList<Category<DismissalReason>> Reasons =
        [.. Enum.GetValues<DismissalReason>().Select(r => new Category<DismissalReason>(r, new StatLabel(r.ToString(), DisplayNames.Words(r))))];

    /// <param name="district">The district the dashboard shows, or null for Belgium (which adds the table by district).</param>
    public IndicatorFigures Opened(IReadOnlyList<CountedCase> cases, bool withBreakdowns, string? district)
    {
        var definition = StatisticsDefinitions.ProceedingsOpened;
        var opened = cases.Where(c => c.Year.Opened).ToList();
        var main = Exploitation(definition.Id, opened);
        List<StatTable> all = [main];
        if (withBreakdowns && district is null)
        {
            all.Add(tables.OneWay($"{definition.Id}.judicial-district", definition.Id, "By judicial district of the prosecutor's office", "Judicial district",
                Cases, opened, c => StatisticsLabels.DistrictCode(c.District), StatisticsLabels.JudicialDistricts));
        }

        return Figures(definition, main, all);
    }

    public IndicatorFigures Charged(IReadOnlyList<CountedCase> cases, bool withBreakdowns)
    {
        var definition = StatisticsDefinitions.ProceedingsCharged;
        var charged = cases.Where(c => c.Year.Charges is not null).ToList();
        var main = tables.Cross($"{definition.Id}.charges-by-route", definition.Id, "By charges and route to the trial court", "Charges", Cases, charged,
            c => c.Year.Charges!.IncludesTrafficking, c => c.Year.Charges!.Route, Charges, Routes);
        return Figures(definition, main, withBreakdowns ? [main, Exploitation(definition.Id, charged)] : [main]);
    }

    public IndicatorFigures Dismissed(IReadOnlyList<CountedCase> cases, bool withBreakdowns)
    {
        var definition = StatisticsDefinitions.ProceedingsDismissed;
        var dismissed = cases.Where(c => c.Year.Dismissal is not null).ToList();
        var main = tables.OneWay($"{definition.Id}.reason", definition.Id, "By reason of dismissal", "Reason", Cases, dismissed,
            c => c.Year.Dismissal!.Reason, Reasons);
        return Figures(definition, main, withBreakdowns ? [main, Exploitation(definition.Id, dismissed)] : [main]);
    }

    public IndicatorFigures Convictions(IReadOnlyList<CountedCase> cases, bool withBreakdowns)
    {
        var definition = StatisticsDefinitions.ConvictionJudgments;
        var judgments = cases.SelectMany(c => c.Year.Convictions).ToList();
        var main = tables.Cross($"{definition.Id}.finding-by-instance", definition.Id, "By finding and instance", "Finding", CaseLawTables.Judgments, judgments,
            j => j.Judgment.TraffickingRetained, j => j.OnAppeal, Findings, Instances);
        return Figures(definition, main, withBreakdowns
            ?
            [
                main,
                tables.OneWay($"{definition.Id}.exploitation", definition.Id, "By form of exploitation (headings of the case-law chapter)",
                    "Form of exploitation", CaseLawTables.Judgments, judgments, j => j.Judgment.Exploitation, CaseLawTables.Categories),
            ]
            : [main]);
    }

    private StatTable Exploitation(string id, IReadOnlyList<CountedCase> cases) =>
        tables.OneWay($"{id}.exploitation", id, "By form of exploitation", "Form of exploitation", Cases, cases, c => c.Exploitation,
            StatisticsLabels.ExploitationGroups);

    private static IndicatorFigures Figures(IndicatorDefinition definition, StatTable main, IReadOnlyList<StatTable> all) =>
        new(definition.Id, definition.Title, definition.Definition, definition, null, main.GrandTotal, all);
}
