using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using OpenNrm.Domain.Access;
using OpenNrm.Web.Data;
using OpenNrm.Web.Features.Access;
using OpenNrm.Web.Features.Assistance;
using OpenNrm.Web.Features.Shared;

namespace OpenNrm.Web.Features.Tasks;

public sealed record SupportCaseChoice(Guid Id, string Reference);

/// <summary>
/// "My tasks": the caller's or the team's open tasks and the procedures' deadlines by date, overdue ones marked, and
/// what was finished lately. Tasks are created, completed and cancelled here and from a support case's page, which
/// sends its forms here and gets the person back to the case.
/// </summary>
[RequirePermission(Permission.SupportRead)]
public sealed class TasksIndexModel(TaskAgenda agenda, TaskService tasks, CentreStaff staff, SupportAccess support, AppDbContext db, CurrentUser me,
    TimeProvider clock, IStringLocalizer<SharedResource> localizer) : PageModel
{
    /// <summary>Where a support case's page shows what went wrong with its task form.</summary>
    public const string CaseMessageKey = "TaskMessage";

    [BindProperty(SupportsGet = true)]
    public TaskListScope Scope { get; set; } = TaskListScope.Mine;

    [BindProperty] public NewTaskInput? NewTask { get; set; }

    [BindProperty] public Guid TaskId { get; set; }

    [BindProperty] public int? TaskVersion { get; set; }

    /// <summary>The support case whose page sent the form, to return to it.</summary>
    [BindProperty] public Guid? ReturnCase { get; set; }

    public Agenda Agenda { get; private set; } = new([], []);

    public IReadOnlyList<StaffMember> Colleagues { get; private set; } = [];

    public IReadOnlyList<SupportCaseChoice> SupportCases { get; private set; } = [];

    public string? Message { get; private set; }

    public bool CanManage => me.Can(Permission.SupportManage);

    public Guid? MyId => me.UserId;

    public string Today => LegalCalendar.Today(clock).ToDateOnly().ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);

    public async Task OnGetAsync() => await LoadAsync();

    public Task<IActionResult> OnPostCreateAsync() => RunAsync(ct => tasks.CreateAsync(NewTask ?? new(null, null, null, null), ct));

    public Task<IActionResult> OnPostCompleteAsync() => RunAsync(ct => tasks.CompleteAsync(TaskId, new FinishTaskInput(TaskVersion), ct));

    public Task<IActionResult> OnPostCancelAsync() => RunAsync(ct => tasks.CancelAsync(TaskId, new FinishTaskInput(TaskVersion), ct));

    private async Task<IActionResult> RunAsync(Func<CancellationToken, Task<TaskResult>> command)
    {
        if (!CanManage)
        {
            return Forbid();
        }

        var result = await command(HttpContext.RequestAborted);
        if (result.Kind == SupportOutcomeKind.NotFound)
        {
            return NotFound();
        }

        var message = result.Message(localizer);
        if (ReturnCase is { } supportCase)
        {
            if (message is not null)
            {
                TempData[CaseMessageKey] = message;
            }

            return Redirect($"/Assistance/Case?id={supportCase}#tasks");
        }

        if (message is null)
        {
            return Redirect($"/Tasks?scope={Scope}");
        }

        Message = message;
        await LoadAsync();
        return Page();
    }

    private async Task LoadAsync()
    {
        var ct = HttpContext.RequestAborted;
        Agenda = await agenda.ForAsync(Scope, ct);
        if (CanManage)
        {
            Colleagues = await staff.ListAsync(ct);
            SupportCases = await support.Visible(tracked: false).Where(s => s.Status == SupportCaseStatus.Active)
                .Join(db.Cases, s => s.CaseId, c => c.Id, (s, c) => new { s.Id, c.Reference })
                .OrderBy(x => x.Reference).Take(TaskLimits.MaxRows).Select(x => new SupportCaseChoice(x.Id, x.Reference)).ToListAsync(ct);
        }
    }
}
