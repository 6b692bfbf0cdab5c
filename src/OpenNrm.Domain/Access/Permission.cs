namespace OpenNrm.Domain.Access;

/// <summary>
/// An action a caller may be allowed to take. Every endpoint and page names exactly one;
/// an endpoint that names none fails the authorisation-matrix tests.
/// </summary>
public enum Permission
{
    /// <summary>Read and manage one's own account (second factor, language, sign-out).</summary>
    OwnAccount,
    OrganisationsRead,
    OrganisationsManage,
    UsersManage,
    RolesRead,
    AuditRead,
    CasesCreate,
    CasesRead,
}
