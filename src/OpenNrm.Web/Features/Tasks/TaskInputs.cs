namespace OpenNrm.Web.Features.Tasks;

/// <summary>A new task; no assignee means the team (anyone of the centre), no support case means the centre's own work.</summary>
public sealed record NewTaskInput(string? Title, DateOnly? DueOn, Guid? SupportCaseId, Guid? AssigneeId);

/// <summary>Optionally the version the client read: a task changed since is not finished blindly.</summary>
public sealed record FinishTaskInput(int? Version);

public enum TaskListScope
{
    /// <summary>The tasks assigned to the caller.</summary>
    Mine,

    /// <summary>Every task of the caller's centre, whoever it is for.</summary>
    Team,
}

public static class TaskLimits
{
    public const int Title = 200;

    /// <summary>Rows in one list answer.</summary>
    public const int MaxRows = 200;

    /// <summary>How far back the page shows finished tasks, so that what was just done is still in view.</summary>
    public const int RecentlyFinishedDays = 14;
}
