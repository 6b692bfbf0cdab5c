using static OpenNrm.Domain.Detection.Indicators.IndicatorDimension;
using static OpenNrm.Domain.Detection.Indicators.IndicatorStrength;

namespace OpenNrm.Domain.Detection.Indicators;

public static partial class PublicIndicatorLists
{
    /// <summary>
    /// Children, sexual exploitation. The least certain of the four: reconstructed from the child labour list
    /// and the adult sexual list (forced use of drugs and hazardous work graded strong). Verify every grade
    /// against the publication before production use.
    /// </summary>
    public static IndicatorList DelphiChildSexual { get; } = new(
        "ilo-ec-delphi-child-sexual",
        "Indicators of trafficking of children for sexual exploitation (ILO/EC Delphi)",
        DelphiVersion,
        TargetPopulation.Child,
        ExploitationForm.Sexual,
        DelphiCitation,
        VerifyNote,
        [
            new("CHS-DR-S1", DeceptiveRecruitment, Strong, "Deceived about the nature of the job, location or employer"),
            new("CHS-DR-S2", DeceptiveRecruitment, Strong, "Deceived about access to education opportunities"),
            new("CHS-DR-M1", DeceptiveRecruitment, Medium, "Deceived about conditions of prostitution"),
            new("CHS-DR-M2", DeceptiveRecruitment, Medium, "Deceived about content or legality of work contract"),
            new("CHS-DR-M3", DeceptiveRecruitment, Medium, "Deceived about family reunification"),
            new("CHS-DR-M4", DeceptiveRecruitment, Medium, "Deceived about housing and living conditions"),
            new("CHS-DR-M5", DeceptiveRecruitment, Medium, "Deceived about legal documentation or migration status"),
            new("CHS-DR-M6", DeceptiveRecruitment, Medium, "Deceived about travel and recruitment conditions"),
            new("CHS-DR-M7", DeceptiveRecruitment, Medium, "Deceived about wages/earnings"),
            new("CHS-DR-M8", DeceptiveRecruitment, Medium, "Deceived through promises of marriage or adoption"),

            new("CHS-CR-S1", CoerciveRecruitment, Strong, "Abduction, forced marriage, forced adoption or selling of victim"),
            new("CHS-CR-S2", CoerciveRecruitment, Strong, "Debt bondage"),
            new("CHS-CR-S3", CoerciveRecruitment, Strong, "Threats of violence against victim"),
            new("CHS-CR-S4", CoerciveRecruitment, Strong, "Violence on victims"),
            new("CHS-CR-M1", CoerciveRecruitment, Medium, "Confiscation of documents"),
            new("CHS-CR-M2", CoerciveRecruitment, Medium, "Isolation, confinement or surveillance"),
            new("CHS-CR-M3", CoerciveRecruitment, Medium, "Threat of denunciation to authorities"),
            new("CHS-CR-M4", CoerciveRecruitment, Medium, "Threat to inform family, community or public"),
            new("CHS-CR-M5", CoerciveRecruitment, Medium, "Violence on family (threats or actual)"),
            new("CHS-CR-M6", CoerciveRecruitment, Medium, "Withholding of money"),

            new("CHS-VR-M1", RecruitmentByAbuseOfVulnerability, Medium, "Abuse of cultural/religious beliefs"),
            new("CHS-VR-M2", RecruitmentByAbuseOfVulnerability, Medium, "Abuse of difficult family situation"),
            new("CHS-VR-M3", RecruitmentByAbuseOfVulnerability, Medium, "Abuse of illegal status"),
            new("CHS-VR-M4", RecruitmentByAbuseOfVulnerability, Medium, "Abuse of lack of education (language)"),
            new("CHS-VR-M5", RecruitmentByAbuseOfVulnerability, Medium, "Abuse of lack of information"),
            new("CHS-VR-M6", RecruitmentByAbuseOfVulnerability, Medium, "Control of exploiters"),
            new("CHS-VR-M7", RecruitmentByAbuseOfVulnerability, Medium, "Difficulties in the past"),
            new("CHS-VR-M8", RecruitmentByAbuseOfVulnerability, Medium, "Difficulty to organise the travel"),
            new("CHS-VR-M9", RecruitmentByAbuseOfVulnerability, Medium, "Economic reasons"),
            new("CHS-VR-M10", RecruitmentByAbuseOfVulnerability, Medium, "False information about successful migration"),
            new("CHS-VR-M11", RecruitmentByAbuseOfVulnerability, Medium, "Family situation"),
            new("CHS-VR-M12", RecruitmentByAbuseOfVulnerability, Medium, "General context"),
            new("CHS-VR-M13", RecruitmentByAbuseOfVulnerability, Medium, "Personal situation"),
            new("CHS-VR-M14", RecruitmentByAbuseOfVulnerability, Medium, "Psychological and emotional dependency"),
            new("CHS-VR-M15", RecruitmentByAbuseOfVulnerability, Medium, "Relationship with authorities/legal status"),

            new("CHS-EX-S1", ExploitativeConditions, Strong, "Excessive working days or hours"),
            new("CHS-EX-S2", ExploitativeConditions, Strong, "Hazardous work"),
            new("CHS-EX-M1", ExploitativeConditions, Medium, "Bad living conditions"),
            new("CHS-EX-M2", ExploitativeConditions, Medium, "Low or no salary"),
            new("CHS-EX-M3", ExploitativeConditions, Medium, "No access to education"),
            new("CHS-EX-M4", ExploitativeConditions, Medium, "No respect of labour laws or contract signed"),
            new("CHS-EX-M5", ExploitativeConditions, Medium, "Very bad working conditions"),
            new("CHS-EX-M6", ExploitativeConditions, Medium, "Wage manipulation"),

            new("CHS-CD-S1", CoercionAtDestination, Strong, "Confiscation of documents"),
            new("CHS-CD-S2", CoercionAtDestination, Strong, "Debt bondage"),
            new("CHS-CD-S3", CoercionAtDestination, Strong, "Forced into illicit/criminal activities"),
            new("CHS-CD-S4", CoercionAtDestination, Strong, "Forced tasks or clients"),
            new("CHS-CD-S5", CoercionAtDestination, Strong, "Forced use of drugs"),
            new("CHS-CD-S6", CoercionAtDestination, Strong, "Isolation, confinement or surveillance"),
            new("CHS-CD-S7", CoercionAtDestination, Strong, "Threats of violence against victim"),
            new("CHS-CD-S8", CoercionAtDestination, Strong, "Under strong influence"),
            new("CHS-CD-S9", CoercionAtDestination, Strong, "Violence on victims"),
            new("CHS-CD-M1", CoercionAtDestination, Medium, "Forced to act against peers"),
            new("CHS-CD-M2", CoercionAtDestination, Medium, "Forced to lie to authorities, family, etc."),
            new("CHS-CD-M3", CoercionAtDestination, Medium, "Threat of denunciation to authorities"),
            new("CHS-CD-M4", CoercionAtDestination, Medium, "Threat to impose even worse working conditions"),
            new("CHS-CD-M5", CoercionAtDestination, Medium, "Threats to inform family, community or public"),
            new("CHS-CD-M6", CoercionAtDestination, Medium, "Violence on family (threats or actual)"),
            new("CHS-CD-M7", CoercionAtDestination, Medium, "Withholding of wages"),

            new("CHS-VD-M1", AbuseOfVulnerabilityAtDestination, Medium, "Dependency on exploiters"),
            new("CHS-VD-M2", AbuseOfVulnerabilityAtDestination, Medium, "Difficulties in the past"),
            new("CHS-VD-M3", AbuseOfVulnerabilityAtDestination, Medium, "Difficulty to live in an unknown area"),
            new("CHS-VD-M4", AbuseOfVulnerabilityAtDestination, Medium, "Economic reasons"),
            new("CHS-VD-M5", AbuseOfVulnerabilityAtDestination, Medium, "Family situation"),
            new("CHS-VD-M6", AbuseOfVulnerabilityAtDestination, Medium, "Personal characteristics"),
            new("CHS-VD-M7", AbuseOfVulnerabilityAtDestination, Medium, "Relationship with authorities/legal status"),
        ]);
}
