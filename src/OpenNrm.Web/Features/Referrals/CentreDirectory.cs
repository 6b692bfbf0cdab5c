using OpenNrm.Domain.Referral;
using OpenNrm.Web.Features.Access;

namespace OpenNrm.Web.Features.Referrals;

/// <summary>The organisations behind the domain's centres and minors' structures (reference data codes).</summary>
public static class CentreDirectory
{
    private static readonly Dictionary<SpecialisedCentre, string> Centres = new()
    {
        [SpecialisedCentre.PagAsa] = "CENTRE-PAGASA",
        [SpecialisedCentre.Payoke] = "CENTRE-PAYOKE",
        [SpecialisedCentre.Surya] = "CENTRE-SURYA",
    };

    private static readonly Dictionary<MinorsStructure, string> Structures = new()
    {
        [MinorsStructure.Esperanto] = "MINORS-ESPERANTO",
        [MinorsStructure.MinorNdako] = "MINORS-NDAKO",
    };

    public static Guid IdOf(SpecialisedCentre centre) => BelgianReferenceData.IdFor(Centres[centre]);

    public static Guid IdOf(MinorsStructure structure) => BelgianReferenceData.IdFor(Structures[structure]);

    public static SpecialisedCentre? CentreFor(Guid organisationId) =>
        Centres.Where(c => BelgianReferenceData.IdFor(c.Value) == organisationId).Select(c => (SpecialisedCentre?)c.Key).FirstOrDefault();

    public static MinorsStructure? StructureFor(Guid organisationId) =>
        Structures.Where(c => BelgianReferenceData.IdFor(c.Value) == organisationId).Select(c => (MinorsStructure?)c.Key).FirstOrDefault();

    public static IEnumerable<Guid> AllCentreIds => Centres.Values.Select(BelgianReferenceData.IdFor);

    /// <summary>The name people know the organisation by (a proper name: not translated).</summary>
    public static string Name(SpecialisedCentre centre) => centre switch
    {
        SpecialisedCentre.PagAsa => "PAG-ASA",
        SpecialisedCentre.Payoke => "Payoke",
        SpecialisedCentre.Surya => "Sürya",
        _ => centre.ToString(),
    };

    public static string Name(MinorsStructure structure) => structure switch
    {
        MinorsStructure.Esperanto => "Esperanto",
        MinorsStructure.MinorNdako => "Minor Ndako",
        _ => structure.ToString(),
    };
}
