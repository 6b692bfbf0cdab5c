using NodaTime;
using OpenNrm.Domain.Residence;

namespace OpenNrm.Web.Features.Residence;

public sealed record ConditionView(ConditionCode Code, string Explanation, string Basis);

public sealed record DocumentView(DocumentType Type, DateOnly IssuedOn, DateOnly ValidFrom, DateOnly? ValidUntil, int RenewalsUsed, int? RenewalsLeft, DocumentStatus Status, string Basis);

public sealed record DeadlineView(DeadlineKind Kind, DateOnly? DueOn, string Explanation, string Basis);

public sealed record NextStepView(NextStepKind Kind, CompetentActor Actor, string ActorBasis, DocumentType? Document, bool Allowed, IReadOnlyList<ConditionView> UnmetConditions);

public sealed record ExitView(ExitReason Reason, DateOnly On, string Basis);

public sealed record AlternativeView(AlternativeKind Kind, DateOnly On, string Basis);

public sealed record RejectedEventView(string Event, DateOnly Date, IReadOnlyList<ConditionView> UnmetConditions);

/// <summary>The domain's evaluation in JSON-friendly form: calendar dates, citations as text.</summary>
public sealed record EvaluationView(
    DateOnly AsOf, ProcedureStage Stage, DateOnly? OpenedOn, bool IsUnaccompaniedMinor, DocumentView? Document, ExitView? Exit,
    IReadOnlyList<AlternativeView> Alternatives, bool ReturnMeasuresBarred, bool HumanitarianStopProcedureMayApply,
    IReadOnlyList<DeadlineView> Deadlines, IReadOnlyList<NextStepView> NextSteps, IReadOnlyList<RejectedEventView> RejectedEvents)
{
    public static EvaluationView From(ProcedureState s) => new(
        s.AsOf.ToDateOnly(), s.Stage, s.OpenedOn?.ToDateOnly(), s.IsUnaccompaniedMinor,
        s.Document is { } d ? new DocumentView(d.Type, d.IssuedOn.ToDateOnly(), d.ValidFrom.ToDateOnly(), d.ValidUntil?.ToDateOnly(), d.RenewalsUsed, d.RenewalsLeft, d.Status, d.Basis.Citation) : null,
        s.Exit is { } e ? new ExitView(e.Reason, e.On.ToDateOnly(), e.Basis.Citation) : null,
        s.Alternatives.Select(a => new AlternativeView(a.Kind, a.On.ToDateOnly(), a.Basis.Citation)).ToList(),
        s.ReturnMeasuresBarred, s.HumanitarianStopProcedureMayApply,
        s.Deadlines.Select(d => new DeadlineView(d.Kind, d.DueOn?.ToDateOnly(), d.Explanation, d.Basis.Citation)).ToList(),
        s.NextSteps.Select(n => new NextStepView(n.Kind, n.Actor, n.ActorBasis.Citation, n.Document, n.IsAllowed, Conditions(n.UnmetConditions))).ToList(),
        s.RejectedEvents.Select(r => new RejectedEventView(r.Event.GetType().Name, r.Event.Date.ToDateOnly(), Conditions(r.UnmetConditions))).ToList());

    public static IReadOnlyList<ConditionView> Conditions(IEnumerable<UnmetCondition> conditions) =>
        conditions.Select(c => new ConditionView(c.Code, c.Explanation, c.Basis.Citation)).ToList();
}

public sealed record EventView(int Sequence, ProcedureEventKind Kind, DateOnly Date, DocumentType? DocumentType, WithdrawalReason? WithdrawalReason,
    ProsecutorCriterion? Criterion, ProceedingsStatus? ProceedingsStatus, bool? Flag, Guid RecordedByOrganisation, DateTimeOffset RecordedAt)
{
    public static EventView From(ProcedureEventRecord r) =>
        new(r.Sequence, r.Kind, r.Date.ToDateOnly(), r.DocumentType, r.WithdrawalReason, r.Criterion, r.ProceedingsStatus, r.Flag, r.RecordedByOrganisation, r.RecordedAt);
}

/// <summary>A document the person held, as it stood on the day it was issued or renewed.</summary>
public sealed record HeldDocumentView(DocumentType Type, DateOnly ValidFrom, DateOnly? ValidUntil);

public sealed record ProcedureView(Guid Id, Guid CaseId, Guid CentreId, Guid ProsecutorOfficeId, DateOnly OpenedOn, bool IsThirdCountryNational,
    bool IsUnaccompaniedMinor, int Version, EvaluationView Evaluation, IReadOnlyList<EventView> Events, IReadOnlyList<HeldDocumentView> Documents);
