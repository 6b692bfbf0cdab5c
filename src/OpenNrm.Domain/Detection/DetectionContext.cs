namespace OpenNrm.Domain.Detection;

/// <summary>Where the signal arose (EMN Belgium 2022, section 3.2 and 3.3).</summary>
public enum DetectionContext
{
    LabourInspection,
    PoliceControl,
    EscortAdvertScreening,
    AsylumRegistration,
    DetentionCentre,
    Hospital,
    Guardian,
    DiplomaticStaffInterview,
    SelfReport,
    NgoOutreach,
    Other,
}

/// <summary>Gender as the Human Trafficking Case Data Standard 2.0 records it.</summary>
public enum HtcdsGender
{
    Feminine,
    Masculine,
    TransgenderFeminine,
    TransgenderMasculine,
    NonConforming,
    NonSpecifiedUnknown,
}

/// <summary>The purposes of exploitation of Criminal Code art. 433quinquies, and the smuggling the procedure also covers.</summary>
public enum ExploitationPurpose
{
    /// <summary>Art. 433quinquies §1, 1°: prostitution or other sexual exploitation.</summary>
    SexualExploitation,

    /// <summary>Art. 433quinquies §1, 2°: begging.</summary>
    Begging,

    /// <summary>Art. 433quinquies §1, 3°: labour or services in conditions contrary to human dignity.</summary>
    LabourExploitation,

    /// <summary>Art. 433quinquies §1, 4°: removal of organs.</summary>
    OrganRemoval,

    /// <summary>Art. 433quinquies §1, 5°: forced criminality.</summary>
    ForcedCriminality,

    /// <summary>Certain more serious forms of human smuggling (Circular of 23 December 2016, title).</summary>
    AggravatedSmuggling,

    Other,
}
