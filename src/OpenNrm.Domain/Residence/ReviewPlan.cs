using NodaTime;

namespace OpenNrm.Domain.Residence;

/// <summary>
/// The next day on which a procedure's summary or its reminders can change although no event is recorded, so that
/// the daily sweep visits only the procedures due for a look instead of evaluating every pending history every day.
/// Dates pass without events: a reminder falls due when its lead time is reached, a deadline leaves the list the day
/// after it, a document lapses the day after its last day of validity, a renewal window opens, an application reaches
/// its follow-up day. The answer is the earliest of those days after <see cref="ProcedureState.AsOf"/>, and never
/// later than <see cref="LongestInterval"/> days: should a rule ever turn on a date this list misses, the sweep
/// still catches it within weeks, not never. A new event makes the question moot: the sweep looks again the next
/// time it runs.
/// </summary>
public static class ReviewPlan
{
    public const int LongestInterval = 28;

    public static LocalDate NextReview(ProcedureState state, IReadOnlyList<int> leadDays)
    {
        ArgumentNullException.ThrowIfNull(state);
        ArgumentNullException.ThrowIfNull(leadDays);
        var today = state.AsOf;
        var next = today.PlusDays(LongestInterval);

        void Consider(LocalDate day)
        {
            if (day > today && day < next)
            {
                next = day;
            }
        }

        foreach (var deadline in state.Deadlines)
        {
            if (deadline.DueOn is not { } due)
            {
                continue;
            }

            // The day a lead time is reached, the day itself (a follow-up is announced when it comes) and the day after
            // (the deadline leaves the list, the next one orders the caseworker's list).
            foreach (var lead in leadDays)
            {
                Consider(due.PlusDays(-lead));
            }

            Consider(due);
            Consider(due.PlusDays(1));
        }

        if (state.Document is { } document)
        {
            Consider(document.IssuedOn);
            Consider(document.ValidFrom);
            if (document.ValidUntil is { } until)
            {
                Consider(until.PlusDays(1));
            }
        }

        return next;
    }
}
