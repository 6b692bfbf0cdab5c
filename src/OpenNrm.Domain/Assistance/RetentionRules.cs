using NodaTime;

namespace OpenNrm.Domain.Assistance;

/// <summary>
/// Whether a record is kept or purged. Personal data is kept no longer than necessary: the period runs from the
/// closure of the support case, the record is kept up to and including the last day of the period and is due for
/// purging the day after, unless a legal hold is in force that day.
/// </summary>
public static class RetentionRules
{
    /// <param name="closedOn">When the support case closed; none while it is open.</param>
    public static RetentionDecision Due(
        RecordClass recordClass, LocalDate? closedOn, IReadOnlyList<LegalHold> holds, LocalDate today, RetentionSchedule schedule)
    {
        ArgumentNullException.ThrowIfNull(holds);
        ArgumentNullException.ThrowIfNull(schedule);
        foreach (var hold in holds)
        {
            if (hold.LiftedOn < hold.PlacedOn || string.IsNullOrWhiteSpace(hold.Reason))
            {
                throw new ArgumentException($"The legal hold placed on {Wording.Date(hold.PlacedOn)} has no reason or is lifted before it was placed.", nameof(holds));
            }
        }

        var active = holds.Where(h => h.IsActiveOn(today)).OrderBy(h => h.PlacedOn).ToList();
        var period = schedule.PeriodOf(recordClass);

        if (period.AfterClosure is not { } afterClosure)
        {
            return new(RetentionVerdict.Keep, null, active,
                $"{recordClass} records are anonymous aggregates, not personal data: no retention period applies.",
                AssistanceArticles.NotPersonalData);
        }

        if (closedOn is not { } closed)
        {
            return Decide(RetentionVerdict.Keep, null, "The support case is open: its records are still needed.");
        }

        var keepUntil = closed.Plus(afterClosure);
        if (today <= keepUntil)
        {
            return Decide(RetentionVerdict.Keep, keepUntil,
                $"Keep until {Wording.Date(keepUntil)}: {Wording.Date(closed)} plus the period for {recordClass}.");
        }

        if (active.Count > 0)
        {
            return Decide(RetentionVerdict.Held, keepUntil,
                $"The period ended on {Wording.Date(keepUntil)}, but {(active.Count == 1 ? "a legal hold is" : "legal holds are")} in force: {string.Join("; ", active.Select(h => $"{h.Reason} (since {Wording.Date(h.PlacedOn)})"))}.");
        }

        return Decide(RetentionVerdict.Purge, keepUntil,
            $"The period ended on {Wording.Date(keepUntil)} and no legal hold is in force: purge the record.");

        RetentionDecision Decide(RetentionVerdict verdict, LocalDate? until, string explanation) =>
            new(verdict, until, active, explanation, AssistanceArticles.StorageLimitation);
    }
}
