using NodaTime;
using OpenNrm.Domain.Residence;
using static OpenNrm.Domain.Tests.Residence.Histories;

namespace OpenNrm.Domain.Tests.Residence;

/// <summary>One complete history read on many dates: every past date must give the state of that day.</summary>
public class AsOfTests
{
    private static readonly ProcedureEvent[] FullPath = IdentifiedVictim().With(
        new DocumentRenewed(new(2022, 2, 1)),
        new IdentityProven(new(2022, 3, 1)),
        new ChargesRetained(new(2022, 5, 1), WithTrafficking: true),
        new DocumentIssued(new(2022, 6, 1), DocumentType.BCard));

    public static TheoryData<LocalDate, ProcedureStage, DocumentType?, DocumentStatus?> Cases => new()
    {
        { new(2021, 2, 28), ProcedureStage.NotOpened, null, null },
        { new(2021, 3, 1), ProcedureStage.Reflection, DocumentType.Annex15ReflectionDocument, DocumentStatus.Valid },
        { new(2021, 3, 19), ProcedureStage.Reflection, DocumentType.Annex15ReflectionDocument, DocumentStatus.Valid },
        { new(2021, 3, 20), ProcedureStage.PresumedVictim, DocumentType.AttestationOfImmatriculation, DocumentStatus.Valid },
        { new(2021, 8, 31), ProcedureStage.PresumedVictim, DocumentType.AttestationOfImmatriculation, DocumentStatus.Valid },
        { new(2021, 9, 1), ProcedureStage.IdentifiedVictim, DocumentType.ACard, DocumentStatus.Valid },
        { new(2022, 6, 1), ProcedureStage.Permanent, DocumentType.BCard, DocumentStatus.Valid },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void A_past_date_gives_the_past_state(
        LocalDate asOf, ProcedureStage stage, DocumentType? document, DocumentStatus? status)
    {
        var state = FullPath.At(asOf);

        Assert.Equal((asOf, stage, document, status), (state.AsOf, state.Stage, state.Document?.Type, state.Document?.Status));
        Assert.Empty(state.RejectedEvents);
    }

    [Fact]
    public void Renewals_are_counted_as_of_the_date()
    {
        Assert.Equal(0, FullPath.At(new(2021, 5, 31)).Document!.RenewalsUsed);
        Assert.Equal(1, FullPath.At(new(2021, 6, 1)).Document!.RenewalsUsed);
    }

    [Fact]
    public void Recording_order_does_not_matter_across_days()
    {
        var shuffled = FullPath.Reverse().ToArray();

        Assert.Equal(FullPath.At(new(2022, 6, 1)).Document, shuffled.At(new(2022, 6, 1)).Document);
    }

    [Fact]
    public void Within_one_day_events_apply_in_recording_order()
    {
        // Issuing before the statements were recorded that day is refused; the other way round it is allowed.
        var day = new LocalDate(2021, 3, 10);
        ProcedureEvent[] issueFirst = [.. Reflection(), new SupportAccepted(day), new DocumentIssued(day, DocumentType.AttestationOfImmatriculation), new StatementsMade(day)];
        ProcedureEvent[] statementsFirst = [.. Reflection(), new SupportAccepted(day), new StatementsMade(day), new DocumentIssued(day, DocumentType.AttestationOfImmatriculation)];

        Assert.Equal(ProcedureStage.Reflection, issueFirst.At(day).Stage);
        Assert.Equal(ProcedureStage.PresumedVictim, statementsFirst.At(day).Stage);
    }
}
