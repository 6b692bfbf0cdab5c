using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Localization;
using OpenNrm.Domain.Tasks;
using OpenNrm.Web.Features.Assistance;
using OpenNrm.Web.Features.Shared;

namespace OpenNrm.Web.Features.Tasks;

/// <summary>What a task command produced: the task as it now is, or why not (a field, not found, already finished).</summary>
public sealed record TaskResult(SupportOutcomeKind Kind, TaskView? Value = null, Validation? Validation = null, string? Detail = null,
    CaseworkerTaskRefusal? Refusal = null)
{
    public static TaskResult Done(TaskView value) => new(SupportOutcomeKind.Done, value);

    public static TaskResult Invalid(Validation validation) => new(SupportOutcomeKind.Invalid, Validation: validation);

    public static TaskResult NotFound() => new(SupportOutcomeKind.NotFound);

    public static TaskResult Conflict(string detail, CaseworkerTaskRefusal? refusal = null) => new(SupportOutcomeKind.Conflict, Detail: detail, Refusal: refusal);

    /// <summary>What a page tells the person when the command did not go through; null when it did.</summary>
    public string? Message(IStringLocalizer localizer) => Kind switch
    {
        SupportOutcomeKind.Done => null,
        SupportOutcomeKind.Invalid => string.Join(" ", Validation!.Errors.SelectMany(e => e.Value)),
        SupportOutcomeKind.NotFound => localizer["Not found."],
        _ => Detail,
    };

    /// <summary>
    /// The HTTP answer. A task finished before is a 409 carrying the refusal's code and basis, so a client tells
    /// "already done" from a concurrent edit.
    /// </summary>
    public IResult ToHttp(bool created = false) => Kind switch
    {
        SupportOutcomeKind.Done when created => TypedResults.Created($"/api/v1/tasks/{Value!.Id}", Value),
        SupportOutcomeKind.Done => TypedResults.Ok(Value),
        SupportOutcomeKind.Invalid => Validation!.Problem(),
        SupportOutcomeKind.NotFound => Problems.Result(ProblemKind.NotFound),
        _ when Refusal is not null => TypedResults.Problem(statusCode: StatusCodes.Status409Conflict, detail: Detail,
            extensions: new Dictionary<string, object?> { ["code"] = Refusal.Code.ToString(), ["basis"] = Refusal.Basis.Citation }),
        _ => Problems.Result(ProblemKind.Conflict, Detail),
    };
}
