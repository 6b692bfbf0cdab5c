namespace OpenNrm.Domain.Referral;

/// <summary>
/// The three centres recognised to receive and assist victims and to open the residence procedure on their behalf.
/// Each works in one region; any of them can be reached day and night.
/// </summary>
public enum SpecialisedCentre
{
    /// <summary>PAG-ASA, Brussels.</summary>
    PagAsa,

    /// <summary>Payoke, Antwerp.</summary>
    Payoke,

    /// <summary>Sürya, Liège.</summary>
    Surya,
}
