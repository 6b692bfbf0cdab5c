using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace OpenNrm.Web.Features;

/// <summary>The one error page: a plain message and a reference, never a stack trace.</summary>
[AllowAnonymous]
[IgnoreAntiforgeryToken]
public sealed class ErrorModel : PageModel
{
    public string Title { get; private set; } = string.Empty;

    public string TraceId { get; private set; } = string.Empty;

    public void OnGet(int? code) => Set(code);

    public void OnPost(int? code) => Set(code);

    private void Set(int? code)
    {
        TraceId = HttpContext.TraceIdentifier;
        Title = code switch
        {
            404 => "This page does not exist, or you do not have access to it.",
            403 => "Your role does not allow this action.",
            400 => "The request is not valid.",
            413 => "The request body is too large.",
            429 => "Too many attempts. Wait a moment and try again.",
            _ => "Something went wrong on our side. The error has been logged.",
        };
    }
}
