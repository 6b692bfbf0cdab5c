using static OpenNrm.Domain.Detection.Indicators.IndicatorDimension;
using static OpenNrm.Domain.Detection.Indicators.IndicatorStrength;

namespace OpenNrm.Domain.Detection.Indicators;

public static partial class PublicIndicatorLists
{
    /// <summary>
    /// Children, labour exploitation. As gathered: items that are weak for adults are graded medium, education
    /// is strong, and two adult items (false information about law; no social protection) are absent. Verify
    /// the grades against the publication before production use.
    /// </summary>
    public static IndicatorList DelphiChildLabour { get; } = new(
        "ilo-ec-delphi-child-labour",
        "Indicators of trafficking of children for labour exploitation (ILO/EC Delphi)",
        DelphiVersion,
        TargetPopulation.Child,
        ExploitationForm.Labour,
        DelphiCitation,
        VerifyNote,
        [
            new("CHL-DR-S1", DeceptiveRecruitment, Strong, "Deceived about the nature of the job, location or employer"),
            new("CHL-DR-S2", DeceptiveRecruitment, Strong, "Deceived about access to education opportunities"),
            new("CHL-DR-M1", DeceptiveRecruitment, Medium, "Deceived about conditions of work"),
            new("CHL-DR-M2", DeceptiveRecruitment, Medium, "Deceived about content or legality of work contract"),
            new("CHL-DR-M3", DeceptiveRecruitment, Medium, "Deceived about family reunification"),
            new("CHL-DR-M4", DeceptiveRecruitment, Medium, "Deceived about housing and living conditions"),
            new("CHL-DR-M5", DeceptiveRecruitment, Medium, "Deceived about legal documentation or migration status"),
            new("CHL-DR-M6", DeceptiveRecruitment, Medium, "Deceived about travel and recruitment conditions"),
            new("CHL-DR-M7", DeceptiveRecruitment, Medium, "Deceived about wages/earnings"),
            new("CHL-DR-M8", DeceptiveRecruitment, Medium, "Deceived through promises of marriage or adoption"),

            new("CHL-CR-S1", CoerciveRecruitment, Strong, "Abduction, forced marriage, forced adoption or selling of victim"),
            new("CHL-CR-S2", CoerciveRecruitment, Strong, "Debt bondage"),
            new("CHL-CR-S3", CoerciveRecruitment, Strong, "Threats of violence against victim"),
            new("CHL-CR-S4", CoerciveRecruitment, Strong, "Violence on victims"),
            new("CHL-CR-M1", CoerciveRecruitment, Medium, "Confiscation of documents"),
            new("CHL-CR-M2", CoerciveRecruitment, Medium, "Isolation, confinement or surveillance"),
            new("CHL-CR-M3", CoerciveRecruitment, Medium, "Threat of denunciation to authorities"),
            new("CHL-CR-M4", CoerciveRecruitment, Medium, "Threat to inform family, community or public"),
            new("CHL-CR-M5", CoerciveRecruitment, Medium, "Violence on family (threats or actual)"),
            new("CHL-CR-M6", CoerciveRecruitment, Medium, "Withholding of money"),

            new("CHL-VR-M1", RecruitmentByAbuseOfVulnerability, Medium, "Abuse of cultural/religious beliefs"),
            new("CHL-VR-M2", RecruitmentByAbuseOfVulnerability, Medium, "Abuse of difficult family situation"),
            new("CHL-VR-M3", RecruitmentByAbuseOfVulnerability, Medium, "Abuse of illegal status"),
            new("CHL-VR-M4", RecruitmentByAbuseOfVulnerability, Medium, "Abuse of lack of education (language)"),
            new("CHL-VR-M5", RecruitmentByAbuseOfVulnerability, Medium, "Abuse of lack of information"),
            new("CHL-VR-M6", RecruitmentByAbuseOfVulnerability, Medium, "Control of exploiters"),
            new("CHL-VR-M7", RecruitmentByAbuseOfVulnerability, Medium, "Difficulties in the past"),
            new("CHL-VR-M8", RecruitmentByAbuseOfVulnerability, Medium, "Difficulty to organise the travel"),
            new("CHL-VR-M9", RecruitmentByAbuseOfVulnerability, Medium, "Economic reasons"),
            new("CHL-VR-M10", RecruitmentByAbuseOfVulnerability, Medium, "False information about successful migration"),
            new("CHL-VR-M11", RecruitmentByAbuseOfVulnerability, Medium, "Family situation"),
            new("CHL-VR-M12", RecruitmentByAbuseOfVulnerability, Medium, "General context"),
            new("CHL-VR-M13", RecruitmentByAbuseOfVulnerability, Medium, "Personal situation"),
            new("CHL-VR-M14", RecruitmentByAbuseOfVulnerability, Medium, "Psychological and emotional dependency"),
            new("CHL-VR-M15", RecruitmentByAbuseOfVulnerability, Medium, "Relationship with authorities/legal status"),

            new("CHL-EX-S1", ExploitativeConditions, Strong, "Excessive working days or hours"),
            new("CHL-EX-M1", ExploitativeConditions, Medium, "Bad living conditions"),
            new("CHL-EX-M2", ExploitativeConditions, Medium, "Hazardous work"),
            new("CHL-EX-M3", ExploitativeConditions, Medium, "Low or no salary"),
            new("CHL-EX-M4", ExploitativeConditions, Medium, "No access to education"),
            new("CHL-EX-M5", ExploitativeConditions, Medium, "No respect of labour laws or contract signed"),
            new("CHL-EX-M6", ExploitativeConditions, Medium, "Very bad working conditions"),
            new("CHL-EX-M7", ExploitativeConditions, Medium, "Wage manipulation"),

            new("CHL-CD-S1", CoercionAtDestination, Strong, "Confiscation of documents"),
            new("CHL-CD-S2", CoercionAtDestination, Strong, "Debt bondage"),
            new("CHL-CD-S3", CoercionAtDestination, Strong, "Forced into illicit/criminal activities"),
            new("CHL-CD-S4", CoercionAtDestination, Strong, "Forced tasks or clients"),
            new("CHL-CD-S5", CoercionAtDestination, Strong, "Isolation, confinement or surveillance"),
            new("CHL-CD-S6", CoercionAtDestination, Strong, "Threats of violence against victim"),
            new("CHL-CD-S7", CoercionAtDestination, Strong, "Under strong influence"),
            new("CHL-CD-S8", CoercionAtDestination, Strong, "Violence on victims"),
            new("CHL-CD-M1", CoercionAtDestination, Medium, "Forced to act against peers"),
            new("CHL-CD-M2", CoercionAtDestination, Medium, "Forced to lie to authorities, family, etc."),
            new("CHL-CD-M3", CoercionAtDestination, Medium, "Threat of denunciation to authorities"),
            new("CHL-CD-M4", CoercionAtDestination, Medium, "Threat to impose even worse working conditions"),
            new("CHL-CD-M5", CoercionAtDestination, Medium, "Threats to inform family, community or public"),
            new("CHL-CD-M6", CoercionAtDestination, Medium, "Violence on family (threats or actual)"),
            new("CHL-CD-M7", CoercionAtDestination, Medium, "Withholding of wages"),

            new("CHL-VD-M1", AbuseOfVulnerabilityAtDestination, Medium, "Dependency on exploiters"),
            new("CHL-VD-M2", AbuseOfVulnerabilityAtDestination, Medium, "Difficulties in the past"),
            new("CHL-VD-M3", AbuseOfVulnerabilityAtDestination, Medium, "Difficulty to live in an unknown area"),
            new("CHL-VD-M4", AbuseOfVulnerabilityAtDestination, Medium, "Economic reasons"),
            new("CHL-VD-M5", AbuseOfVulnerabilityAtDestination, Medium, "Family situation"),
            new("CHL-VD-M6", AbuseOfVulnerabilityAtDestination, Medium, "Personal characteristics"),
            new("CHL-VD-M7", AbuseOfVulnerabilityAtDestination, Medium, "Relationship with authorities/legal status"),
        ]);
}
