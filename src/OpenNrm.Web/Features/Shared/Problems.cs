using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Localization;

namespace OpenNrm.Web.Features.Shared;

public enum ProblemKind
{
    BadRequest,
    Unauthorized,
    Forbidden,
    NotFound,
    Conflict,
    PayloadTooLarge,
    UnsupportedMediaType,
    TooManyRequests,
    ServerError,
}

/// <summary>
/// RFC 9457 problem details with localised titles. Every error the API gives goes through here or through
/// <see cref="Customise"/>, so no error leaks a stack trace or answers in a language the caller did not ask for.
/// </summary>
public static class Problems
{
    public static int Status(ProblemKind kind) => kind switch
    {
        ProblemKind.BadRequest => StatusCodes.Status400BadRequest,
        ProblemKind.Unauthorized => StatusCodes.Status401Unauthorized,
        ProblemKind.Forbidden => StatusCodes.Status403Forbidden,
        ProblemKind.NotFound => StatusCodes.Status404NotFound,
        ProblemKind.Conflict => StatusCodes.Status409Conflict,
        ProblemKind.PayloadTooLarge => StatusCodes.Status413PayloadTooLarge,
        ProblemKind.UnsupportedMediaType => StatusCodes.Status415UnsupportedMediaType,
        ProblemKind.TooManyRequests => StatusCodes.Status429TooManyRequests,
        ProblemKind.ServerError => StatusCodes.Status500InternalServerError,
    };

    /// <summary>The English title, which is also the localisation key.</summary>
    public static string Title(int status) => status switch
    {
        400 => "The request is not valid.",
        401 => "Sign-in is required: send a valid bearer token.",
        403 => "Your role does not allow this action.",
        404 => "Not found.",
        405 => "This method is not allowed here.",
        409 => "Someone else changed this record in the meantime. Reload it and apply your change again.",
        413 => "The request body is too large.",
        415 => "Send the request body as application/json.",
        422 => "The law does not allow this step now. Each unmet condition is listed with its legal basis.",
        429 => "Too many attempts. Wait a moment and try again.",
        _ => "Something went wrong on our side. The error has been logged.",
    };

    public static void Customise(ProblemDetailsContext context)
    {
        var localizer = context.HttpContext.RequestServices.GetRequiredService<IStringLocalizer<SharedResource>>();
        var status = context.ProblemDetails.Status ?? context.HttpContext.Response.StatusCode;
        context.ProblemDetails.Title = localizer[Title(status)];
        context.ProblemDetails.Type ??= "https://www.rfc-editor.org/rfc/rfc9110#status-" + status;
        context.ProblemDetails.Extensions.Remove("exception");
        context.ProblemDetails.Extensions["traceId"] = context.HttpContext.TraceIdentifier;
    }

    public static async Task WriteAsync(HttpContext http, ProblemKind kind, string? detail = null)
    {
        http.Response.StatusCode = Status(kind);
        var service = http.RequestServices.GetRequiredService<IProblemDetailsService>();
        await service.WriteAsync(new ProblemDetailsContext
        {
            HttpContext = http,
            ProblemDetails = new ProblemDetails { Status = Status(kind), Detail = detail },
        });
    }

    public static IResult Result(ProblemKind kind, string? detail = null) =>
        TypedResults.Problem(statusCode: Status(kind), detail: detail);
}
