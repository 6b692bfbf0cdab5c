using System.Security.Cryptography;
using System.Text;
using OpenNrm.Domain.Access;

namespace OpenNrm.Web.Features.Access;

/// <summary>
/// The actors of the Belgian referral mechanism (Circular of 23 December 2016; EMN Belgium 2022, sections 2-6),
/// seeded on first run and editable afterwards by an administrator. Identifiers derive from the code, so every
/// installation gives the same organisation the same identifier.
/// </summary>
public static class BelgianReferenceData
{
    public sealed record OrganisationSeed(string Code, string Name, OrganisationKind Kind, string? ParentCode = null, string? JudicialDistrict = null)
    {
        public Guid Id => IdFor(Code);
    }

    public static Guid IdFor(string code) =>
        new(SHA256.HashData(Encoding.UTF8.GetBytes("opennrm:organisation:" + code)).AsSpan(0, 16));

    public static IReadOnlyList<OrganisationSeed> Organisations { get; } =
    [
        new("SYSADMIN", "OpenNRM system administration", OrganisationKind.SystemAdministration),
        // The three recognised specialised centres (Royal Decree of 22 June 2018), reachable 24/7.
        new("CENTRE-PAGASA", "PAG-ASA (Brussels)", OrganisationKind.SpecialisedCentre, JudicialDistrict: "Brussels"),
        new("CENTRE-PAYOKE", "Payoke (Antwerp)", OrganisationKind.SpecialisedCentre, JudicialDistrict: "Antwerp"),
        new("CENTRE-SURYA", "Sürya (Liège)", OrganisationKind.SpecialisedCentre, JudicialDistrict: "Liège"),
        // Reception structures for minor victims (Circular 2016, 6.2.1.2).
        new("MINORS-ESPERANTO", "Esperanto", OrganisationKind.MinorsReceptionStructure),
        new("MINORS-NDAKO", "Minor Ndako", OrganisationKind.MinorsReceptionStructure),
        new("POL-FED-THB", "Federal Judicial Police – Human Trafficking and Smuggling Unit", OrganisationKind.Police),
        new("POL-ZP-BXL-IXL", "Local police zone Brussels-Capital/Ixelles", OrganisationKind.Police, JudicialDistrict: "Brussels"),
        new("POL-ZP-ANTWERPEN", "Local police zone Antwerp", OrganisationKind.Police, JudicialDistrict: "Antwerp"),
        new("POL-ZP-LIEGE", "Local police zone Liège", OrganisationKind.Police, JudicialDistrict: "Liège"),
        new("POL-ZP-GENT", "Local police zone Ghent", OrganisationKind.Police, JudicialDistrict: "East Flanders"),
        new("NSSO-INSPECTION", "NSSO inspectorate – ECOSOC teams", OrganisationKind.SocialInspection),
        new("LABOUR-INSPECTION", "FPS Employment – Control of Social Laws", OrganisationKind.LabourInspection),
        new("IO", "Immigration Office", OrganisationKind.ImmigrationOffice),
        new("IO-THB", "Immigration Office – Trafficking in Human Beings unit", OrganisationKind.ImmigrationOffice, "IO"),
        new("IO-DUBLIN", "Immigration Office – Dublin unit", OrganisationKind.ImmigrationOffice, "IO"),
        new("IO-RETURN", "Immigration Office – Return unit", OrganisationKind.ImmigrationOffice, "IO"),
        new("IO-ASYLUM-REG", "Immigration Office – Asylum registration", OrganisationKind.ImmigrationOffice, "IO"),
        new("GUARDIANSHIP", "Guardianship Service (FPS Justice)", OrganisationKind.GuardianshipService),
        // Public prosecutors and labour auditorates: the only authorities that identify a victim (Imm. Act 61/3 §2).
        new("PROS-BXL", "Public prosecutor's office Brussels", OrganisationKind.ProsecutorOffice, JudicialDistrict: "Brussels"),
        new("PROS-ANT", "Public prosecutor's office Antwerp", OrganisationKind.ProsecutorOffice, JudicialDistrict: "Antwerp"),
        new("PROS-LIE", "Public prosecutor's office Liège", OrganisationKind.ProsecutorOffice, JudicialDistrict: "Liège"),
        new("PROS-GENT", "Public prosecutor's office East Flanders", OrganisationKind.ProsecutorOffice, JudicialDistrict: "East Flanders"),
        new("PROS-FED", "Federal Prosecutor's Office", OrganisationKind.ProsecutorOffice),
        new("AUD-BXL", "Labour auditorate Brussels", OrganisationKind.LabourAuditorate, JudicialDistrict: "Brussels"),
        new("AUD-ANT", "Labour auditorate Antwerp", OrganisationKind.LabourAuditorate, JudicialDistrict: "Antwerp"),
        new("AUD-LIE", "Labour auditorate Liège", OrganisationKind.LabourAuditorate, JudicialDistrict: "Liège"),
        new("CGRS", "Office of the Commissioner General for Refugees and Stateless Persons", OrganisationKind.Cgrs),
        new("FPSFA-PROTOCOL", "FPS Foreign Affairs – Directorate Protocol and Security", OrganisationKind.ForeignAffairsProtocol),
        new("FEDASIL", "Fedasil – voluntary return", OrganisationKind.Fedasil),
        new("MYRIA", "Myria – Federal Migration Centre (national rapporteur)", OrganisationKind.NationalRapporteur),
    ];

    /// <summary>Where each demo account works: a realistic seat for every role.</summary>
    public static IReadOnlyDictionary<Role, string> DemoSeats { get; } = new Dictionary<Role, string>
    {
        [Role.FrontlineOfficer] = "POL-ZP-BXL-IXL",
        [Role.CentreCaseworker] = "CENTRE-PAGASA",
        [Role.CentreCoordinator] = "CENTRE-PAGASA",
        [Role.Prosecutor] = "PROS-BXL",
        [Role.ImmigrationThbOfficer] = "IO-THB",
        [Role.ImmigrationDublinOfficer] = "IO-DUBLIN",
        [Role.ImmigrationReturnOfficer] = "IO-RETURN",
        [Role.AsylumRegistrationOfficer] = "IO-ASYLUM-REG",
        [Role.GuardianshipOfficer] = "GUARDIANSHIP",
        [Role.RapporteurAnalyst] = "MYRIA",
        [Role.Auditor] = "SYSADMIN",
        [Role.Administrator] = "SYSADMIN",
    };
}
