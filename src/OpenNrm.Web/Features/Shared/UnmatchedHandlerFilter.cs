using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Filters;

namespace OpenNrm.Web.Features.Shared;

/// <summary>
/// A request that matches none of a page's handlers (an HTTP method it does not serve, or an unknown ?handler=) answers
/// 404. Razor Pages would otherwise render the page without having run any handler, so without its data: a 500 for
/// every such request (found by the scanners, scripts/scan.sh). Pages without handlers render as before.
/// </summary>
public sealed class UnmatchedHandlerFilter : IPageFilter
{
    public void OnPageHandlerSelected(PageHandlerSelectedContext context)
    {
    }

    public void OnPageHandlerExecuting(PageHandlerExecutingContext context)
    {
        if (context.HandlerMethod is null && context.ActionDescriptor.HandlerMethods.Count > 0)
        {
            context.Result = new NotFoundResult();
        }
    }

    public void OnPageHandlerExecuted(PageHandlerExecutedContext context)
    {
    }
}
