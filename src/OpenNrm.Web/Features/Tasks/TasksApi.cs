using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using OpenNrm.Domain.Access;
using OpenNrm.Domain.Tasks;
using OpenNrm.Web.Features.Access;
using OpenNrm.Web.Features.Shared;

namespace OpenNrm.Web.Features.Tasks;

/// <summary>A centre's tasks. Another centre's task answers 404; a role without the centre's support work answers 403.</summary>
public static class TasksApi
{
    public static void MapTasksApi(this RouteGroupBuilder api)
    {
        var group = api.MapGroup("/tasks").WithTags("Tasks");
        group.MapGet("/", List).RequirePermission(Permission.SupportRead)
            .WithSummary("The caller's tasks (scope=Mine, the default) or the centre's (scope=Team), in one status (Open by default), optionally of one support case. Audited.");
        group.MapGet("/{id:guid}", Read).RequirePermission(Permission.SupportRead)
            .WithSummary("One task of the caller's centre. Audited.");
        group.MapPost("/", Create).RequirePermission(Permission.SupportManage)
            .WithSummary("A task for a colleague of the centre (assigneeId) or for the team (no assignee), due at most 30 days back and 5 years ahead.");
        group.MapPost("/{id:guid}/complete", Complete).RequirePermission(Permission.SupportManage)
            .WithSummary("Mark an open task done; a task already finished answers 409 with the code AlreadyDone or AlreadyCancelled and stays as it was.");
        group.MapPost("/{id:guid}/cancel", Cancel).RequirePermission(Permission.SupportManage)
            .WithSummary("Cancel an open task; a task already finished answers 409 and stays as it was.");
    }

    private static async Task<IResult> List(TaskListScope? scope, CaseworkerTaskStatus? status, Guid? supportCaseId, TaskService tasks, CancellationToken ct) =>
        TypedResults.Ok(await tasks.ListAsync(scope ?? TaskListScope.Mine, status ?? CaseworkerTaskStatus.Open, supportCaseId, ct));

    private static async Task<IResult> Read(Guid id, TaskService tasks, CancellationToken ct) =>
        await tasks.ReadAsync(id, ct) is { } view ? TypedResults.Ok(view) : Problems.Result(ProblemKind.NotFound);

    private static async Task<IResult> Create(NewTaskInput input, TaskService tasks, CancellationToken ct) =>
        (await tasks.CreateAsync(input, ct)).ToHttp(created: true);

    private static async Task<IResult> Complete(Guid id, FinishTaskInput? input, TaskService tasks, CancellationToken ct) =>
        (await tasks.CompleteAsync(id, input, ct)).ToHttp();

    private static async Task<IResult> Cancel(Guid id, FinishTaskInput? input, TaskService tasks, CancellationToken ct) =>
        (await tasks.CancelAsync(id, input, ct)).ToHttp();
}
