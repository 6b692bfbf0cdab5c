using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Localization;
using OpenNrm.Domain.Access;
using OpenNrm.Domain.Assistance;
using OpenNrm.Web.Features.Access;
using OpenNrm.Web.Features.Shared;

namespace OpenNrm.Web.Features.Assistance;

/// <summary>
/// A support case's documents, interpreters, subsistence through the PCSW and voluntary return. Same need-to-know as
/// the support case: another centre is told "not found". Every read is audited with its purpose.
/// </summary>
public static class SupportServicesApi
{
    public static void MapSupportServicesApi(this RouteGroupBuilder api)
    {
        var options = ((IEndpointRouteBuilder)api).ServiceProvider.GetRequiredService<AttachmentOptions>();
        var group = api.MapGroup("/support-cases/{id:guid}").WithTags("Assistance");

        // Bearer tokens, never cookies, authenticate the API, so a cross-site form cannot upload here: the page's form has its antiforgery token.
        group.MapPost("/attachments", Upload).RequirePermission(Permission.SupportManage)
            .WithMetadata(new RequestBodyLimit(options.MaxRequestBytes))
            .WithSummary("Keep a document (multipart/form-data: type, file). PDF, PNG or JPEG by content only; at most the configured size; stored encrypted.");
        group.MapGet("/attachments", Attachments).RequirePermission(Permission.SupportRead)
            .WithSummary("The documents, newest first, without their content. Audited with the purpose.");
        group.MapGet("/attachments/{attachmentId:guid}", Download).RequirePermission(Permission.SupportRead)
            .WithSummary("One document's content, as the type its bytes are. Every download is audited with the purpose.");

        group.MapPost("/interpretations", RequestInterpreter).RequirePermission(Permission.SupportManage)
            .WithSummary("Ask for an interpreter: language, day, provider (Circular of 23 December 2016, 4).");
        group.MapPost("/interpretations/{interpretationId:guid}/status", Move).RequirePermission(Permission.SupportManage)
            .WithSummary("Confirm, record as done (on or after its day) or cancel; done and cancelled are final.");
        group.MapGet("/interpretations", Interpretations).RequirePermission(Permission.SupportRead);

        group.MapPost("/subsistence", Refer).RequirePermission(Permission.SupportManage)
            .WithSummary("Refer the person to a named PCSW for subsistence (Organic Act of 8 July 1976 on PCSWs, art. 1, 57 §1 and 60 §3).");
        group.MapPost("/subsistence/{referralId:guid}/decision", Decide).RequirePermission(Permission.SupportManage)
            .WithSummary("Record the PCSW's decision: granted, or refused with its reason.");
        group.MapGet("/subsistence", Referrals).RequirePermission(Permission.SupportRead);

        group.MapPost("/voluntary-returns", ReferReturn).RequirePermission(Permission.SupportManage)
            .WithSummary("Refer a person who wishes to return to Fedasil with IOM or Caritas International.");
        group.MapPost("/voluntary-returns/{returnId:guid}/plan", Plan).RequirePermission(Permission.SupportManage)
            .WithSummary("Agree the reintegration plan: at most one year from the return. The exit from the residence procedure is recorded in the procedure.");
        group.MapPost("/voluntary-returns/{returnId:guid}/withdraw", Withdraw).RequirePermission(Permission.SupportManage);
        group.MapGet("/voluntary-returns", Returns).RequirePermission(Permission.SupportRead);
    }

    private static async Task<IResult> Upload(Guid id, HttpRequest request, AttachmentService service, AttachmentOptions options,
        IStringLocalizer<SharedResource> l, CancellationToken ct)
    {
        if (!request.HasFormContentType)
        {
            return new Validation(l).Require(false, "file", "Send the document as multipart/form-data, with the fields type and file.").Problem();
        }

        IFormCollection form;
        try
        {
            form = await request.ReadFormAsync(ct);
        }
        catch (BadHttpRequestException e) when (e.StatusCode == StatusCodes.Status413PayloadTooLarge)
        {
            return TooLarge(options, l);
        }
        catch (InvalidDataException)
        {
            return Problems.Result(ProblemKind.BadRequest, l["The form could not be read."]);
        }

        var file = form.Files.GetFile("file");
        if (file is not null && file.Length > options.MaxBytes)
        {
            return TooLarge(options, l);
        }

        var type = Enum.GetValues<AttachmentType>().Where(t => t.ToString() == form["type"].ToString()).Select(t => (AttachmentType?)t).FirstOrDefault();
        return SupportResults.ToHttp(await service.AddAsync(id, type, file, ct), l, a => $"/api/v1/support-cases/{id}/attachments/{a.Id}");
    }

