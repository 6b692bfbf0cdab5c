using NodaTime;
using OpenNrm.Domain.Common;

namespace OpenNrm.Domain.Assistance;

/// <summary>The lawyer alert on one date.</summary>
/// <param name="Deadline">The last day on which an appointment is in time.</param>
/// <param name="DaysLate">Days past the deadline: without a lawyer so far when overdue, at appointment when late.</param>
public sealed record LegalAidAlertState(
    LegalAidAlertStatus Status,
    LocalDate Deadline,
    int DaysLate,
    string Explanation,
    LegalBasis Basis)
{
    /// <summary>Whether the caseworker and the coordinator must be alerted now.</summary>
    public bool RaisesAlert => Status == LegalAidAlertStatus.Overdue;
}
