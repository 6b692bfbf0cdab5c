using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Localization;
using OpenNrm.Domain.Access;
using OpenNrm.Domain.Assistance;
using OpenNrm.Web.Features.Access;
using OpenNrm.Web.Features.Shared;

namespace OpenNrm.Web.Features.Assistance;

/// <summary>A centre's support cases. None of these answers carries a shelter's address.</summary>
public static class SupportCasesApi
{
    public static void MapSupportCasesApi(this RouteGroupBuilder api)
    {
        var group = api.MapGroup("/support-cases").WithTags("Assistance");
        group.MapPost("/", Open).RequirePermission(Permission.SupportManage)
            .WithSummary("The caller's centre opens its support of the person of a file it works on (Circular of 23 December 2016, 4).");
        group.MapGet("/", List).RequirePermission(Permission.SupportRead)
            .WithSummary("The centre's support cases (open ones; closed too with all=true): file references, no names.");
        group.MapGet("/{id:guid}", Read).RequirePermission(Permission.SupportRead)
            .WithSummary("Plan, goals with overdue reviews, consents in force, stays, lawyer alert. Audited with the purpose.");
        group.MapPost("/{id:guid}/actions", Plan).RequirePermission(Permission.SupportManage);
        group.MapPost("/{id:guid}/actions/{actionId:guid}/status", Move).RequirePermission(Permission.SupportManage)
            .WithSummary("Start, finish or cancel an action on a date; a done or cancelled action never changes again.");
        group.MapPost("/{id:guid}/goals", SetGoal).RequirePermission(Permission.SupportManage);
        group.MapPost("/{id:guid}/goals/{goalId:guid}/reviews", ReviewGoal).RequirePermission(Permission.SupportManage);
        // General notes are for any user of the centre; care notes only through their own, separately audited read.
        group.MapGet("/{id:guid}/notes", Notes).RequirePermission(Permission.CasesRead)
            .WithSummary("The general notes, newest first; never a care note. Audited with the purpose.");
        group.MapGet("/{id:guid}/notes/care", CareNotes).RequirePermission(Permission.SupportRead)
            .WithSummary("The care (medical, psychological) notes, for the centre's caseworkers and coordinators only. Audited with the purpose.");
        group.MapPost("/{id:guid}/notes", Write).RequirePermission(Permission.SupportManage);
        group.MapPost("/{id:guid}/consents", Give).RequirePermission(Permission.SupportManage)
            .WithSummary("Record the victim's consent for one purpose; it becomes that purpose's next version.");
        group.MapPost("/{id:guid}/consents/{consentId:guid}/revoke", Revoke).RequirePermission(Permission.SupportManage)
            .WithSummary("Record the victim's withdrawal now; it takes effect at once (GDPR art. 7(3)).");
        group.MapPost("/{id:guid}/lawyer", Lawyer).RequirePermission(Permission.SupportManage);
        group.MapPost("/{id:guid}/stays", Admit).RequirePermission(Permission.SupportManage)
            .WithSummary("House the person in one of the centre's shelters; refused when a night would be over capacity.");
        group.MapPost("/{id:guid}/stays/{stayId:guid}/end", Depart).RequirePermission(Permission.SupportManage);
        group.MapPost("/{id:guid}/close", Close).RequirePermission(Permission.SupportManage);
        group.MapPost("/{id:guid}/transfer", Transfer).RequirePermission(Permission.SupportManage)
            .WithSummary("Pass the support to another centre, with the victim's consent to the transfer in force; the history stays linked.");
    }

    private static async Task<IResult> Open(OpenSupportInput input, SupportCaseService service, IStringLocalizer<SharedResource> l, CancellationToken ct) =>
        SupportResults.ToHttp(await service.OpenAsync(input, ct), l, v => $"/api/v1/support-cases/{v.Id}");

    private static async Task<IResult> List(bool? all, SupportViews views, CancellationToken ct) =>
        TypedResults.Ok(await views.ListAsync(all == true, ct));

