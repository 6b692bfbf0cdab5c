using NodaTime;
using OpenNrm.Domain.Residence;

namespace OpenNrm.Web.Features.Residence;

/// <summary>The kinds of event a caller can record, one per domain event.</summary>
public enum ProcedureEventKind
{
    DocumentApplied,
    DocumentIssued,
    DocumentRenewed,
    DocumentRefused,
    DocumentWithdrawn,
    ComplaintFiled,
    StatementsMade,
    SupportAccepted,
    ContactWithTraffickersSevered,
    ContactWithTraffickersResumed,
    ProsecutorConfirmed,
    PublicOrderAssessed,
    ProceedingsStatusChanged,
    ChargesRetained,
    ConvictionRecorded,
    IdentityProven,
    VoluntaryReturn,
    AsylumApplied,
    DurableSolutionProcedureStarted,
    ProcedureWithdrawn,
}

/// <summary>
/// An event as the API and the forms receive it: a kind, a date and the field(s) that kind needs (an application
/// needs its document and whether it asks for a renewal). Opening is not here: it is the creation of the procedure
/// itself, with the person's facts.
/// </summary>
public sealed record ProcedureEventInput(
    ProcedureEventKind? Kind,
    DateOnly? Date,
    DocumentType? DocumentType = null,
    WithdrawalReason? WithdrawalReason = null,
    ProsecutorCriterion? Criterion = null,
    ProceedingsStatus? ProceedingsStatus = null,
    bool? NoThreat = null,
    bool? WithTrafficking = null,
    bool? Renewal = null);

/// <summary>Turns inputs and stored rows into the domain's events, naming the field that is missing when one is.</summary>
public static class ProcedureEventMapping
{
    public static (ProcedureEvent? Event, string? MissingField) ToDomain(ProcedureEventInput input)
    {
        if (input.Kind is not { } kind || !Enum.IsDefined(kind))
        {
            return (null, "kind");
        }

        if (input.Date is not { } date)
        {
            return (null, "date");
        }

        var d = LocalDate.FromDateOnly(date);
        return kind switch
        {
            ProcedureEventKind.DocumentApplied => input.DocumentType is not { } applied || !Enum.IsDefined(applied) ? (null, "documentType")
                : input.Renewal is not { } renewal ? (null, "renewal")
                : (new DocumentApplied(d, applied, renewal), null),
            ProcedureEventKind.DocumentIssued => input.DocumentType is { } t && Enum.IsDefined(t) ? (new DocumentIssued(d, t), null) : (null, "documentType"),
            ProcedureEventKind.DocumentRenewed => (new DocumentRenewed(d), null),
            ProcedureEventKind.DocumentRefused => input.DocumentType is { } t && Enum.IsDefined(t) ? (new DocumentRefused(d, t), null) : (null, "documentType"),
            ProcedureEventKind.DocumentWithdrawn => input.WithdrawalReason is { } r && Enum.IsDefined(r) ? (new DocumentWithdrawn(d, r), null) : (null, "withdrawalReason"),
            ProcedureEventKind.ComplaintFiled => (new ComplaintFiled(d), null),
            ProcedureEventKind.StatementsMade => (new StatementsMade(d), null),
            ProcedureEventKind.SupportAccepted => (new SupportAccepted(d), null),
            ProcedureEventKind.ContactWithTraffickersSevered => (new ContactWithTraffickersSevered(d), null),
            ProcedureEventKind.ContactWithTraffickersResumed => (new ContactWithTraffickersResumed(d), null),
            ProcedureEventKind.ProsecutorConfirmed => input.Criterion is { } c && Enum.IsDefined(c) ? (new ProsecutorConfirmed(d, c), null) : (null, "criterion"),
            ProcedureEventKind.PublicOrderAssessed => input.NoThreat is { } n ? (new PublicOrderAssessed(d, n), null) : (null, "noThreat"),
            ProcedureEventKind.ProceedingsStatusChanged => input.ProceedingsStatus is { } s && Enum.IsDefined(s) ? (new ProceedingsStatusChanged(d, s), null) : (null, "proceedingsStatus"),
            ProcedureEventKind.ChargesRetained => input.WithTrafficking is { } w ? (new ChargesRetained(d, w), null) : (null, "withTrafficking"),
            ProcedureEventKind.ConvictionRecorded => (new ConvictionRecorded(d), null),
            ProcedureEventKind.IdentityProven => (new IdentityProven(d), null),
            ProcedureEventKind.VoluntaryReturn => (new VoluntaryReturn(d), null),
            ProcedureEventKind.AsylumApplied => (new AsylumApplied(d), null),
            ProcedureEventKind.DurableSolutionProcedureStarted => (new DurableSolutionProcedureStarted(d), null),
            ProcedureEventKind.ProcedureWithdrawn => (new ProcedureWithdrawn(d), null),
        };
    }

    public static ProcedureEventInput ToInput(ProcedureEventRecord r) => new(
        r.Kind, r.Date.ToDateOnly(), r.DocumentType, r.WithdrawalReason, r.Criterion, r.ProceedingsStatus,
        r.Kind == ProcedureEventKind.PublicOrderAssessed ? r.Flag : null,
        r.Kind == ProcedureEventKind.ChargesRetained ? r.Flag : null,
        r.Kind == ProcedureEventKind.DocumentApplied ? r.Flag : null);

    /// <summary>The stored history as the domain sees it: the opening first, then every recorded event in order.</summary>
    public static List<ProcedureEvent> History(ProcedureOpened opened, IEnumerable<ProcedureEventRecord> records) =>
        [opened, .. records.OrderBy(r => r.Sequence).Select(r => ToDomain(ToInput(r)).Event!)];
}