    private static IResult TooLarge(AttachmentOptions options, IStringLocalizer l) =>
        Problems.Result(ProblemKind.PayloadTooLarge, l["The file is larger than the limit of {0} MB.", options.MaxMegabytes]);

    private static async Task<IResult> Attachments(Guid id, string? purpose, AttachmentService service, CancellationToken ct) =>
        await service.ListAsync(id, purpose, ct) is { } list ? TypedResults.Ok(list) : Problems.Result(ProblemKind.NotFound);

    private static async Task<IResult> Download(Guid id, Guid attachmentId, string? purpose, AttachmentService service, CancellationToken ct) =>
        await service.DownloadAsync(id, attachmentId, purpose, ct) is { } file
            ? TypedResults.File(file.Content, file.ContentType, file.DownloadName)
            : Problems.Result(ProblemKind.NotFound);

    private static async Task<IResult> RequestInterpreter(Guid id, InterpretationInput input, InterpretationService service, IStringLocalizer<SharedResource> l,
        CancellationToken ct) =>
        SupportResults.ToHttp(await service.RequestAsync(id, input, ct), l, _ => $"/api/v1/support-cases/{id}/interpretations");

    private static async Task<IResult> Move(Guid id, Guid interpretationId, InterpretationStatusInput input, InterpretationService service,
        IStringLocalizer<SharedResource> l, CancellationToken ct) =>
        SupportResults.ToHttp(await service.MoveAsync(id, interpretationId, input, ct), l);

    private static async Task<IResult> Interpretations(Guid id, string? purpose, InterpretationService service, CancellationToken ct) =>
        await service.ListAsync(id, purpose, ct) is { } list ? TypedResults.Ok(list) : Problems.Result(ProblemKind.NotFound);

    private static async Task<IResult> Refer(Guid id, SubsistenceReferralInput input, SubsistenceService service, IStringLocalizer<SharedResource> l,
        CancellationToken ct) =>
        SupportResults.ToHttp(await service.ReferAsync(id, input, ct), l, _ => $"/api/v1/support-cases/{id}/subsistence");

    private static async Task<IResult> Decide(Guid id, Guid referralId, SubsistenceDecisionInput input, SubsistenceService service,
        IStringLocalizer<SharedResource> l, CancellationToken ct) =>
        SupportResults.ToHttp(await service.DecideAsync(id, referralId, input, ct), l);

    private static async Task<IResult> Referrals(Guid id, string? purpose, SubsistenceService service, CancellationToken ct) =>
        await service.ListAsync(id, purpose, ct) is { } list ? TypedResults.Ok(list) : Problems.Result(ProblemKind.NotFound);

    private static async Task<IResult> ReferReturn(Guid id, VoluntaryReturnInput input, VoluntaryReturnService service, IStringLocalizer<SharedResource> l,
        CancellationToken ct) =>
        SupportResults.ToHttp(await service.ReferAsync(id, input, ct), l, _ => $"/api/v1/support-cases/{id}/voluntary-returns");

    private static async Task<IResult> Plan(Guid id, Guid returnId, ReintegrationPlanInput input, VoluntaryReturnService service,
        IStringLocalizer<SharedResource> l, CancellationToken ct) =>
        SupportResults.ToHttp(await service.PlanAsync(id, returnId, input, ct), l);

    private static async Task<IResult> Withdraw(Guid id, Guid returnId, VoluntaryReturnWithdrawalInput input, VoluntaryReturnService service,
        IStringLocalizer<SharedResource> l, CancellationToken ct) =>
        SupportResults.ToHttp(await service.WithdrawAsync(id, returnId, input, ct), l);

    private static async Task<IResult> Returns(Guid id, string? purpose, VoluntaryReturnService service, CancellationToken ct) =>
        await service.ListAsync(id, purpose, ct) is { } view ? TypedResults.Ok(view) : Problems.Result(ProblemKind.NotFound);
}
