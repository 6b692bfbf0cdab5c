using OpenNrm.Domain.Access;

namespace OpenNrm.Web.Features.Access;

/// <summary>English display names (and localisation keys) for roles, permissions and organisation kinds.</summary>
public static class RoleNames
{
    public static string Of(Role role) => role switch
    {
        Role.FrontlineOfficer => "Frontline officer",
        Role.CentreCaseworker => "Centre caseworker",
        Role.CentreCoordinator => "Centre coordinator",
        Role.Prosecutor => "Prosecutor",
        Role.ImmigrationThbOfficer => "Immigration officer (THB unit)",
        Role.ImmigrationDublinOfficer => "Immigration officer (Dublin unit)",
        Role.ImmigrationReturnOfficer => "Immigration officer (return unit)",
        Role.AsylumRegistrationOfficer => "Asylum registration officer",
        Role.GuardianshipOfficer => "Guardianship officer",
        Role.RapporteurAnalyst => "Rapporteur analyst",
        Role.Auditor => "Auditor / data-protection officer",
        Role.Administrator => "Administrator",
    };

    public static string Of(Permission permission) => permission switch
    {
        Permission.OwnAccount => "Own account",
        Permission.OrganisationsRead => "Read organisations",
        Permission.OrganisationsManage => "Manage organisations",
        Permission.UsersManage => "Manage users",
        Permission.RolesRead => "Read roles and permissions",
        Permission.AuditRead => "Read the audit trail",
        Permission.CasesCreate => "Open files",
        Permission.CasesRead => "Read files of own organisation",
        Permission.ProceduresOpen => "Open residence procedures",
        Permission.ProceduresRead => "Read residence procedures",
        Permission.ProcedureEventsRecord => "Record procedure events within legal competence",
        Permission.ProceduresSimulate => "Simulate procedures",
        Permission.ProtectionCheck => "Check protection (hit / no hit)",
        Permission.DetectionAssess => "Assess indicators and legal duties",
        Permission.SignalsRecord => "Record signals",
        Permission.SignalsRead => "Read signals",
        Permission.NoticesRead => "Read notices",
        Permission.ReferralsHandle => "Acknowledge referrals and record intakes",
        Permission.LeafletRead => "Read and print the victim information leaflet",
        Permission.LeafletManage => "Manage the victim information leaflet",
        Permission.CasesMerge => "Link files of the same person",
        Permission.SupportRead => "Read the centre's support cases",
        Permission.SupportManage => "Manage the centre's support cases and stays",
        Permission.SheltersManage => "Manage the centre's shelters",
        Permission.ProceedingsRead => "Read criminal proceedings (own office; status of own files)",
        Permission.ProceedingsManage => "Keep the office's criminal proceedings register",
        Permission.CaseLawRead => "Read judgments for the case-law chapter (no personal data)",
        Permission.IndicatorListsManage => "Import indicator lists and choose the version in force",
        Permission.StatisticsRead => "Read the national statistics",
        Permission.StatisticsExport => "Export the national statistics",
        Permission.StatisticsImport => "Import the figures of the police, the prosecutors and the FPS Justice",
        Permission.MicrodataExport => "Release k-anonymised microdata to researchers under an agreement",
        Permission.ReportSectionsWrite => "Write the rapporteur's sections of the annual report",
        Permission.RetentionManage => "Read the retention schedule and run the purge",
        Permission.LegalHoldsManage => "Place and lift legal holds on files",
        Permission.SubjectAccessExport => "Answer a person's request for access to their data",
    };

    public static string Of(OrganisationKind kind) => kind switch
    {
        OrganisationKind.SpecialisedCentre => "Specialised centre",
        OrganisationKind.MinorsReceptionStructure => "Reception structure for minors",
        OrganisationKind.Police => "Police",
        OrganisationKind.SocialInspection => "Social inspection",
        OrganisationKind.LabourInspection => "Labour inspection",
        OrganisationKind.ImmigrationOffice => "Immigration Office",
        OrganisationKind.GuardianshipService => "Guardianship Service",
        OrganisationKind.ProsecutorOffice => "Public prosecutor's office",
        OrganisationKind.LabourAuditorate => "Labour auditorate",
        OrganisationKind.Cgrs => "CGRS",
        OrganisationKind.ForeignAffairsProtocol => "FPS Foreign Affairs protocol",
        OrganisationKind.Fedasil => "Fedasil",
        OrganisationKind.NationalRapporteur => "National rapporteur",
        OrganisationKind.SystemAdministration => "System administration",
    };
}
