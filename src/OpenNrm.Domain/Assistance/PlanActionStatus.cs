namespace OpenNrm.Domain.Assistance;

/// <summary>Where one action of a support plan stands. Done and Cancelled are final: they are the plan's history.</summary>
public enum PlanActionStatus
{
    Planned,
    InProgress,
    Done,
    Cancelled,
}
