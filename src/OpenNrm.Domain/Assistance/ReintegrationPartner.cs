namespace OpenNrm.Domain.Assistance;

/// <summary>The partners with which Fedasil organises voluntary return and reintegration.</summary>
public enum ReintegrationPartner
{
    Iom,
    CaritasInternational,
}
