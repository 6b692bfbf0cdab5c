using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Localization;
using OpenNrm.Web.Features.Shared;

namespace OpenNrm.Web.Hosting;

/// <summary>
/// Refuses a query string carrying control characters (a NUL, an escape) with 400 before any endpoint reads it. No
/// search term, reference, date or purpose contains one; PostgreSQL refuses a NUL in a text parameter outright, and
/// a value with a carriage return would forge lines in the logs. Line breaks are refused too: a query is one line.
/// </summary>
public static class PrintableQuery
{
    public static IApplicationBuilder UsePrintableQuery(this IApplicationBuilder app, Func<HttpContext, bool> isApi) =>
        app.Use(async (http, next) =>
        {
            if (http.Request.Query.Any(q => q.Key.Any(char.IsControl) || q.Value.Any(v => v is not null && v.Any(char.IsControl))))
            {
                if (isApi(http))
                {
                    var l = http.RequestServices.GetRequiredService<IStringLocalizer<SharedResource>>();
                    await Problems.WriteAsync(http, ProblemKind.BadRequest, l["The address contains control characters that cannot be printed."]);
                }
                else
                {
                    http.Response.StatusCode = StatusCodes.Status400BadRequest;
                }

                return;
            }

            await next();
        });
}
