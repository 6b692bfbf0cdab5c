using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Localization;
using NodaTime;
using OpenNrm.Domain.Access;
using OpenNrm.Web.Features.Access;
using OpenNrm.Web.Features.Notices;
using OpenNrm.Web.Features.Shared;

namespace OpenNrm.Web.Features.Deadlines;

public static class DeadlinesApi
{
    public static void MapDeadlinesApi(this RouteGroupBuilder api)
    {
        api.MapGet("/procedures", Procedures).RequirePermission(Permission.ProceduresRead).WithTags("Deadlines")
            .WithSummary("Pending procedures ordered by their next deadline; scope=Mine (default) or Team.");
        api.MapGet("/deadlines", Calendar).RequirePermission(Permission.ProceduresRead).WithTags("Deadlines")
            .WithSummary("Every dated deadline between from and to (inclusive, at most 92 days) of the organisation's procedures.");
        api.MapGet("/notices", List).RequirePermission(Permission.NoticesRead).WithTags("Notices")
            .WithSummary("The caller's notices, newest first (unread=true for unread only).");
        api.MapPost("/notices/{id:guid}/read", Read).RequirePermission(Permission.NoticesRead).WithTags("Notices")
            .WithSummary("Mark a notice read.");
    }

    private static async Task<IResult> Procedures(ProcedureListScope? scope, DeadlineQueries queries, CancellationToken ct) =>
        TypedResults.Ok(await queries.ProceduresAsync(scope ?? ProcedureListScope.Mine, ct));

    private static async Task<IResult> Calendar(DateOnly? from, DateOnly? to, DeadlineQueries queries, IStringLocalizer<SharedResource> localizer, CancellationToken ct)
    {
        var v = new Validation(localizer)
            .Require(from is not null, "from", "This field is required.")
            .Require(to is not null, "to", "This field is required.");
        if (v.IsValid)
        {
            v.Require(to >= from, "to", "The end cannot come before the start.")
             .Require(to!.Value.DayNumber - from!.Value.DayNumber < DeadlineQueries.MaxCalendarDays, "to", "At most {0} days at a time.", DeadlineQueries.MaxCalendarDays);
        }

        return v.IsValid
            ? TypedResults.Ok(await queries.CalendarAsync(LocalDate.FromDateOnly(from!.Value), LocalDate.FromDateOnly(to!.Value), ct))
            : v.Problem();
    }

    private static async Task<IResult> List(bool? unread, NoticeService notices, CancellationToken ct) =>
        TypedResults.Ok(await notices.ListAsync(unread == true, ct));

    private static async Task<IResult> Read(Guid id, NoticeService notices, CancellationToken ct) =>
        await notices.MarkReadAsync(id, ct) ? TypedResults.NoContent() : Problems.Result(ProblemKind.NotFound);
}
