using static OpenNrm.Domain.Detection.Indicators.IndicatorDimension;
using static OpenNrm.Domain.Detection.Indicators.IndicatorStrength;

namespace OpenNrm.Domain.Detection.Indicators;

public static partial class PublicIndicatorLists
{
    /// <summary>
    /// Adults, sexual exploitation. Reconstructed from the publication's structure, not copied from a checked
    /// text: the grades of coercive recruitment, exploitative conditions and coercion at destination in
    /// particular must be verified before production use.
    /// </summary>
    public static IndicatorList DelphiAdultSexual { get; } = new(
        "ilo-ec-delphi-adult-sexual",
        "Indicators of trafficking of adults for sexual exploitation (ILO/EC Delphi)",
        DelphiVersion,
        TargetPopulation.Adult,
        ExploitationForm.Sexual,
        DelphiCitation,
        VerifyNote,
        [
            new("ADS-DR-S1", DeceptiveRecruitment, Strong, "Deceived about the nature of the job, location or employer"),
            new("ADS-DR-M1", DeceptiveRecruitment, Medium, "Deceived about conditions of prostitution"),
            new("ADS-DR-M2", DeceptiveRecruitment, Medium, "Deceived about content or legality of work contract"),
            new("ADS-DR-M3", DeceptiveRecruitment, Medium, "Deceived about family reunification"),
            new("ADS-DR-M4", DeceptiveRecruitment, Medium, "Deceived about housing and living conditions"),
            new("ADS-DR-M5", DeceptiveRecruitment, Medium, "Deceived about legal documentation or migration status"),
            new("ADS-DR-M6", DeceptiveRecruitment, Medium, "Deceived about travel and recruitment conditions"),
            new("ADS-DR-M7", DeceptiveRecruitment, Medium, "Deceived about wages/earnings"),
            new("ADS-DR-M8", DeceptiveRecruitment, Medium, "Deceived through promises of marriage or adoption"),
            new("ADS-DR-W1", DeceptiveRecruitment, Weak, "Deceived about access to education opportunities"),

            new("ADS-CR-S1", CoerciveRecruitment, Strong, "Abduction, forced marriage, forced adoption or selling of victim"),
            new("ADS-CR-S2", CoerciveRecruitment, Strong, "Violence on victims"),
            new("ADS-CR-M1", CoerciveRecruitment, Medium, "Confiscation of documents"),
            new("ADS-CR-M2", CoerciveRecruitment, Medium, "Debt bondage"),
            new("ADS-CR-M3", CoerciveRecruitment, Medium, "Isolation, confinement or surveillance"),
            new("ADS-CR-M4", CoerciveRecruitment, Medium, "Threat of denunciation to authorities"),
            new("ADS-CR-M5", CoerciveRecruitment, Medium, "Threat to inform family, community or public"),
            new("ADS-CR-M6", CoerciveRecruitment, Medium, "Threats of violence against victim"),
            new("ADS-CR-M7", CoerciveRecruitment, Medium, "Violence on family (threats or actual)"),
            new("ADS-CR-M8", CoerciveRecruitment, Medium, "Withholding of money"),

            new("ADS-VR-M1", RecruitmentByAbuseOfVulnerability, Medium, "Abuse of difficult family situation"),
            new("ADS-VR-M2", RecruitmentByAbuseOfVulnerability, Medium, "Abuse of illegal status"),
            new("ADS-VR-M3", RecruitmentByAbuseOfVulnerability, Medium, "Abuse of lack of education (language)"),
            new("ADS-VR-M4", RecruitmentByAbuseOfVulnerability, Medium, "Abuse of lack of information"),
            new("ADS-VR-M5", RecruitmentByAbuseOfVulnerability, Medium, "Control of exploiters"),
            new("ADS-VR-M6", RecruitmentByAbuseOfVulnerability, Medium, "Economic reasons"),
            new("ADS-VR-M7", RecruitmentByAbuseOfVulnerability, Medium, "False information about law or attitude of authorities"),
            new("ADS-VR-M8", RecruitmentByAbuseOfVulnerability, Medium, "False information about successful migration"),
            new("ADS-VR-M9", RecruitmentByAbuseOfVulnerability, Medium, "Family situation"),
            new("ADS-VR-M10", RecruitmentByAbuseOfVulnerability, Medium, "Personal situation"),
            new("ADS-VR-M11", RecruitmentByAbuseOfVulnerability, Medium, "Psychological and emotional dependency"),
            new("ADS-VR-M12", RecruitmentByAbuseOfVulnerability, Medium, "Relationship with authorities/legal status"),
            new("ADS-VR-W1", RecruitmentByAbuseOfVulnerability, Weak, "Abuse of cultural/religious beliefs"),
            new("ADS-VR-W2", RecruitmentByAbuseOfVulnerability, Weak, "General context"),
            new("ADS-VR-W3", RecruitmentByAbuseOfVulnerability, Weak, "Difficulties in the past"),
            new("ADS-VR-W4", RecruitmentByAbuseOfVulnerability, Weak, "Difficulty to organise the travel"),

            new("ADS-EX-S1", ExploitativeConditions, Strong, "Excessive working days or hours"),
            new("ADS-EX-M1", ExploitativeConditions, Medium, "Bad living conditions"),
            new("ADS-EX-M2", ExploitativeConditions, Medium, "Hazardous work"),
            new("ADS-EX-M3", ExploitativeConditions, Medium, "Low or no salary"),
            new("ADS-EX-M4", ExploitativeConditions, Medium, "No respect of labour laws or contract signed"),
            new("ADS-EX-M5", ExploitativeConditions, Medium, "No social protection (contract, social insurance, etc.)"),
            new("ADS-EX-M6", ExploitativeConditions, Medium, "Very bad working conditions"),
            new("ADS-EX-M7", ExploitativeConditions, Medium, "Wage manipulation"),
            new("ADS-EX-W1", ExploitativeConditions, Weak, "No access to education"),

            new("ADS-CD-S1", CoercionAtDestination, Strong, "Confiscation of documents"),
            new("ADS-CD-S2", CoercionAtDestination, Strong, "Debt bondage"),
            new("ADS-CD-S3", CoercionAtDestination, Strong, "Forced tasks or clients"),
            new("ADS-CD-S4", CoercionAtDestination, Strong, "Forced use of drugs"),
            new("ADS-CD-S5", CoercionAtDestination, Strong, "Isolation, confinement or surveillance"),
            new("ADS-CD-S6", CoercionAtDestination, Strong, "Threats of violence against victim"),
            new("ADS-CD-S7", CoercionAtDestination, Strong, "Violence on victims"),
            new("ADS-CD-M1", CoercionAtDestination, Medium, "Forced into illicit/criminal activities"),
            new("ADS-CD-M2", CoercionAtDestination, Medium, "Forced to act against peers"),
            new("ADS-CD-M3", CoercionAtDestination, Medium, "Forced to lie to authorities, family, etc."),
            new("ADS-CD-M4", CoercionAtDestination, Medium, "Threat of denunciation to authorities"),
            new("ADS-CD-M5", CoercionAtDestination, Medium, "Threat to impose even worse working conditions"),
            new("ADS-CD-M6", CoercionAtDestination, Medium, "Threats to inform family, community or public"),
            new("ADS-CD-M7", CoercionAtDestination, Medium, "Under strong influence"),
            new("ADS-CD-M8", CoercionAtDestination, Medium, "Violence on family (threats or actual)"),
            new("ADS-CD-M9", CoercionAtDestination, Medium, "Withholding of wages"),

            new("ADS-VD-M1", AbuseOfVulnerabilityAtDestination, Medium, "Dependency on exploiters"),
            new("ADS-VD-M2", AbuseOfVulnerabilityAtDestination, Medium, "Difficulty to live in an unknown area"),
            new("ADS-VD-M3", AbuseOfVulnerabilityAtDestination, Medium, "Economic reasons"),
            new("ADS-VD-M4", AbuseOfVulnerabilityAtDestination, Medium, "Family situation"),
            new("ADS-VD-M5", AbuseOfVulnerabilityAtDestination, Medium, "Relationship with authorities/legal status"),
            new("ADS-VD-W1", AbuseOfVulnerabilityAtDestination, Weak, "Difficulties in the past"),
            new("ADS-VD-W2", AbuseOfVulnerabilityAtDestination, Weak, "Personal characteristics"),
        ]);
}
