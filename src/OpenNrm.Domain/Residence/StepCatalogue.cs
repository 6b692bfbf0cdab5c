using NodaTime;
using OpenNrm.Domain.Common;

namespace OpenNrm.Domain.Residence;

/// <summary>Who is competent for each step, on what basis, and which document the step concerns.</summary>
internal static class StepCatalogue
{
    public static CompetentActor ActorOf(NextStepKind step) => step switch
    {
        NextStepKind.OpenProcedure => CompetentActor.RecognisedCentre,
        NextStepKind.WithdrawProcedure => CompetentActor.RecognisedCentre,
        NextStepKind.ApplyForReflectionDocument => CompetentActor.RecognisedCentre,
        NextStepKind.ApplyForAttestationOfImmatriculation => CompetentActor.RecognisedCentre,
        NextStepKind.ApplyToRenewAttestationOfImmatriculation => CompetentActor.RecognisedCentre,
        NextStepKind.ApplyForACard => CompetentActor.RecognisedCentre,
        NextStepKind.ApplyToRenewACard => CompetentActor.RecognisedCentre,
        NextStepKind.ApplyForBCard => CompetentActor.RecognisedCentre,
        // Fedasil, IOM and Caritas organise the return; the centre following the victim records it.
        NextStepKind.RecordVoluntaryReturn => CompetentActor.RecognisedCentre,
        NextStepKind.ConfirmVictimCriteria => CompetentActor.Prosecutor,
        NextStepKind.IssueReflectionDocument => CompetentActor.ImmigrationOfficeThbUnit,
        NextStepKind.IssueAttestationOfImmatriculation => CompetentActor.ImmigrationOfficeThbUnit,
        NextStepKind.RenewAttestationOfImmatriculation => CompetentActor.ImmigrationOfficeThbUnit,
        NextStepKind.AssessPublicOrder => CompetentActor.ImmigrationOfficeThbUnit,
        NextStepKind.IssueACard => CompetentActor.ImmigrationOfficeThbUnit,
        NextStepKind.RenewACard => CompetentActor.ImmigrationOfficeThbUnit,
        NextStepKind.IssueBCard => CompetentActor.ImmigrationOfficeThbUnit,
        NextStepKind.RefuseDocument => CompetentActor.ImmigrationOfficeThbUnit,
        NextStepKind.WithdrawDocument => CompetentActor.ImmigrationOfficeThbUnit,
    };

    public static LegalBasis ActorBasisOf(NextStepKind step, ProcedureFacts facts, LocalDate on) => step switch
    {
        NextStepKind.OpenProcedure => ResidenceArticles.OpeningByRecognisedCentre,
        NextStepKind.WithdrawProcedure => ResidenceArticles.OpeningByRecognisedCentre,
        NextStepKind.ApplyForReflectionDocument => ResidenceArticles.ApplicationByRecognisedCentre,
        NextStepKind.ApplyForAttestationOfImmatriculation => ResidenceArticles.ApplicationByRecognisedCentre,
        NextStepKind.ApplyToRenewAttestationOfImmatriculation => ResidenceArticles.ApplicationByRecognisedCentre,
        NextStepKind.ApplyForACard => ResidenceArticles.ApplicationByRecognisedCentre,
        NextStepKind.ApplyToRenewACard => ResidenceArticles.ApplicationByRecognisedCentre,
        NextStepKind.ApplyForBCard => ResidenceArticles.ApplicationByRecognisedCentre,
        NextStepKind.RecordVoluntaryReturn => ResidenceArticles.VoluntaryReturn,
        NextStepKind.ConfirmVictimCriteria => ResidenceArticles.ProsecutorIdentification,
        NextStepKind.IssueReflectionDocument => ReflectionDocumentLaw.BasisFor(facts.IsUnaccompaniedMinor, on),
        NextStepKind.IssueAttestationOfImmatriculation => ResidenceArticles.Attestation,
        NextStepKind.RenewAttestationOfImmatriculation => ResidenceArticles.AttestationRenewableOnce,
        NextStepKind.AssessPublicOrder => ResidenceArticles.PublicOrderAssessment,
        NextStepKind.IssueACard => ResidenceArticles.ACard,
        NextStepKind.RenewACard => ResidenceArticles.ACard,
        NextStepKind.IssueBCard => ResidenceArticles.BCard,
        NextStepKind.RefuseDocument => ResidenceArticles.DocumentDecisions,
        NextStepKind.WithdrawDocument => facts.Document is { } held
            ? DocumentRules.WithdrawalBasisOf(held.Type)
            : ResidenceArticles.DocumentDecisions,
    };

