using OpenNrm.Web.Features.Shared;

namespace OpenNrm.Web.Features.Residence;

public enum OutcomeKind
{
    Done,
    NotFound,
    Invalid,
    NotCompetent,
    RefusedByLaw,
    Conflict,
}

/// <summary>What a procedure command produced: the procedure, or why not (a field, a competence, a legal condition).</summary>
public sealed record ResidenceOutcome(OutcomeKind Kind, ProcedureView? Procedure = null, Validation? Validation = null,
    string? Detail = null, IReadOnlyList<ConditionView>? UnmetConditions = null)
{
    public static ResidenceOutcome Done(ProcedureView view) => new(OutcomeKind.Done, view);

    public static ResidenceOutcome NotFound() => new(OutcomeKind.NotFound);

    public static ResidenceOutcome Invalid(Validation v) => new(OutcomeKind.Invalid, Validation: v);

    public static ResidenceOutcome NotCompetent(string detail) => new(OutcomeKind.NotCompetent, Detail: detail);

    public static ResidenceOutcome Refused(IReadOnlyList<ConditionView> unmet) => new(OutcomeKind.RefusedByLaw, UnmetConditions: unmet);

    public static ResidenceOutcome Conflict() => new(OutcomeKind.Conflict);

    /// <summary>What a page tells the person when the command did not go through (English, also the localisation key).</summary>
    public string? Message() => Kind switch
    {
        OutcomeKind.Done or OutcomeKind.NotFound => null,
        OutcomeKind.Invalid => string.Join(" ", Validation!.Errors.Select(e => $"{e.Key}: {string.Join(" ", e.Value)}")),
        OutcomeKind.NotCompetent => Detail,
        OutcomeKind.RefusedByLaw => string.Join(" ", UnmetConditions!.Select(c => $"{c.Explanation} ({c.Basis})")),
        OutcomeKind.Conflict => "Someone else changed this record in the meantime. Reload it and apply your change again.",
    };
}
