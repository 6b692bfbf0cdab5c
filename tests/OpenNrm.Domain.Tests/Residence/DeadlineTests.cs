using NodaTime;
using OpenNrm.Domain.Residence;
using static OpenNrm.Domain.Tests.Residence.Histories;

namespace OpenNrm.Domain.Tests.Residence;

public class DeadlineTests
{
    private static ProcedureEvent[] Proven(ProcedureEvent[] events) =>
        events.With(new IdentityProven(new(2021, 3, 3)));

    public static TheoryData<string, LocalDate, (DeadlineKind, LocalDate?)[]> Cases => new()
    {
        { nameof(Reflection), new(2021, 3, 1), [(DeadlineKind.DocumentExpires, new LocalDate(2021, 4, 14)), (DeadlineKind.IdentityProofDue, null)] },
        // Attestation valid through 2021-06-19; the 30-day renewal window opens on 2021-05-20.
        { nameof(PresumedVictim), new(2021, 4, 1),
            [(DeadlineKind.RenewalWindowOpens, new LocalDate(2021, 5, 20)), (DeadlineKind.DocumentExpires, new LocalDate(2021, 6, 19)),
             (DeadlineKind.RenewalApplicationDue, new LocalDate(2021, 6, 19)), (DeadlineKind.IdentityProofDue, null)] },
        { nameof(PresumedVictim), new(2021, 5, 20),
            [(DeadlineKind.RenewalWindowOpens, new LocalDate(2021, 5, 20)), (DeadlineKind.DocumentExpires, new LocalDate(2021, 6, 19)),
             (DeadlineKind.RenewalApplicationDue, new LocalDate(2021, 6, 19)), (DeadlineKind.IdentityProofDue, null)] },
        // Once the window is open, only its closing date is still ahead.
        { nameof(PresumedVictim), new(2021, 5, 21),
            [(DeadlineKind.DocumentExpires, new LocalDate(2021, 6, 19)), (DeadlineKind.RenewalApplicationDue, new LocalDate(2021, 6, 19)),
             (DeadlineKind.IdentityProofDue, null)] },
        // The one renewal was used, so nothing more to apply for: only expiry remains.
        { nameof(ReadyForACard), new(2021, 8, 1), [(DeadlineKind.DocumentExpires, new LocalDate(2021, 9, 19)), (DeadlineKind.IdentityProofDue, null)] },
        { nameof(IdentifiedVictim), new(2021, 9, 1),
            [(DeadlineKind.RenewalWindowOpens, new LocalDate(2022, 1, 29)), (DeadlineKind.DocumentExpires, new LocalDate(2022, 2, 28)),
             (DeadlineKind.RenewalApplicationDue, new LocalDate(2022, 2, 28)), (DeadlineKind.IdentityProofDue, null)] },
        // An expired document has no deadline left.
        { nameof(Reflection), new(2021, 4, 15), [(DeadlineKind.IdentityProofDue, null)] },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void Upcoming_deadlines_come_earliest_first(string history, LocalDate asOf, (DeadlineKind, LocalDate?)[] expected)
    {
        var deadlines = Build(history).At(asOf).Deadlines;

        Assert.Equal(expected, deadlines.Select(d => (d.Kind, d.DueOn)));
    }

    [Fact]
    public void Proven_identity_removes_the_identity_deadline()
    {
        var deadlines = Proven(Reflection()).At(new(2021, 3, 3)).Deadlines;

        Assert.Equal([DeadlineKind.DocumentExpires], deadlines.Select(d => d.Kind));
    }

    [Fact]
    public void No_renewal_deadline_once_the_proceedings_have_ended()
    {
        var deadlines = IdentifiedVictim()
            .With(new ProceedingsStatusChanged(new(2021, 10, 1), ProceedingsStatus.EndedWithConviction))
            .At(new(2021, 10, 1)).Deadlines;

        Assert.Equal([DeadlineKind.DocumentExpires, DeadlineKind.IdentityProofDue], deadlines.Select(d => d.Kind));
    }

    [Fact]
    public void Each_deadline_names_its_article()
    {
        var deadlines = PresumedVictim().At(new(2021, 4, 1)).Deadlines;

        Assert.Equal(
            [
                "Immigration Act art. 61/3 §2, second paragraph",
                "Immigration Act art. 61/3 §1",
                "Immigration Act art. 61/3 §2, second paragraph",
                "Immigration Act art. 61/3 §4; Royal Decree of 8 October 1981 art. 110bis §3, second paragraph",
            ],
            deadlines.Select(d => d.Basis.Citation));
    }
}
