using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Json;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Options;
using OpenNrm.Domain.Access;
using OpenNrm.Domain.Assistance;
using OpenNrm.Web.Features.Access;
using OpenNrm.Web.Features.Assistance;
using OpenNrm.Web.Features.Shared;

namespace OpenNrm.Web.Features.Retention;

public sealed record PurgeInput(bool? DryRun);

public sealed record ScheduleLine(RecordClass RecordClass, string? Period, bool PersonalData, bool Erasable, string Basis);

/// <summary>Retention schedule, purge, legal holds, and the answer to a person's request for access.</summary>
public static class RetentionApi
{
    public static void MapRetentionApi(this RouteGroupBuilder api)
    {
        var group = api.MapGroup("/retention").WithTags("Retention");
        group.MapGet("/schedule", Schedule).RequirePermission(Permission.RetentionManage)
            .WithSummary("The period of every record class after the support ends, with its basis, and whether this version can erase it.");
        group.MapPost("/purge", Purge).RequirePermission(Permission.RetentionManage)
            .WithSummary("Erase personal data past its period now (dryRun=true: only count). Counts only in the answer and the audit trail.");
        group.MapGet("/holds", Holds).RequirePermission(Permission.LegalHoldsManage)
            .WithSummary("Legal holds in force (all=true: lifted ones too), optionally of one file; a centre sees those of the files it supports.");
        group.MapPost("/holds", Place).RequirePermission(Permission.LegalHoldsManage)
            .WithSummary("Keep a file past its retention period, with a reason (GDPR art. 17(3)(e)); audited.");
        group.MapPost("/holds/{id:guid}/lift", Lift).RequirePermission(Permission.LegalHoldsManage)
            .WithSummary("End a hold from a date, with a reason; the hold stays on record. Audited.");
        api.MapPost("/subject-access", Export).RequirePermission(Permission.SubjectAccessExport).WithTags("Retention")
            .WithSummary("Everything held on the person of a file and its linked files, as a JSON file, for a stated request (GDPR art. 15). Audited.");
    }

    private static Microsoft.AspNetCore.Http.HttpResults.Ok<List<ScheduleLine>> Schedule(RetentionOptions options, IEnumerable<IRecordEraser> erasers) =>
        TypedResults.Ok(Enum.GetValues<RecordClass>().Select(c => new ScheduleLine(c,
            options.Schedule.PeriodOf(c).AfterClosure is { } p ? NodaTime.Text.PeriodPattern.NormalizingIso.Format(p) : null,
            RetentionSchedule.IsPersonal(c), erasers.Any(e => e.RecordClass == c), options.BasisOf(c).Citation)).ToList());

    private static async Task<IResult> Purge(PurgeInput input, RetentionPurge purge, IStringLocalizer<SharedResource> localizer, CancellationToken ct)
    {
        if (input.DryRun is not { } dryRun)
        {
            return new Validation(localizer).Require(false, "dryRun", "This field is required.").Problem();
        }

        return TypedResults.Ok(await purge.RunAsync(dryRun, ct));
    }

    private static async Task<IResult> Holds(string? file, bool? all, LegalHoldService holds, CancellationToken ct) =>
        TypedResults.Ok(await holds.ListAsync(file, all == true, ct));

    private static async Task<IResult> Place(PlaceHoldInput input, LegalHoldService holds, IStringLocalizer<SharedResource> l, CancellationToken ct) =>
        SupportResults.ToHttp(await holds.PlaceAsync(input, ct), l, h => $"/api/v1/retention/holds?file={Uri.EscapeDataString(h.CaseReference)}");

    private static async Task<IResult> Lift(Guid id, LiftHoldInput input, LegalHoldService holds, IStringLocalizer<SharedResource> l, CancellationToken ct) =>
        SupportResults.ToHttp(await holds.LiftAsync(id, input, ct), l);

    /// <summary>A file to keep, not a page: the officer sends it to the person or prints the page version.</summary>
    private static async Task<IResult> Export(SubjectAccessInput input, SubjectAccessExport export, IOptions<JsonOptions> json,
        IStringLocalizer<SharedResource> l, CancellationToken ct)
    {
        var result = await export.ExportAsync(input, ct);
        if (result.Kind != SupportOutcomeKind.Done)
        {
            return SupportResults.ToHttp(result, l);
        }

        var bytes = JsonSerializer.SerializeToUtf8Bytes(result.Value!, json.Value.SerializerOptions);
        var name = "opennrm-subject-access-" + string.Concat(result.Value!.RequestReference.Where(char.IsAsciiLetterOrDigit).Take(40)) + ".json";
        return TypedResults.File(bytes, "application/json", name);
    }
}
