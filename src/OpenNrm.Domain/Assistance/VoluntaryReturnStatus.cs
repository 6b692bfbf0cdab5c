namespace OpenNrm.Domain.Assistance;

/// <summary>Where a voluntary return stands: referred to Fedasil, with a reintegration plan agreed, or withdrawn by the person.</summary>
public enum VoluntaryReturnStatus
{
    Referred,
    PlanAgreed,
    Withdrawn,
}
