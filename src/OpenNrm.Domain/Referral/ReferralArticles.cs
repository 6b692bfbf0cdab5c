using OpenNrm.Domain.Common;
using OpenNrm.Domain.Residence;

namespace OpenNrm.Domain.Referral;

/// <summary>Every citation the referral rules use, in one place so that a change of text is one edit.</summary>
public static class ReferralArticles
{
    /// <summary>Frontline services contact one of the recognised specialised centres.</summary>
    public static readonly LegalBasis ContactSpecialisedCentre = new("Circular of 23 December 2016, 3.1-3.3");

    /// <summary>The specialised centres receive the person, are reachable 24 hours a day, and hold the intake.</summary>
    public static readonly LegalBasis CentreReception = new("Circular of 23 December 2016, 4.1");

    /// <summary>Minors: the specific arrangements for minor victims.</summary>
    public static readonly LegalBasis Minors = new("Circular of 23 December 2016, 3.3");

    /// <summary>The residence procedure for victims is open to third-country nationals only.</summary>
    public static LegalBasis ThirdCountryNationalsOnly => ResidenceArticles.ThirdCountryNationalsOnly;
}
