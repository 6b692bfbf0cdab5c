namespace OpenNrm.Domain.Assistance;

/// <summary>Whether a lawyer was appointed in time after the victim's complaint.</summary>
public enum LegalAidAlertStatus
{
    /// <summary>The complaint is not yet filed on the date asked about.</summary>
    NotDue,

    /// <summary>No lawyer yet, still within the period.</summary>
    Awaiting,

    /// <summary>No lawyer and the period has passed: the alert is raised.</summary>
    Overdue,

    AppointedInTime,
    AppointedLate,
}