    public static DocumentType? DocumentOf(NextStepKind step, ProcedureFacts facts, LocalDate on) => step switch
    {
        NextStepKind.ApplyForReflectionDocument or NextStepKind.ApplyForAttestationOfImmatriculation
            or NextStepKind.ApplyToRenewAttestationOfImmatriculation or NextStepKind.ApplyForACard
            or NextStepKind.ApplyToRenewACard or NextStepKind.ApplyForBCard => DocumentOf(DecisionAskedFor(step)!.Value, facts, on),
        NextStepKind.IssueReflectionDocument => facts.IsOpened
            ? ReflectionDocumentLaw.DocumentFor(facts.IsUnaccompaniedMinor, on)
            : null,
        NextStepKind.IssueAttestationOfImmatriculation => DocumentType.AttestationOfImmatriculation,
        NextStepKind.RenewAttestationOfImmatriculation => DocumentType.AttestationOfImmatriculation,
        NextStepKind.IssueACard => DocumentType.ACard,
        NextStepKind.RenewACard => DocumentType.ACard,
        NextStepKind.IssueBCard => DocumentType.BCard,
        NextStepKind.WithdrawDocument => facts.Document?.Type,
        NextStepKind.OpenProcedure => null,
        NextStepKind.ConfirmVictimCriteria => null,
        NextStepKind.AssessPublicOrder => null,
        NextStepKind.RefuseDocument => null,
        NextStepKind.WithdrawProcedure => null,
        NextStepKind.RecordVoluntaryReturn => null,
    };

    /// <summary>The Immigration Office's decision an "apply for" step of the centre asks for; null for every other step.</summary>
    public static NextStepKind? DecisionAskedFor(NextStepKind step) => step switch
    {
        NextStepKind.ApplyForReflectionDocument => NextStepKind.IssueReflectionDocument,
        NextStepKind.ApplyForAttestationOfImmatriculation => NextStepKind.IssueAttestationOfImmatriculation,
        NextStepKind.ApplyToRenewAttestationOfImmatriculation => NextStepKind.RenewAttestationOfImmatriculation,
        NextStepKind.ApplyForACard => NextStepKind.IssueACard,
        NextStepKind.ApplyToRenewACard => NextStepKind.RenewACard,
        NextStepKind.ApplyForBCard => NextStepKind.IssueBCard,
        NextStepKind.OpenProcedure or NextStepKind.IssueReflectionDocument or NextStepKind.IssueAttestationOfImmatriculation
            or NextStepKind.RenewAttestationOfImmatriculation or NextStepKind.ConfirmVictimCriteria or NextStepKind.AssessPublicOrder
            or NextStepKind.IssueACard or NextStepKind.RenewACard or NextStepKind.IssueBCard or NextStepKind.RefuseDocument
            or NextStepKind.WithdrawDocument or NextStepKind.WithdrawProcedure or NextStepKind.RecordVoluntaryReturn => null,
    };

    public static NextStepKind IssueStepFor(DocumentType type) => type switch
    {
        DocumentType.OrderToLeaveTerritory45Days => NextStepKind.IssueReflectionDocument,
        DocumentType.Annex15ReflectionDocument => NextStepKind.IssueReflectionDocument,
        DocumentType.MinorTemporaryDocument3Months => NextStepKind.IssueReflectionDocument,
        DocumentType.AttestationOfImmatriculation => NextStepKind.IssueAttestationOfImmatriculation,
        DocumentType.ACard => NextStepKind.IssueACard,
        DocumentType.BCard => NextStepKind.IssueBCard,
    };

    /// <summary>Null for documents the law does not renew.</summary>
    public static NextStepKind? RenewalStepFor(DocumentType type) => type switch
    {
        DocumentType.AttestationOfImmatriculation => NextStepKind.RenewAttestationOfImmatriculation,
        DocumentType.ACard => NextStepKind.RenewACard,
        DocumentType.OrderToLeaveTerritory45Days => null,
        DocumentType.Annex15ReflectionDocument => null,
        DocumentType.MinorTemporaryDocument3Months => null,
        DocumentType.BCard => null,
    };
}
