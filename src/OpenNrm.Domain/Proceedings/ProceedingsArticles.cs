using OpenNrm.Domain.Common;
using OpenNrm.Domain.Residence;

namespace OpenNrm.Domain.Proceedings;

/// <summary>
/// Every citation the criminal proceedings register uses, in one place so that a corrected paragraph is one edit.
/// The register follows the prosecutor's file; the residence procedure keeps its own, coarser view of the same case.
/// </summary>
public static class ProceedingsArticles
{
    /// <summary>The prosecutor investigates on his own authority: the notice opens in this phase.</summary>
    public static readonly LegalBasis PreliminaryInvestigation = new("Code of Criminal Procedure art. 28bis");

    public static readonly LegalBasis JudicialInvestigation = new("Code of Criminal Procedure art. 55-56");

    /// <summary>Once an investigating judge is seized, only the council chamber settles the case.</summary>
    public static readonly LegalBasis CouncilChamberReferral = new("Code of Criminal Procedure art. 127-130");

    public static readonly LegalBasis DirectSummons = new("Code of Criminal Procedure art. 182");

    /// <summary>A trial court is seized only by a referral of the council chamber or by a summons.</summary>
    public static readonly LegalBasis SeizureOfTheTrialCourt = new("Code of Criminal Procedure art. 130 and 182");

    public static readonly LegalBasis Trial = new("Code of Criminal Procedure art. 190");

    /// <summary>The judgment gives its reasons and states the offences, the sentence and the civil awards.</summary>
    public static readonly LegalBasis Judgment = new("Code of Criminal Procedure art. 195");

    /// <summary>Trafficking is retained only by a judgment that finds it proven.</summary>
    public static readonly LegalBasis TraffickingFinding =
        new("Code of Criminal Procedure art. 195; Criminal Code art. 433quinquies");

    /// <summary>Appeal lies against the judgments of the correctional court, not against those of the appeal court.</summary>
    public static readonly LegalBasis AppealableJudgments = new("Code of Criminal Procedure art. 199");

    /// <summary>The appeal is lodged within thirty days of the day the judgment was delivered.</summary>
    public static readonly LegalBasis AppealPeriod = new("Code of Criminal Procedure art. 203 §1");

    public static readonly LegalBasis ResJudicata =
        new("Res judicata (ne bis in idem: ICCPR art. 14(7); Protocol No. 7 to the ECHR art. 4)");

    /// <summary>The prosecutor decides whether to prosecute, and a dismissal can be revisited.</summary>
    public static readonly LegalBasis Dismissal = new("Code of Criminal Procedure art. 28quater");

    /// <summary>A dismissed case is reopened on new evidence, as long as the prosecution is not time-barred.</summary>
    public static readonly LegalBasis Reopening =
        new("Code of Criminal Procedure art. 28quater; Preliminary Title of the Code of Criminal Procedure art. 21");

    public static readonly LegalBasis ReferenceMagistrate = new("COL 01/2015");

    /// <summary>
    /// The notice number is the key of the prosecution service's case register; no statute fixes its format, so
    /// only its shape is checked.
    /// </summary>
    public static readonly LegalBasis NoticeRegister = new("Prosecution service practice (notice number of the case register)");

    /// <summary>The injured person becomes a civil party by declaring it, before the investigating judge or the court.</summary>
    public static readonly LegalBasis CivilParty = new("Code of Criminal Procedure art. 63 and 66");

    /// <summary>The criminal court rules on the civil action only alongside a finding of guilt.</summary>
    public static readonly LegalBasis CivilAward =
        new("Preliminary Title of the Code of Criminal Procedure art. 4; Code of Criminal Procedure art. 195");

    /// <summary>
    /// The humanitarian "stop procedure" after a long investigation. Reused from the residence rules so that both
    /// parts of the system cite the route in the same words.
    /// </summary>
    public static readonly LegalBasis StopProcedure = ResidenceArticles.StopProcedure;
}
