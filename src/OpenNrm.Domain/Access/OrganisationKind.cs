namespace OpenNrm.Domain.Access;

/// <summary>The kinds of actor in the Belgian referral mechanism (Circular of 23 December 2016).</summary>
public enum OrganisationKind
{
    SpecialisedCentre,
    MinorsReceptionStructure,
    Police,
    SocialInspection,
    LabourInspection,
    ImmigrationOffice,
    GuardianshipService,
    ProsecutorOffice,
    LabourAuditorate,
    Cgrs,
    ForeignAffairsProtocol,
    Fedasil,
    NationalRapporteur,
    SystemAdministration,
}