    private static async Task<IResult> Read(Guid id, string? purpose, SupportCaseService service, CancellationToken ct) =>
        await service.ReadAsync(id, purpose, ct) is { } view ? TypedResults.Ok(view) : Problems.Result(ProblemKind.NotFound);

    private static async Task<IResult> Plan(Guid id, PlanActionInput input, SupportPlanService service, IStringLocalizer<SharedResource> l, CancellationToken ct) =>
        SupportResults.ToHttp(await service.PlanAsync(id, input, ct), l);

    private static async Task<IResult> Move(Guid id, Guid actionId, MoveActionInput input, SupportPlanService service, IStringLocalizer<SharedResource> l,
        CancellationToken ct) =>
        SupportResults.ToHttp(await service.MoveAsync(id, actionId, input, ct), l);

    private static async Task<IResult> SetGoal(Guid id, GoalInput input, SupportPlanService service, IStringLocalizer<SharedResource> l, CancellationToken ct) =>
        SupportResults.ToHttp(await service.SetGoalAsync(id, input, ct), l);

    private static async Task<IResult> ReviewGoal(Guid id, Guid goalId, GoalReviewInput input, SupportPlanService service, IStringLocalizer<SharedResource> l,
        CancellationToken ct) =>
        SupportResults.ToHttp(await service.ReviewGoalAsync(id, goalId, input, ct), l);

    private static async Task<IResult> Notes(Guid id, string? purpose, CaseNoteService service, CancellationToken ct) =>
        await service.ReadAsync(id, NoteRead.General, purpose, ct) is { } notes ? TypedResults.Ok(notes) : Problems.Result(ProblemKind.NotFound);

    private static async Task<IResult> CareNotes(Guid id, string? purpose, CaseNoteService service, CancellationToken ct) =>
        await service.ReadAsync(id, NoteRead.Care, purpose, ct) is { } notes ? TypedResults.Ok(notes) : Problems.Result(ProblemKind.NotFound);

    private static async Task<IResult> Write(Guid id, NoteInput input, CaseNoteService service, IStringLocalizer<SharedResource> l, CancellationToken ct) =>
        SupportResults.ToHttp(await service.WriteAsync(id, input, ct), l, n => $"/api/v1/support-cases/{id}/notes" + (n.Sensitivity == NoteSensitivity.Care ? "/care" : string.Empty));

    private static async Task<IResult> Give(Guid id, ConsentInput input, ConsentService service, IStringLocalizer<SharedResource> l, CancellationToken ct) =>
        SupportResults.ToHttp(await service.GiveAsync(id, input, ct), l);

    private static async Task<IResult> Revoke(Guid id, Guid consentId, ConsentService service, IStringLocalizer<SharedResource> l, CancellationToken ct) =>
        SupportResults.ToHttp(await service.RevokeAsync(id, consentId, ct), l);

    private static async Task<IResult> Lawyer(Guid id, LawyerInput input, SupportCaseService service, IStringLocalizer<SharedResource> l, CancellationToken ct) =>
        SupportResults.ToHttp(await service.AppointLawyerAsync(id, input, ct), l);

    private static async Task<IResult> Admit(Guid id, StayInput input, ShelterService service, IStringLocalizer<SharedResource> l, CancellationToken ct) =>
        SupportResults.ToHttp(await service.AdmitAsync(id, input, ct), l);

    private static async Task<IResult> Depart(Guid id, Guid stayId, StayEndInput input, ShelterService service, IStringLocalizer<SharedResource> l,
        CancellationToken ct) =>
        SupportResults.ToHttp(await service.DepartAsync(id, stayId, input, ct), l);

    private static async Task<IResult> Close(Guid id, CloseSupportInput input, SupportCaseService service, IStringLocalizer<SharedResource> l, CancellationToken ct) =>
        SupportResults.ToHttp(await service.CloseAsync(id, input, ct), l);

    private static async Task<IResult> Transfer(Guid id, TransferSupportInput input, SupportCaseService service, IStringLocalizer<SharedResource> l,
        CancellationToken ct) =>
        SupportResults.ToHttp(await service.TransferAsync(id, input, ct), l);
}
