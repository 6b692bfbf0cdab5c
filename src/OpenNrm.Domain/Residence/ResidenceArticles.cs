using OpenNrm.Domain.Common;

namespace OpenNrm.Domain.Residence;

/// <summary>
/// Every citation the residence rules use, in one place so that a change of law or a corrected paragraph is one edit.
/// Sources: EMN Belgium study (April 2022) section 5.2 and its footnotes.
/// </summary>
public static class ResidenceArticles
{
    // The seed says the procedure is for third-country nationals; the scope comes from the directive that the
    // Belgian articles transpose.
    public static readonly LegalBasis ThirdCountryNationalsOnly =
        new("Immigration Act art. 61/2 §1; Directive 2004/81/EC art. 3");

    public static readonly LegalBasis OpeningByRecognisedCentre = new("Royal Decree of 8 October 1981 art. 110bis §1");

    // The recognised specialised centres are the only actors competent to submit an application for an
    // authorisation to stay on behalf of the (presumed) victim (EMN Belgium 2022, 5.2, footnote 79): the same
    // article as the opening, named apart because it is a different act of the centre.
    public static readonly LegalBasis ApplicationByRecognisedCentre = new("Royal Decree of 8 October 1981 art. 110bis §1");

    public static readonly LegalBasis OrderToLeaveTerritoryBefore2017 =
        new("Immigration Act art. 61/2 §2, before the Law of 30 March 2017");

    public static readonly LegalBasis Annex15From2017 =
        new("Immigration Act art. 61/2 §2, as amended by the Law of 30 March 2017 (in force 20 May 2017)");

    public static readonly LegalBasis MinorThreeMonthDocument = new("Immigration Act art. 61/2 §2");
    public static readonly LegalBasis SupportDuringReflection = new("Immigration Act art. 61/2 §2");
    public static readonly LegalBasis ContactDiscontinued = new("Immigration Act art. 61/2 §3");

    // Withdrawal paragraphs are cited at article level: the seed does not quote them.
    public static readonly LegalBasis ReflectionWithdrawal = new("Immigration Act art. 61/2");
    public static readonly LegalBasis AttestationWithdrawal = new("Immigration Act art. 61/3");
    public static readonly LegalBasis ACardWithdrawal = new("Immigration Act art. 61/4");

    public static readonly LegalBasis Attestation = new("Immigration Act art. 61/3 §1");
    public static readonly LegalBasis AttestationRenewableOnce = new("Immigration Act art. 61/3 §2, second paragraph");
    public static readonly LegalBasis ProsecutorIdentification = new("Immigration Act art. 61/3 §2");
    public static readonly LegalBasis ACard = new("Immigration Act art. 61/4 §1");
    public static readonly LegalBasis PublicOrderAssessment = new("Immigration Act art. 61/4 §1");
    public static readonly LegalBasis BCard = new("Immigration Act art. 61/5");

    public static readonly LegalBasis DocumentDecisions = new("Immigration Act art. 61/2 to 61/5");

    // The A-card lasts only while the proceedings run, and without a conviction or trafficking charges there is no
    // B-card: the end of the proceedings without either leaves nothing to stay for.
    public static readonly LegalBasis EndOfProceedings = new("Immigration Act art. 61/4 §1 and art. 61/5");

    public static readonly LegalBasis IdentityProof =
        new("Immigration Act art. 61/3 §4; Royal Decree of 8 October 1981 art. 110bis §3, second paragraph");

    public static readonly LegalBasis VoluntaryReturn = new("Circular of 23 December 2016, 5.2.2");

    public static readonly LegalBasis StopProcedure =
        new("Immigration Act art. 9bis (informal \"stop procedure\" guideline)");

    public static readonly LegalBasis NonRefoulement =
        new("Immigration Office practice (EMN Belgium 2022, 5.2); Regulation (EU) No 604/2013 art. 3 and 17");

    public static readonly LegalBasis InternationalProtection = new("Immigration Act art. 48/3 and 48/4");
    public static readonly LegalBasis DurableSolution = new("Immigration Act art. 61/14 to 61/25");
}
