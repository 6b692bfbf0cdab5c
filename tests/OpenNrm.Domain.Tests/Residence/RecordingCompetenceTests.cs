using NodaTime;
using OpenNrm.Domain.Residence;

namespace OpenNrm.Domain.Tests.Residence;

public sealed class RecordingCompetenceTests
{
    private static readonly LocalDate D = new(2024, 3, 1);

    public static TheoryData<ProcedureEvent, CompetentActor[], string> Rules => new()
    {
        { new ProcedureOpened(D, true, false), [CompetentActor.RecognisedCentre], "Royal Decree of 8 October 1981 art. 110bis §1" },
        { new ProcedureWithdrawn(D), [CompetentActor.RecognisedCentre], "Royal Decree of 8 October 1981 art. 110bis §1" },
        { new DocumentApplied(D, DocumentType.ACard, IsRenewal: false), [CompetentActor.RecognisedCentre], "Royal Decree of 8 October 1981 art. 110bis §1" },
        { new DocumentApplied(D, DocumentType.ACard, IsRenewal: true), [CompetentActor.RecognisedCentre], "Royal Decree of 8 October 1981 art. 110bis §1" },
        { new DocumentIssued(D, DocumentType.ACard), [CompetentActor.ImmigrationOfficeThbUnit], "Immigration Act art. 61/2 to 61/5" },
        { new DocumentRenewed(D), [CompetentActor.ImmigrationOfficeThbUnit], "Immigration Act art. 61/2 to 61/5" },
        { new DocumentWithdrawn(D, WithdrawalReason.LackOfCooperation), [CompetentActor.ImmigrationOfficeThbUnit], "Immigration Act art. 61/2 to 61/5" },
        { new PublicOrderAssessed(D, true), [CompetentActor.ImmigrationOfficeThbUnit], "Immigration Act art. 61/4 §1" },
        { new ProsecutorConfirmed(D, ProsecutorCriterion.ConsideredVictim), [CompetentActor.Prosecutor], "Immigration Act art. 61/3 §2" },
        { new ChargesRetained(D, true), [CompetentActor.Prosecutor], "Immigration Act art. 61/3 §2" },
        { new ConvictionRecorded(D), [CompetentActor.Prosecutor], "Immigration Act art. 61/3 §2" },
        { new ComplaintFiled(D), [CompetentActor.RecognisedCentre, CompetentActor.Prosecutor], "Immigration Act art. 61/3 §1" },
        { new SupportAccepted(D), [CompetentActor.RecognisedCentre], "Immigration Act art. 61/2 §2" },
    };

    [Theory]
    [MemberData(nameof(Rules))]
    public void Each_event_names_its_competent_actors_and_article(ProcedureEvent e, CompetentActor[] actors, string citation)
    {
        var competence = RecordingCompetence.For(e);
        Assert.Equal(actors.Order(), competence.Actors.Order());
        Assert.Equal(citation, competence.Basis.Citation);
        foreach (var other in Enum.GetValues<CompetentActor>().Except(actors))
        {
            Assert.False(competence.Allows(other));
        }
    }

    [Fact]
    public void Every_event_kind_has_a_competence_rule()
    {
        var kinds = typeof(ProcedureEvent).Assembly.GetTypes().Where(t => t.IsSubclassOf(typeof(ProcedureEvent)) && !t.IsAbstract).ToList();
        Assert.Equal(21, kinds.Count);
        foreach (var kind in kinds)
        {
            var instance = (ProcedureEvent)System.Runtime.CompilerServices.RuntimeHelpers.GetUninitializedObject(kind);
            Assert.NotEmpty(RecordingCompetence.For(instance).Actors);
        }
    }
}
