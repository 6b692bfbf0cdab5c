namespace OpenNrm.Domain.Residence;

/// <summary>The state of the latest document on the evaluation date.</summary>
public enum DocumentStatus
{
    Valid,
    Expired,
    Withdrawn,
}
