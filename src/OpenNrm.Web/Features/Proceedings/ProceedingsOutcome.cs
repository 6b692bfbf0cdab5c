using OpenNrm.Web.Features.Shared;

namespace OpenNrm.Web.Features.Proceedings;

public enum ProceedingsOutcomeKind
{
    Done,
    NotFound,
    Invalid,
    NotCompetent,
    RefusedByLaw,
    Conflict,
}

/// <summary>What a register command or read produced: the case (in full or as its status), or why not.</summary>
public sealed record ProceedingsOutcome(ProceedingsOutcomeKind Kind, ProceedingsView? Proceedings = null, ProceedingsStatusView? StatusOnly = null,
    Validation? Validation = null, string? Detail = null, IReadOnlyList<RefusalView>? Refusals = null)
{
    public static ProceedingsOutcome Done(ProceedingsView view) => new(ProceedingsOutcomeKind.Done, view);

    public static ProceedingsOutcome Done(ProceedingsStatusView view) => new(ProceedingsOutcomeKind.Done, StatusOnly: view);

    public static ProceedingsOutcome NotFound() => new(ProceedingsOutcomeKind.NotFound);

    public static ProceedingsOutcome Invalid(Validation v) => new(ProceedingsOutcomeKind.Invalid, Validation: v);

    public static ProceedingsOutcome NotCompetent(string detail) => new(ProceedingsOutcomeKind.NotCompetent, Detail: detail);

    public static ProceedingsOutcome Refused(IReadOnlyList<RefusalView> refusals) => new(ProceedingsOutcomeKind.RefusedByLaw, Refusals: refusals);

    public static ProceedingsOutcome Conflict(string detail) => new(ProceedingsOutcomeKind.Conflict, Detail: detail);

    /// <summary>What a page tells the person when the command did not go through; already in their language where it can be.</summary>
    public string? Message() => Kind switch
    {
        ProceedingsOutcomeKind.Done or ProceedingsOutcomeKind.NotFound => null,
        ProceedingsOutcomeKind.Invalid => string.Join(" ", Validation!.Errors.SelectMany(e => e.Value)),
        ProceedingsOutcomeKind.NotCompetent or ProceedingsOutcomeKind.Conflict => Detail,
        ProceedingsOutcomeKind.RefusedByLaw => string.Join(" ", Refusals!.Select(r => $"{r.Explanation} ({r.Basis})")),
    };
}
