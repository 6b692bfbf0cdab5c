using NodaTime;

namespace OpenNrm.Domain.Residence;

/// <summary>
/// Which notices a procedure needs today. The law fixes the end of each document's validity; how early to warn is
/// an organisational choice, so the lead times are configuration (30, 14 and 7 days by default).
/// </summary>
public static class ReminderPlan
{
    public static readonly IReadOnlyList<int> DefaultLeadDays = [30, 14, 7];

    /// <summary>
    /// For each dated deadline, the reminder of the shortest lead time already reached: after a pause of the sweep
    /// the caseworker gets the current warning, not a backlog of stale ones. The expiry and the last day to apply
    /// for a renewal usually fall on the same day; then only the renewal is announced, because it is the act to do.
    /// </summary>
    public static IReadOnlyList<Reminder> Due(ProcedureState state, LocalDate today, IReadOnlyList<int> leadDays)
    {
        ArgumentNullException.ThrowIfNull(state);
        ArgumentNullException.ThrowIfNull(leadDays);
        var reminders = new List<Reminder>();
        var renewalDays = state.Deadlines.Where(d => d.Kind == DeadlineKind.RenewalApplicationDue).Select(d => d.DueOn).ToHashSet();
        foreach (var deadline in state.Deadlines)
        {
            // An application's follow-up day is announced when it comes, not ahead: nothing is to be done before it.
            if (deadline.DueOn is not { } due || deadline.Kind is DeadlineKind.RenewalWindowOpens or DeadlineKind.ApplicationFollowUp
                || (deadline.Kind == DeadlineKind.DocumentExpires && renewalDays.Contains(due)) || due < today)
            {
                continue;
            }

            var daysLeft = Period.Between(today, due, PeriodUnits.Days).Days;
            var lead = leadDays.Where(l => l >= 0 && daysLeft <= l).DefaultIfEmpty(-1).Min();
            if (lead >= 0)
            {
                reminders.Add(new Reminder(ReminderKind.Approaching, deadline.Kind, due, lead, deadline.Explanation, deadline.Basis));
            }
        }

        if (state.Exit is null && state.Stage is not (ProcedureStage.Permanent or ProcedureStage.NotOpened)
            && state.Document is { Status: DocumentStatus.Expired, ValidUntil: { } lapsed })
        {
            reminders.Add(new Reminder(ReminderKind.Missed, DeadlineKind.DocumentExpires, lapsed, 0,
                $"The {Wording.Of(state.Document.Type)} lapsed on {Wording.Date(lapsed)} and no renewal or next document is recorded",
                state.Document.Basis));
        }

        foreach (var followUp in state.Deadlines.Where(d => d.Kind == DeadlineKind.ApplicationFollowUp && d.DueOn <= today))
        {
            reminders.Add(new Reminder(ReminderKind.Missed, DeadlineKind.ApplicationFollowUp, followUp.DueOn!.Value, 0,
                followUp.Explanation, followUp.Basis));
        }

        return reminders;
    }

    /// <summary>The earliest dated deadline, which orders a caseworker's list; null when none has a date.</summary>
    public static Deadline? Next(ProcedureState state)
    {
        ArgumentNullException.ThrowIfNull(state);
        return state.Deadlines.Where(d => d.DueOn is not null).OrderBy(d => d.DueOn).ThenBy(d => d.Kind).FirstOrDefault();
    }
}
