using OpenNrm.Domain.Proceedings;
using OpenNrm.Web.Features.Proceedings;
using OpenNrm.Web.Features.Shared;

namespace OpenNrm.Web.Features.Statistics;

/// <summary>
/// The case-law chapter's counts: the year's judgments by exploitation category (the classification of the
/// rapporteur's case-law chapter) and outcome, through disclosure control like every table. The judgments
/// themselves are not listed: a list would give away the count of any category the table withholds.
/// </summary>
public static class CaseLawTables
{
    public const string Judgments = "Judgments";
    public const string ByOutcomeId = "case-law.exploitation-by-outcome";

    public static IReadOnlyList<Category<ExploitationCategory>> Categories { get; } =
    [
        .. Enum.GetValues<ExploitationCategory>().Select(c => new Category<ExploitationCategory>(c, new StatLabel(c.ToString(), DisplayNames.Words(c)))),
    ];

    public static IReadOnlyList<Category<JudgmentOutcome>> Outcomes { get; } =
    [
        .. Enum.GetValues<JudgmentOutcome>().Select(o => new Category<JudgmentOutcome>(o, new StatLabel(o.ToString(), DisplayNames.Words(o)))),
    ];

    /// <summary>The judgments of offices in <paramref name="district"/> only, when one is given.</summary>
    public static IReadOnlyList<StatTable> Of(TableBuilder tables, IReadOnlyList<CaseLawJudgment> judgments, string? district)
    {
        ArgumentNullException.ThrowIfNull(tables);
        var counted = judgments.Where(j => district is null || j.JudicialDistrict == district).ToList();
        return
        [
            tables.Cross(ByOutcomeId, null, "Judgments by form of exploitation and outcome", "Form of exploitation", Judgments, counted,
                j => j.Exploitation, j => j.Outcome, Categories, Outcomes),
        ];
    }
}
