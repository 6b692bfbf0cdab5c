using OpenNrm.Domain.Common;

namespace OpenNrm.Domain.Statistics;

/// <summary>
/// The citations of the statistics rules in one place. The residence and detection citations the indicators share
/// are taken from their own catalogues, so a corrected paragraph is still one edit.
/// </summary>
public static class StatisticsArticles
{
    /// <summary>The national rapporteur's task of gathering statistics on trafficking.</summary>
    public static readonly LegalBasis NationalRapporteur = new("Directive 2011/36/EU art. 19");

    /// <summary>The forms of exploitation the European definition covers at the least, which Eurostat's tables follow.</summary>
    public static readonly LegalBasis ExploitationForms = new("Directive 2011/36/EU art. 2(3)");

    /// <summary>The Belgian offence and its five purposes of exploitation.</summary>
    public static readonly LegalBasis TraffickingOffence = new("Criminal Code art. 433quinquies §1");

    public static readonly LegalBasis Assistance = new("Directive 2011/36/EU art. 11; Circular of 23 December 2016");

    public static readonly LegalBasis Compensation = new("Directive 2011/36/EU art. 17");

    /// <summary>The protection of victims of trafficking in criminal investigations and proceedings.</summary>
    public static readonly LegalBasis VictimsInProceedings = new("Directive 2011/36/EU art. 12");

    /// <summary>
    /// Data that let a person be identified directly or indirectly, including by combining characteristics, are
    /// confidential and may not be disseminated.
    /// </summary>
    public static readonly LegalBasis StatisticalConfidentiality =
        new("Regulation (EC) No 223/2009 art. 2(1)(e) and art. 3(7)");

    /// <summary>Processing for statistical purposes needs safeguards that keep to data minimisation.</summary>
    public static readonly LegalBasis StatisticalSafeguards = new("Regulation (EU) 2016/679 art. 89(1)");

    /// <summary>A microdata release must not let a person be singled out by a combination of characteristics.</summary>
    public static readonly LegalBasis MicrodataRelease =
        new("Regulation (EC) No 223/2009 art. 3(7); Regulation (EU) 2016/679 art. 89(1)");
}
