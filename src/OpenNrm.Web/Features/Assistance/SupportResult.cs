using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Localization;
using OpenNrm.Domain.Assistance;
using OpenNrm.Web.Features.Shared;

namespace OpenNrm.Web.Features.Assistance;

public enum SupportOutcomeKind
{
    Done,
    Invalid,
    NotFound,

    /// <summary>The caller's organisation or role may not take this step at all (403, with the reason).</summary>
    NotCompetent,

    /// <summary>An assistance rule refused, with the unmet condition and its basis (422).</summary>
    Refused,
    Conflict,
}

/// <summary>What a support command produced: the new state, or why not (a field, a competence, a rule, a concurrent change).</summary>
public sealed record SupportResult<T>(SupportOutcomeKind Kind, T? Value = null, Validation? Validation = null, AssistanceRefusal? Refusal = null,
    string? Detail = null)
    where T : class
{
    /// <summary>What a page tells the person when the command did not go through; null when it did.</summary>
    public string? Message(IStringLocalizer localizer) => Kind switch
    {
        SupportOutcomeKind.Done => null,
        SupportOutcomeKind.NotFound => localizer["Not found."],
        SupportOutcomeKind.Invalid => string.Join(" ", Validation!.Errors.SelectMany(e => e.Value)),
        SupportOutcomeKind.NotCompetent or SupportOutcomeKind.Conflict => Detail,
        SupportOutcomeKind.Refused => SupportResults.Describe(Refusal!, localizer),
    };
}

public static class SupportResults
{
    public static SupportResult<T> Done<T>(T value) where T : class => new(SupportOutcomeKind.Done, value);

    public static SupportResult<T> Invalid<T>(Validation validation) where T : class => new(SupportOutcomeKind.Invalid, Validation: validation);

    public static SupportResult<T> NotFound<T>() where T : class => new(SupportOutcomeKind.NotFound);

    public static SupportResult<T> NotCompetent<T>(string detail) where T : class => new(SupportOutcomeKind.NotCompetent, Detail: detail);

    public static SupportResult<T> Refused<T>(AssistanceRefusal refusal) where T : class => new(SupportOutcomeKind.Refused, Refusal: refusal);

    public static SupportResult<T> Conflict<T>(string detail) where T : class => new(SupportOutcomeKind.Conflict, Detail: detail);

    public static string Describe(AssistanceRefusal refusal, IStringLocalizer localizer) =>
        localizer[refusal.Explanation] + " (" + refusal.Basis.Citation + ")";

    /// <summary>The HTTP answer; <paramref name="location"/> makes a success a 201 at that address.</summary>
    public static IResult ToHttp<T>(SupportResult<T> result, IStringLocalizer localizer, Func<T, string>? location = null)
        where T : class => result.Kind switch
    {
        SupportOutcomeKind.Done when location is not null => TypedResults.Created(location(result.Value!), result.Value),
        SupportOutcomeKind.Done => TypedResults.Ok(result.Value),
        SupportOutcomeKind.Invalid => result.Validation!.Problem(),
        SupportOutcomeKind.NotFound => Problems.Result(ProblemKind.NotFound),
        SupportOutcomeKind.NotCompetent => Problems.Result(ProblemKind.Forbidden, result.Detail),
        SupportOutcomeKind.Conflict => Problems.Result(ProblemKind.Conflict, result.Detail),
        SupportOutcomeKind.Refused => TypedResults.Problem(statusCode: StatusCodes.Status422UnprocessableEntity,
            detail: Describe(result.Refusal!, localizer),
            extensions: new Dictionary<string, object?> { ["code"] = result.Refusal!.Code.ToString(), ["basis"] = result.Refusal.Basis.Citation }),
    };
}
