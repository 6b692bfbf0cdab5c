using NodaTime;
using OpenNrm.Domain.Residence;
using static OpenNrm.Domain.Tests.Residence.Histories;

namespace OpenNrm.Domain.Tests.Residence;

public class ReflectionDocumentTests
{
    private static readonly LocalDate DayBeforeSwitch = new(2017, 5, 19);
    private static readonly LocalDate SwitchDay = new(2017, 5, 20);

    public static TheoryData<LocalDate, DocumentType, bool> SwitchCases => new()
    {
        // The Law of 30 March 2017 applies from 20 May 2017, not before.
        { DayBeforeSwitch, DocumentType.OrderToLeaveTerritory45Days, true },
        { DayBeforeSwitch, DocumentType.Annex15ReflectionDocument, false },
        { SwitchDay, DocumentType.OrderToLeaveTerritory45Days, false },
        { SwitchDay, DocumentType.Annex15ReflectionDocument, true },
        { SwitchDay, DocumentType.MinorTemporaryDocument3Months, false },
    };

    [Theory]
    [MemberData(nameof(SwitchCases))]
    public void The_law_in_force_on_the_issue_date_decides_the_reflection_document(
        LocalDate on, DocumentType issued, bool accepted)
    {
        ProcedureEvent[] events = [new ProcedureOpened(on, true, false), new DocumentIssued(on, issued)];

        var state = events.At(on);

        Assert.Equal(accepted, state.RejectedEvents.Count == 0);
        Assert.Equal(accepted ? issued : null, state.Document?.Type);
        if (!accepted)
        {
            Assert.Equal(ConditionCode.DocumentTypeNotApplicable, state.RejectedEvents[0].UnmetConditions[0].Code);
        }
    }

    public static TheoryData<LocalDate, DocumentType, string> NextStepCases => new()
    {
        { DayBeforeSwitch, DocumentType.OrderToLeaveTerritory45Days, "Immigration Act art. 61/2 §2, before the Law of 30 March 2017" },
        { SwitchDay, DocumentType.Annex15ReflectionDocument, "Immigration Act art. 61/2 §2, as amended by the Law of 30 March 2017 (in force 20 May 2017)" },
    };

    [Theory]
    [MemberData(nameof(NextStepCases))]
    public void The_next_step_offers_the_document_of_the_evaluation_date(LocalDate on, DocumentType expected, string basis)
    {
        var step = new ProcedureEvent[] { new ProcedureOpened(on, true, false) }.At(on)
            .Step(NextStepKind.IssueReflectionDocument);

        Assert.True(step.IsAllowed);
        Assert.Equal(expected, step.Document);
        Assert.Equal(CompetentActor.ImmigrationOfficeThbUnit, step.Actor);
        Assert.Equal(basis, step.ActorBasis.Citation);
    }

    public static TheoryData<LocalDate, DocumentType, LocalDate> ValidityCases => new()
    {
        // 45 calendar days counting the issue day: 1 March + 44 days.
        { new(2021, 3, 1), DocumentType.Annex15ReflectionDocument, new(2021, 4, 14) },
        { new(2017, 5, 19), DocumentType.OrderToLeaveTerritory45Days, new(2017, 7, 2) },
        { new(2020, 2, 1), DocumentType.Annex15ReflectionDocument, new(2020, 3, 16) },
    };

    [Theory]
    [MemberData(nameof(ValidityCases))]
    public void A_45_day_document_is_valid_through_the_44th_day_after_issue(
        LocalDate on, DocumentType type, LocalDate lastDay)
    {
        ProcedureEvent[] events = [new ProcedureOpened(on, true, false), new DocumentIssued(on, type)];

        Assert.Equal(lastDay, events.At(on).Document!.ValidUntil);
        Assert.Equal(DocumentStatus.Valid, events.At(lastDay).Document!.Status);
        Assert.Equal(DocumentStatus.Expired, events.At(lastDay.PlusDays(1)).Document!.Status);
    }

    [Fact]
    public void An_unaccompanied_minor_gets_a_three_month_document_from_the_start()
    {
        ProcedureEvent[] events =
        [
            .. Opened(unaccompaniedMinor: true),
            new DocumentIssued(OpenedOn, DocumentType.MinorTemporaryDocument3Months),
        ];

        var state = events.At(OpenedOn);

        Assert.True(state.IsUnaccompaniedMinor);
        Assert.Equal(ProcedureStage.Reflection, state.Stage);
        Assert.Equal(new LocalDate(2021, 5, 31), state.Document!.ValidUntil);
        Assert.Equal("Immigration Act art. 61/2 §2", state.Document.Basis.Citation);
        Assert.Equal(0, state.Document.RenewalsLeft);
    }

    [Fact]
    public void An_unaccompanied_minor_is_not_given_the_adult_45_day_document()
    {
        var state = Opened(unaccompaniedMinor: true)
            .With(new DocumentIssued(OpenedOn, DocumentType.Annex15ReflectionDocument)).At(OpenedOn);

        Assert.Equal([ConditionCode.DocumentTypeNotApplicable], state.RejectedEvents[0].UnmetConditions.Select(c => c.Code));
        Assert.Equal(DocumentType.MinorTemporaryDocument3Months,
            state.Step(NextStepKind.IssueReflectionDocument).Document);
    }

    [Fact]
    public void The_reflection_document_is_issued_once_and_not_renewed()
    {
        var later = new LocalDate(2021, 4, 1);
        var state = Reflection()
            .With(new DocumentIssued(later, DocumentType.Annex15ReflectionDocument), new DocumentRenewed(later))
            .At(later);

        Assert.Equal(
            [ConditionCode.DocumentAlreadyIssued, ConditionCode.DocumentNotRenewable],
            state.RejectedEvents.Select(r => r.UnmetConditions.Single().Code));
        Assert.Equal(OpenedOn, state.Document!.IssuedOn);
    }
}
