namespace OpenNrm.Domain.Assistance;

/// <summary>Where a victim's support stands against the usual three to five years.</summary>
public enum SupportPeriodStatus
{
    NotStarted,
    WithinUsualPeriod,
    ApproachingEnd,
    BeyondFiveYears,
    Closed,
}
