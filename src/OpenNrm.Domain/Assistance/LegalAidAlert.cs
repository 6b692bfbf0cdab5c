using NodaTime;

namespace OpenNrm.Domain.Assistance;

/// <summary>
/// Alerts when a victim who filed a complaint still has no lawyer. The national rapporteur found lawyers appointed
/// only at the very end of the criminal procedure, too late to ask for access to the file or for further
/// investigative measures. The period is a product rule: fourteen days by default, set by each centre.
/// </summary>
public static class LegalAidAlert
{
    public const int DefaultDays = 14;

    public static LocalDate Deadline(LocalDate complaintOn, int days)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(days);
        return complaintOn.PlusDays(days);
    }

    public static LegalAidAlertState As(LocalDate complaintOn, LocalDate? lawyerAppointedOn, LocalDate asOf) =>
        As(complaintOn, lawyerAppointedOn, asOf, DefaultDays);

    /// <summary>
    /// The alert as it stood on <paramref name="asOf"/>; an appointment dated later is not known yet then. A lawyer
    /// already appointed before the complaint counts as in time.
    /// </summary>
    public static LegalAidAlertState As(LocalDate complaintOn, LocalDate? lawyerAppointedOn, LocalDate asOf, int days)
    {
        var deadline = Deadline(complaintOn, days);

        if (lawyerAppointedOn is { } appointed && appointed <= asOf)
        {
            return appointed <= deadline
                ? State(LegalAidAlertStatus.AppointedInTime, 0,
                    $"A lawyer was appointed on {Wording.Date(appointed)}, within {days} days of the complaint of {Wording.Date(complaintOn)}.")
                : State(LegalAidAlertStatus.AppointedLate, DaysBetween(deadline, appointed),
                    $"A lawyer was appointed on {Wording.Date(appointed)}, {DaysBetween(deadline, appointed)} days after the deadline of {Wording.Date(deadline)}.");
        }

        if (asOf < complaintOn)
        {
            return State(LegalAidAlertStatus.NotDue, 0, $"The complaint is filed on {Wording.Date(complaintOn)}.");
        }

        if (asOf <= deadline)
        {
            return State(LegalAidAlertStatus.Awaiting, 0,
                $"Appoint a lawyer by {Wording.Date(deadline)}, {days} days after the complaint.");
        }

        return State(LegalAidAlertStatus.Overdue, DaysBetween(deadline, asOf),
            $"No lawyer {DaysBetween(complaintOn, asOf)} days after the complaint of {Wording.Date(complaintOn)} (deadline {Wording.Date(deadline)}): without a lawyer the victim may miss access to the file and requests for investigative measures.");

        LegalAidAlertState State(LegalAidAlertStatus status, int daysLate, string explanation) =>
            new(status, deadline, daysLate, explanation, AssistanceArticles.LawyerAppointment);
    }

    private static int DaysBetween(LocalDate from, LocalDate to) => Period.Between(from, to, PeriodUnits.Days).Days;
}
