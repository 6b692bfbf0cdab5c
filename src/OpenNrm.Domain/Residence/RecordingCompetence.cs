using OpenNrm.Domain.Common;

namespace OpenNrm.Domain.Residence;

/// <summary>Who may record an event in a procedure, and the rule that says so.</summary>
public sealed record Competence(IReadOnlySet<CompetentActor> Actors, LegalBasis Basis, string Explanation)
{
    public bool Allows(CompetentActor actor) => Actors.Contains(actor);
}

/// <summary>
/// Competence per event. Decisions belong to one authority: the recognised centre opens and withdraws the
/// procedure and applies for each document and renewal on the person's behalf (RD 8 Oct 1981 art. 110bis §1), the prosecutor alone identifies and speaks for the proceedings
/// (Imm. Act art. 61/3 §2, 61/4 §1), the Immigration Office decides on documents and public order (art. 61/2 to
/// 61/5). Facts about the person (a complaint, accepted support) may be recorded by the centre that follows the
/// person or by the prosecutor who received them.
/// </summary>
public static class RecordingCompetence
{
    private static readonly HashSet<CompetentActor> Centre = [CompetentActor.RecognisedCentre];
    private static readonly HashSet<CompetentActor> Prosecutor = [CompetentActor.Prosecutor];
    private static readonly HashSet<CompetentActor> ImmigrationOffice = [CompetentActor.ImmigrationOfficeThbUnit];
    private static readonly HashSet<CompetentActor> CentreOrProsecutor = [CompetentActor.RecognisedCentre, CompetentActor.Prosecutor];
    private static readonly HashSet<CompetentActor> CentreOrImmigrationOffice = [CompetentActor.RecognisedCentre, CompetentActor.ImmigrationOfficeThbUnit];

    public static Competence For(ProcedureEvent e) => e switch
    {
        ProcedureOpened or ProcedureWithdrawn => new(Centre, ResidenceArticles.OpeningByRecognisedCentre,
            "Only a recognised specialised centre opens or withdraws the procedure on the person's behalf."),
        DocumentApplied => new(Centre, ResidenceArticles.ApplicationByRecognisedCentre,
            "Only a recognised specialised centre applies for a residence document or its renewal on the person's behalf."),
        DocumentIssued or DocumentRenewed or DocumentRefused or DocumentWithdrawn => new(ImmigrationOffice, ResidenceArticles.DocumentDecisions,
            "Only the Immigration Office issues, renews, refuses or withdraws residence documents."),
        PublicOrderAssessed => new(ImmigrationOffice, ResidenceArticles.PublicOrderAssessment,
            "Only the Immigration Office assesses the threat to public order or national security."),
        ProsecutorConfirmed => new(Prosecutor, ResidenceArticles.ProsecutorIdentification,
            "Only the public prosecutor confirms that the person can be considered a victim, and the other criteria."),
        ProceedingsStatusChanged or ChargesRetained or ConvictionRecorded => new(Prosecutor, ResidenceArticles.ProsecutorIdentification,
            "Only the public prosecutor records the state of the criminal proceedings."),
        ComplaintFiled or StatementsMade or ContactWithTraffickersSevered or ContactWithTraffickersResumed => new(CentreOrProsecutor,
            ResidenceArticles.Attestation, "The centre that follows the person or the prosecutor records these facts."),
        SupportAccepted or VoluntaryReturn or DurableSolutionProcedureStarted => new(Centre, ResidenceArticles.SupportDuringReflection,
            "The centre that follows the person records support, return and the minors' procedure."),
        IdentityProven or AsylumApplied => new(CentreOrImmigrationOffice, ResidenceArticles.IdentityProof,
            "The centre or the Immigration Office records identity documents and asylum applications."),
        _ => throw new ArgumentOutOfRangeException(nameof(e), e.GetType().Name, "An event kind without a competence rule."),
    };
}
