using OpenNrm.Domain.Residence;
using static OpenNrm.Domain.Tests.Residence.Histories;

namespace OpenNrm.Domain.Tests.Residence;

public class NextStepCatalogueTests
{
    public static TheoryData<NextStepKind, CompetentActor, string> Competence => new()
    {
        { NextStepKind.OpenProcedure, CompetentActor.RecognisedCentre, "Royal Decree of 8 October 1981 art. 110bis §1" },
        { NextStepKind.WithdrawProcedure, CompetentActor.RecognisedCentre, "Royal Decree of 8 October 1981 art. 110bis §1" },
        { NextStepKind.RecordVoluntaryReturn, CompetentActor.RecognisedCentre, "Circular of 23 December 2016, 5.2.2" },
        { NextStepKind.ApplyForReflectionDocument, CompetentActor.RecognisedCentre, "Royal Decree of 8 October 1981 art. 110bis §1" },
        { NextStepKind.ApplyForAttestationOfImmatriculation, CompetentActor.RecognisedCentre, "Royal Decree of 8 October 1981 art. 110bis §1" },
        { NextStepKind.ApplyToRenewAttestationOfImmatriculation, CompetentActor.RecognisedCentre, "Royal Decree of 8 October 1981 art. 110bis §1" },
        { NextStepKind.ApplyForACard, CompetentActor.RecognisedCentre, "Royal Decree of 8 October 1981 art. 110bis §1" },
        { NextStepKind.ApplyToRenewACard, CompetentActor.RecognisedCentre, "Royal Decree of 8 October 1981 art. 110bis §1" },
        { NextStepKind.ApplyForBCard, CompetentActor.RecognisedCentre, "Royal Decree of 8 October 1981 art. 110bis §1" },
        { NextStepKind.ConfirmVictimCriteria, CompetentActor.Prosecutor, "Immigration Act art. 61/3 §2" },
        { NextStepKind.AssessPublicOrder, CompetentActor.ImmigrationOfficeThbUnit, "Immigration Act art. 61/4 §1" },
        { NextStepKind.IssueReflectionDocument, CompetentActor.ImmigrationOfficeThbUnit, "Immigration Act art. 61/2 §2, as amended by the Law of 30 March 2017 (in force 20 May 2017)" },
        { NextStepKind.IssueAttestationOfImmatriculation, CompetentActor.ImmigrationOfficeThbUnit, "Immigration Act art. 61/3 §1" },
        { NextStepKind.RenewAttestationOfImmatriculation, CompetentActor.ImmigrationOfficeThbUnit, "Immigration Act art. 61/3 §2, second paragraph" },
        { NextStepKind.IssueACard, CompetentActor.ImmigrationOfficeThbUnit, "Immigration Act art. 61/4 §1" },
        { NextStepKind.RenewACard, CompetentActor.ImmigrationOfficeThbUnit, "Immigration Act art. 61/4 §1" },
        { NextStepKind.IssueBCard, CompetentActor.ImmigrationOfficeThbUnit, "Immigration Act art. 61/5" },
        { NextStepKind.RefuseDocument, CompetentActor.ImmigrationOfficeThbUnit, "Immigration Act art. 61/2 to 61/5" },
        { NextStepKind.WithdrawDocument, CompetentActor.ImmigrationOfficeThbUnit, "Immigration Act art. 61/3" },
    };

    [Theory]
    [MemberData(nameof(Competence))]
    public void Each_step_names_its_competent_actor_and_basis(NextStepKind kind, CompetentActor actor, string basis)
    {
        var step = PresumedVictim().At(AttestationOn).Step(kind);

        Assert.Equal((actor, basis), (step.Actor, step.ActorBasis.Citation));
    }

    [Fact]
    public void Every_step_kind_is_listed_once_in_declaration_order()
    {
        var state = PresumedVictim().At(AttestationOn);

        Assert.Equal(Enum.GetValues<NextStepKind>(), state.NextSteps.Select(s => s.Kind));
        Assert.Equal(Enum.GetValues<NextStepKind>().Length, Competence.Count);
    }

    public static TheoryData<NextStepKind, bool> PresumedVictimSteps => new()
    {
        { NextStepKind.OpenProcedure, false },
        { NextStepKind.ApplyForReflectionDocument, false },
        { NextStepKind.IssueReflectionDocument, false },
        { NextStepKind.ApplyForAttestationOfImmatriculation, false },
        { NextStepKind.ApplyToRenewAttestationOfImmatriculation, true },
        { NextStepKind.ApplyForACard, false },
        { NextStepKind.ApplyToRenewACard, false },
        { NextStepKind.ApplyForBCard, false },
        { NextStepKind.IssueAttestationOfImmatriculation, false },
        { NextStepKind.RenewAttestationOfImmatriculation, true },
        { NextStepKind.ConfirmVictimCriteria, true },
        { NextStepKind.AssessPublicOrder, true },
        { NextStepKind.IssueACard, false },
        { NextStepKind.RenewACard, false },
        { NextStepKind.IssueBCard, false },
        { NextStepKind.RefuseDocument, true },
        { NextStepKind.WithdrawDocument, true },
        { NextStepKind.WithdrawProcedure, true },
        { NextStepKind.RecordVoluntaryReturn, true },
    };

    [Theory]
    [MemberData(nameof(PresumedVictimSteps))]
    public void A_fresh_presumed_victim_can_take_exactly_these_steps(NextStepKind kind, bool allowed)
    {
        Assert.Equal(allowed, PresumedVictim().At(AttestationOn).Step(kind).IsAllowed);
    }
}
