using OpenNrm.Domain.Detection;
using OpenNrm.Domain.Geography;

namespace OpenNrm.Web.Features.Synthetic;

/// <summary>
/// Where signals arise and which services answer there. Detections concentrate in the large cities and around
/// the airport, as in the centres' and police statistics; the services are the reference organisations seeded on
/// first run (four local police zones, the federal police elsewhere, the prosecutors' offices and auditorates).
/// </summary>
internal static class Places
{
    public static Weighted<(string PostalCode, string Municipality)> Detection { get; } = new(
        (("1000", "Brussels"), 14), (("1030", "Schaerbeek"), 5), (("1060", "Saint-Gilles"), 4), (("1070", "Anderlecht"), 5),
        (("1080", "Molenbeek-Saint-Jean"), 4), (("1210", "Saint-Josse-ten-Noode"), 3), (("1930", "Zaventem"), 2), (("1500", "Halle"), 1),
        (("2000", "Antwerpen"), 12), (("2060", "Antwerpen"), 4), (("2100", "Deurne"), 2), (("2800", "Mechelen"), 2), (("2300", "Turnhout"), 1),
        (("3000", "Leuven"), 2), (("3500", "Hasselt"), 2), (("3600", "Genk"), 1), (("4000", "Liège"), 7), (("4020", "Liège"), 2),
        (("4800", "Verviers"), 1), (("5000", "Namur"), 2), (("6000", "Charleroi"), 4), (("7000", "Mons"), 2), (("7500", "Tournai"), 1),
        (("8000", "Brugge"), 2), (("8400", "Oostende"), 2), (("8500", "Kortrijk"), 1), (("9000", "Gent"), 7), (("9300", "Aalst"), 1),
        (("1400", "Nivelles"), 1), (("6700", "Arlon"), 1));

    /// <summary>Detention centres of the Immigration Office: Steenokkerzeel (127bis, Caricole), Merksplas, Vottem, Bruges.</summary>
    public static Weighted<(string PostalCode, string Municipality)> DetentionCentres { get; } = new(
        (("1820", "Steenokkerzeel"), 4), (("2330", "Merksplas"), 2), (("4041", "Herstal"), 2), (("8000", "Brugge"), 2));

    /// <summary>The organisation whose officer records the signal, by context and place.</summary>
    public static string DetectingOrganisation(Random random, DetectionContext context, Place? place) => context switch
    {
        DetectionContext.LabourInspection => random.Chance(0.6) ? "NSSO-INSPECTION" : "LABOUR-INSPECTION",
        DetectionContext.AsylumRegistration => "IO-ASYLUM-REG",
        DetectionContext.DetentionCentre => "IO-RETURN",
        DetectionContext.Guardian => "GUARDIANSHIP",
        DetectionContext.DiplomaticStaffInterview => "FPSFA-PROTOCOL",
        // Escort adverts are screened centrally by the federal police's trafficking unit.
        DetectionContext.EscortAdvertScreening => random.Chance(0.7) ? "POL-FED-THB" : LocalPolice(place),
        DetectionContext.PoliceControl or DetectionContext.SelfReport or DetectionContext.Hospital or DetectionContext.NgoOutreach
            or DetectionContext.Other => random.Chance(0.1) ? "POL-FED-THB" : LocalPolice(place),
    };

    /// <summary>
    /// The prosecutor's office competent for the procedure: the labour auditorate for labour exploitation where one
    /// sits, else the public prosecutor of the district, else the nearest seeded office of the region.
    /// </summary>
    public static string ProsecutorOffice(Random random, Place? place, bool labour)
    {
        var auditorate = random.Chance(0.6) && labour;
        return place?.JudicialDistrict switch
        {
            JudicialDistricts.Brussels or JudicialDistricts.WalloonBrabant => auditorate ? "AUD-BXL" : "PROS-BXL",
            JudicialDistricts.Antwerp or JudicialDistricts.Limburg or JudicialDistricts.Leuven => auditorate ? "AUD-ANT" : "PROS-ANT",
            JudicialDistricts.EastFlanders or JudicialDistricts.WestFlanders => "PROS-GENT",
            JudicialDistricts.Liege or JudicialDistricts.Eupen or JudicialDistricts.Namur or JudicialDistricts.Luxembourg
                or JudicialDistricts.Hainaut => auditorate ? "AUD-LIE" : "PROS-LIE",
            _ => "PROS-BXL",
        };
    }

    private static string LocalPolice(Place? place) => place switch
    {
        { Region: Region.BrusselsCapital } => "POL-ZP-BXL-IXL",
        { JudicialDistrict: JudicialDistricts.Antwerp } => "POL-ZP-ANTWERPEN",
        { JudicialDistrict: JudicialDistricts.EastFlanders } => "POL-ZP-GENT",
        { JudicialDistrict: JudicialDistricts.Liege } => "POL-ZP-LIEGE",
        _ => "POL-FED-THB",
    };
}
