using Microsoft.AspNetCore.Mvc;
using OpenNrm.Domain.Access;
using OpenNrm.Web.Features.Access;

namespace OpenNrm.Web.Features.Tasks;

public sealed record CaseTasksModel(Guid SupportCaseId, bool Editable, WorkList Work, IReadOnlyList<StaffMember> Colleagues, Guid? MyId, string Today,
    string? Message);

/// <summary>
/// The tasks of one support case, on the case's page: open ones by due date, those finished lately, and a form to add
/// one. Its forms go to the tasks page, which brings the person back here. A part of the case page, so its reads
/// are audited against the support case.
/// </summary>
public sealed class CaseTasksViewComponent(TaskService tasks, CentreStaff staff, CurrentUser me, TimeProvider clock) : ViewComponent
{
    public async Task<IViewComponentResult> InvokeAsync(Guid supportCaseId, bool editable)
    {
        var ct = HttpContext.RequestAborted;
        var work = await tasks.WorkListAsync(TaskListScope.Team, supportCaseId, ct);
        var canManage = me.Can(Permission.SupportManage);
        var colleagues = canManage && editable ? await staff.ListAsync(ct) : [];
        var today = Shared.LegalCalendar.Today(clock).ToDateOnly().ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
        var message = TempData[TasksIndexModel.CaseMessageKey] as string;
        return View("/Features/Tasks/_CaseTasks.cshtml", new CaseTasksModel(supportCaseId, canManage && editable, work, colleagues, me.UserId, today, message));
    }
}
