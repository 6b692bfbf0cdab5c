namespace OpenNrm.Domain.Assistance;

/// <summary>Where a referral to a PCSW stands: waiting for the centre of social welfare, granted or refused.</summary>
public enum SubsistenceStatus
{
    Referred,
    Granted,
    Refused,
}
