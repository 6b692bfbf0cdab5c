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

    /// <summary>Open a residence procedure (specialised centres).</summary>
    ProceduresOpen,

    /// <summary>Read a procedure's history and evaluation (centre, prosecutor, Immigration Office THB unit).</summary>
    ProceduresRead,

    /// <summary>Record an event; which events a caller may record is decided per event by <c>RecordingCompetence</c>.</summary>
    ProcedureEventsRecord,

    /// <summary>Evaluate a hypothetical history without storing anything.</summary>
    ProceduresSimulate,

    /// <summary>Learn only whether a file's person is protected from return measures (frontline, Dublin and return units).</summary>
    ProtectionCheck,

    /// <summary>Use the indicator lists and learn one's legal duties on meeting a potential victim.</summary>
    DetectionAssess,

    /// <summary>Record a signal and report one's own legal duties as done.</summary>
    SignalsRecord,

    /// <summary>Read signals the organisation recorded or is involved in.</summary>
    SignalsRead,

    /// <summary>Read the notices addressed to one's organisation or to oneself (deadlines, referrals).</summary>
    NoticesRead,

    /// <summary>Acknowledge referrals addressed to one's centre and record the intake (specialised centres).</summary>
    ReferralsHandle,

    /// <summary>Read and print the information leaflet a potential victim is given (Circular of 23 December 2016, 3.1-3.3).</summary>
    LeafletRead,

    /// <summary>Edit the leaflet's texts and add languages.</summary>
    LeafletManage,

    /// <summary>Link two files as the same person, or undo the link (the system only proposes).</summary>
    CasesMerge,

    /// <summary>Read the centre's support cases: plan, goals, consents, stays, legal aid (specialised centres).</summary>
    SupportRead,

    /// <summary>Open, plan, note, close and transfer the centre's support cases, and house a victim in a shelter.</summary>
    SupportManage,

    /// <summary>Register the centre's shelters and their places.</summary>
    SheltersManage,

    /// <summary>
    /// Read criminal proceedings: the office's own in full; for anyone else, only the status, roles and damages of
    /// the files their organisation works on.
    /// </summary>
    ProceedingsRead,

    /// <summary>Keep one's own office's register: open notices, record acts, assign magistrates, link victims.</summary>
    ProceedingsManage,

    /// <summary>Read judgments without personal data, for the case-law chapter of the national rapporteur's report.</summary>
    CaseLawRead,

    /// <summary>Import a deployment's own (confidential) indicator lists and choose the version in force.</summary>
    IndicatorListsManage,

    /// <summary>Read the national statistics: aggregates after disclosure control, never a person's file.</summary>
    StatisticsRead,

    /// <summary>Export the published statistics tables (Eurostat CSV, key figures, report tables, the annual report as DOCX and XLSX).</summary>
    StatisticsExport,

    /// <summary>Import the yearly figures of actors that do not record in the system (police, prosecutors, FPS Justice).</summary>
    StatisticsImport,

    /// <summary>
    /// Release k-anonymised person-level rows (HTCDS) to researchers under an agreement: never a statistics reader's
    /// permission, since the rapporteur must never see a row or a count below the threshold.
    /// </summary>
    MicrodataExport,

    /// <summary>Write the national rapporteur's own sections of the annual report (trends, policy, case-law commentary, recommendations).</summary>
    ReportSectionsWrite,

    /// <summary>Read the retention schedule, preview and run the purge of personal data past its period.</summary>
    RetentionManage,

    /// <summary>Place and lift legal holds that keep a file past its retention period (a centre: the files it supports).</summary>
    LegalHoldsManage,

    /// <summary>Answer a person's request for access: everything held on them, in one document (GDPR art. 15).</summary>
    SubjectAccessExport,
}
