using System.Collections.Frozen;

namespace OpenNrm.Domain.Access;

/// <summary>
/// The role × action matrix, written once. Changing who may do what is a reviewed code change:
/// the authorisation tests are generated from this table, so a change here changes the tests with it.
/// Object-level need-to-know (which organisations work on a case) is checked on top of this, per object.
/// </summary>
public static class PermissionMatrix
{
    private static readonly FrozenDictionary<Role, FrozenSet<Permission>> Grants = new Dictionary<Role, FrozenSet<Permission>>
    {
        // Detect and hand over: frontline services open a file when they record a signal.
        [Role.FrontlineOfficer] = Set(Permission.OwnAccount, Permission.OrganisationsRead, Permission.CasesCreate, Permission.CasesRead, Permission.ProtectionCheck, Permission.DetectionAssess, Permission.SignalsRecord, Permission.SignalsRead, Permission.NoticesRead, Permission.LeafletRead, Permission.CasesMerge),
        [Role.CentreCaseworker] = Set(Permission.OwnAccount, Permission.OrganisationsRead, Permission.CasesCreate, Permission.CasesRead,
            Permission.ProceduresOpen, Permission.ProceduresRead, Permission.ProcedureEventsRecord, Permission.ProceduresSimulate, Permission.ProtectionCheck, Permission.DetectionAssess, Permission.SignalsRecord, Permission.SignalsRead, Permission.NoticesRead, Permission.ReferralsHandle, Permission.LeafletRead,
            Permission.SupportRead, Permission.SupportManage, Permission.CasesMerge, Permission.ProceedingsRead),
        [Role.CentreCoordinator] = Set(Permission.OwnAccount, Permission.OrganisationsRead, Permission.CasesCreate, Permission.CasesRead,
            Permission.ProceduresOpen, Permission.ProceduresRead, Permission.ProcedureEventsRecord, Permission.ProceduresSimulate, Permission.ProtectionCheck, Permission.DetectionAssess, Permission.SignalsRecord, Permission.SignalsRead, Permission.NoticesRead, Permission.ReferralsHandle, Permission.LeafletRead,
            Permission.SupportRead, Permission.SupportManage, Permission.SheltersManage, Permission.CasesMerge, Permission.ProceedingsRead, Permission.LegalHoldsManage),
        [Role.Prosecutor] = Set(Permission.OwnAccount, Permission.OrganisationsRead, Permission.CasesRead,
            Permission.ProceduresRead, Permission.ProcedureEventsRecord, Permission.ProceduresSimulate, Permission.ProtectionCheck, Permission.DetectionAssess, Permission.SignalsRead, Permission.NoticesRead, Permission.LeafletRead,
            Permission.ProceedingsRead, Permission.ProceedingsManage, Permission.CaseLawRead),
        [Role.ImmigrationThbOfficer] = Set(Permission.OwnAccount, Permission.OrganisationsRead, Permission.CasesRead,
            Permission.ProceduresRead, Permission.ProcedureEventsRecord, Permission.ProceduresSimulate, Permission.ProtectionCheck, Permission.SignalsRead, Permission.NoticesRead),
        [Role.ImmigrationDublinOfficer] = Set(Permission.OwnAccount, Permission.OrganisationsRead, Permission.ProtectionCheck),
        [Role.ImmigrationReturnOfficer] = Set(Permission.OwnAccount, Permission.OrganisationsRead, Permission.ProtectionCheck, Permission.SignalsRecord, Permission.SignalsRead, Permission.NoticesRead, Permission.LeafletRead),
        [Role.AsylumRegistrationOfficer] = Set(Permission.OwnAccount, Permission.OrganisationsRead, Permission.CasesCreate, Permission.CasesRead, Permission.ProtectionCheck, Permission.DetectionAssess, Permission.SignalsRecord, Permission.SignalsRead, Permission.NoticesRead, Permission.LeafletRead),
        [Role.GuardianshipOfficer] = Set(Permission.OwnAccount, Permission.OrganisationsRead, Permission.CasesRead, Permission.ProtectionCheck, Permission.DetectionAssess, Permission.SignalsRecord, Permission.SignalsRead, Permission.NoticesRead, Permission.LeafletRead),
        // The rapporteur reads aggregates only, never a person's file; judgments come without names or files. The
        // report's own sections (the rapporteur's analysis) are written by the rapporteur alone.
        [Role.RapporteurAnalyst] = Set(Permission.OwnAccount, Permission.OrganisationsRead, Permission.CaseLawRead, Permission.StatisticsRead, Permission.StatisticsExport,
            Permission.StatisticsImport, Permission.ReportSectionsWrite),
        // The auditor reads the trail of who did what, not the files themselves. As data-protection officer they answer
        // a person's request for access: the one way they see a file's content, for a stated request, audited.
        [Role.Auditor] = Set(Permission.OwnAccount, Permission.OrganisationsRead, Permission.RolesRead, Permission.AuditRead, Permission.SubjectAccessExport),
        // Administrators run the system; they are deliberately not granted victims' files. They keep the leaflet's
        // texts, and read them as printed to check their own edits. They load the deployment's indicator lists, which
        // are reference data, not anyone's file. They release k-anonymised microdata to researchers under an agreement:
        // not the rapporteur, who must never see a row, and not the auditor, who must be able to review the release
        // independently of whoever made it. They run the retention purge and place legal holds by file reference
        // (on a court's or the data-protection officer's instruction): both see counts and references, never content.
        [Role.Administrator] = Set(Permission.OwnAccount, Permission.OrganisationsRead, Permission.OrganisationsManage,
            Permission.UsersManage, Permission.RolesRead, Permission.LeafletRead, Permission.LeafletManage, Permission.IndicatorListsManage,
            Permission.MicrodataExport, Permission.RetentionManage, Permission.LegalHoldsManage),
    }.ToFrozenDictionary();

    public static bool Allows(Role role, Permission permission) =>
        Grants.TryGetValue(role, out var set) && set.Contains(permission);

    public static bool Allows(IEnumerable<Role> roles, Permission permission) =>
        roles.Any(role => Allows(role, permission));

    public static IReadOnlySet<Permission> For(Role role) =>
        Grants.TryGetValue(role, out var set) ? set : FrozenSet<Permission>.Empty;

    private static FrozenSet<Permission> Set(params Permission[] permissions) => permissions.ToFrozenSet();
}
