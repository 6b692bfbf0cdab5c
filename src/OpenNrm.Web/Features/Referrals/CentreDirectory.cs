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

    // The identifiers are hashes of the codes, computed once: the statistics ask for the centre of every procedure
    // and support case (a million questions at the European scale), which cost three SHA-256 each when hashed on demand.
    private static readonly Dictionary<SpecialisedCentre, Guid> CentreIds = Centres.ToDictionary(c => c.Key, c => BelgianReferenceData.IdFor(c.Value));
    private static readonly Dictionary<Guid, SpecialisedCentre> CentresById = CentreIds.ToDictionary(c => c.Value, c => c.Key);
    private static readonly Dictionary<MinorsStructure, Guid> StructureIds = Structures.ToDictionary(s => s.Key, s => BelgianReferenceData.IdFor(s.Value));
    private static readonly Dictionary<Guid, MinorsStructure> StructuresById = StructureIds.ToDictionary(s => s.Value, s => s.Key);

    public static Guid IdOf(SpecialisedCentre centre) => CentreIds[centre];

    public static Guid IdOf(MinorsStructure structure) => StructureIds[structure];

    public static SpecialisedCentre? CentreFor(Guid organisationId) => CentresById.TryGetValue(organisationId, out var centre) ? centre : null;

    public static MinorsStructure? StructureFor(Guid organisationId) => StructuresById.TryGetValue(organisationId, out var structure) ? structure : null;

    public static IEnumerable<Guid> AllCentreIds => CentreIds.Values;

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
