using NodaTime;
using OpenNrm.Domain.Residence;

namespace OpenNrm.Web.Features.Residence;

public sealed record ConditionView(ConditionCode Code, string Explanation, string Basis);

public sealed record DocumentView(DocumentType Type, DateOnly IssuedOn, DateOnly ValidFrom, DateOnly? ValidUntil, int RenewalsUsed, int? RenewalsLeft, DocumentStatus Status, string Basis);

public sealed record DeadlineView(DeadlineKind Kind, DateOnly? DueOn, string Explanation, string Basis);

/// <summary>An application of the centre waiting for the Immigration Office's decision.</summary>
public sealed record ApplicationView(DocumentType Type, bool Renewal, DateOnly AppliedOn, int DaysPending);

/// <summary><see cref="Answers"/>: the pending application an Immigration Office decision would answer.</summary>
public sealed record NextStepView(NextStepKind Kind, CompetentActor Actor, string ActorBasis, DocumentType? Document, bool Allowed, IReadOnlyList<ConditionView> UnmetConditions,
    ApplicationView? Answers);

public sealed record ExitView(ExitReason Reason, DateOnly On, string Basis);

public sealed record AlternativeView(AlternativeKind Kind, DateOnly On, string Basis);

public sealed record RejectedEventView(string Event, DateOnly Date, IReadOnlyList<ConditionView> UnmetConditions);

/// <summary>The domain's evaluation in JSON-friendly form: calendar dates, citations as text.</summary>
public sealed record EvaluationView(
    DateOnly AsOf, ProcedureStage Stage, DateOnly? OpenedOn, bool IsUnaccompaniedMinor, DocumentView? Document, ExitView? Exit,
    IReadOnlyList<AlternativeView> Alternatives, bool ReturnMeasuresBarred, bool HumanitarianStopProcedureMayApply,
    IReadOnlyList<DeadlineView> Deadlines, IReadOnlyList<NextStepView> NextSteps, IReadOnlyList<RejectedEventView> RejectedEvents,
    IReadOnlyList<ApplicationView> PendingApplications)
{
    public static EvaluationView From(ProcedureState s)
    {
        // Matched by identity: the step names the very application that is pending.
        var pending = s.PendingApplications.ToDictionary<PendingApplication, DocumentApplied, ApplicationView>(p => p.Application,
            p => new(p.Application.Type, p.Application.IsRenewal, p.Application.Date.ToDateOnly(), p.DaysPending), ReferenceEqualityComparer.Instance);
        return new(
            s.AsOf.ToDateOnly(), s.Stage, s.OpenedOn?.ToDateOnly(), s.IsUnaccompaniedMinor,
            s.Document is { } d ? new DocumentView(d.Type, d.IssuedOn.ToDateOnly(), d.ValidFrom.ToDateOnly(), d.ValidUntil?.ToDateOnly(), d.RenewalsUsed, d.RenewalsLeft, d.Status, d.Basis.Citation) : null,
            s.Exit is { } e ? new ExitView(e.Reason, e.On.ToDateOnly(), e.Basis.Citation) : null,
            s.Alternatives.Select(a => new AlternativeView(a.Kind, a.On.ToDateOnly(), a.Basis.Citation)).ToList(),
            s.ReturnMeasuresBarred, s.HumanitarianStopProcedureMayApply,
            s.Deadlines.Select(d => new DeadlineView(d.Kind, d.DueOn?.ToDateOnly(), d.Explanation, d.Basis.Citation)).ToList(),
            s.NextSteps.Select(n => new NextStepView(n.Kind, n.Actor, n.ActorBasis.Citation, n.Document, n.IsAllowed, Conditions(n.UnmetConditions),
                n.Answers is { } answers ? pending[answers] : null)).ToList(),
            s.RejectedEvents.Select(r => new RejectedEventView(r.Event.GetType().Name, r.Event.Date.ToDateOnly(), Conditions(r.UnmetConditions))).ToList(),
            [.. s.PendingApplications.Select(p => pending[p.Application])]);
    }

    public static IReadOnlyList<ConditionView> Conditions(IEnumerable<UnmetCondition> conditions) =>
        conditions.Select(c => new ConditionView(c.Code, c.Explanation, c.Basis.Citation)).ToList();
}

/// <summary>
/// One recorded event. <see cref="Flag"/> is "no threat", "with trafficking" or "renewal", by kind;
/// <see cref="AnswersApplication"/> is the sequence of the centre's application a decision answered.
/// </summary>
public sealed record EventView(int Sequence, ProcedureEventKind Kind, DateOnly Date, DocumentType? DocumentType, WithdrawalReason? WithdrawalReason,
    ProsecutorCriterion? Criterion, ProceedingsStatus? ProceedingsStatus, bool? Flag, Guid RecordedByOrganisation, DateTimeOffset RecordedAt,
    int? AnswersApplication)
{
    public static EventView From(ProcedureEventRecord r, int? answersApplication) =>
        new(r.Sequence, r.Kind, r.Date.ToDateOnly(), r.DocumentType, r.WithdrawalReason, r.Criterion, r.ProceedingsStatus, r.Flag, r.RecordedByOrganisation, r.RecordedAt,
            answersApplication);
}

/// <summary>A document the person held, as it stood on the day it was issued or renewed.</summary>
public sealed record HeldDocumentView(DocumentType Type, DateOnly ValidFrom, DateOnly? ValidUntil);

public sealed record ProcedureView(Guid Id, Guid CaseId, Guid CentreId, Guid ProsecutorOfficeId, DateOnly OpenedOn, bool IsThirdCountryNational,
    bool IsUnaccompaniedMinor, int Version, EvaluationView Evaluation, IReadOnlyList<EventView> Events, IReadOnlyList<HeldDocumentView> Documents);
