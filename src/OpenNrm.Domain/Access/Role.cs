namespace OpenNrm.Domain.Access;

/// <summary>
/// What a person does in the referral mechanism. A user holds one or more roles within one organisation;
/// what a role may do is written once in <see cref="PermissionMatrix"/>.
/// </summary>
public enum Role
{
    FrontlineOfficer,
    CentreCaseworker,
    CentreCoordinator,
    Prosecutor,
    ImmigrationThbOfficer,
    ImmigrationDublinOfficer,
    ImmigrationReturnOfficer,
    AsylumRegistrationOfficer,
    GuardianshipOfficer,
    RapporteurAnalyst,
    Auditor,
    Administrator,
}
