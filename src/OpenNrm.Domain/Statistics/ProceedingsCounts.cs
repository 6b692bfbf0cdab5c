using OpenNrm.Domain.Proceedings;

namespace OpenNrm.Domain.Statistics;

/// <summary>A judgment counted in a year, and whether the appeal court gave it (it follows an appeal in the case).</summary>
public sealed record CountedJudgment(JudgmentDelivered Judgment, bool OnAppeal);

/// <summary>
/// What one criminal case counts for in one reference year, as the catalogue defines the proceedings indicators.
/// </summary>
/// <param name="Opened">The notice was opened in the year (its first act); a reopening after a dismissal is not an opening.</param>
/// <param name="Charges">The first charges brought before the trial court in the year, or null.</param>
/// <param name="Dismissal">The year's first dismissal, or null: a case dismissed, reopened and dismissed again counts once.</param>
/// <param name="Convictions">Every judgment of the year that convicts on at least one count, in the order delivered.</param>
public sealed record CaseInYear(bool Opened, ChargesBrought? Charges, CaseDismissed? Dismissal, IReadOnlyList<CountedJudgment> Convictions)
{
    public bool CountsForNothing => !Opened && Charges is null && Dismissal is null && Convictions.Count == 0;
}

/// <summary>
/// Reads the proceedings indicators of a year from one case's history (the register's acts in order, the opening
/// first). The reference year of an act is the calendar year of its date: the register dates acts by day, in Belgium.
/// </summary>
public static class ProceedingsCounts
{
    /// <summary>A conviction, or a partial one (convicted on some counts, acquitted on others): a person was found guilty.</summary>
    public static bool Convicts(JudgmentOutcome outcome) => outcome switch
    {
        JudgmentOutcome.Conviction or JudgmentOutcome.Partial => true,
        JudgmentOutcome.Acquittal => false,
    };

    public static CaseInYear Of(IReadOnlyList<ProceedingsEvent> history, int year)
    {
        ArgumentNullException.ThrowIfNull(history);
        if (history.Count == 0 || history[0] is not InvestigationOpened opened)
        {
            throw new ArgumentException("A case's history starts with the opening of its notice", nameof(history));
        }

        var convictions = new List<CountedJudgment>();
        var appealed = false;
        foreach (var act in history)
        {
            switch (act)
            {
                case AppealLodged:
                    appealed = true;
                    break;
                case JudgmentDelivered judgment when judgment.Date.Year == year && Convicts(judgment.Outcome):
                    convictions.Add(new CountedJudgment(judgment, appealed));
                    break;
            }
        }

        return new CaseInYear(
            opened.Date.Year == year,
            history.OfType<ChargesBrought>().FirstOrDefault(c => c.Date.Year == year),
            history.OfType<CaseDismissed>().FirstOrDefault(d => d.Date.Year == year),
            convictions);
    }
}
