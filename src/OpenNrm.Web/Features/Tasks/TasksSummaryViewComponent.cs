using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using NodaTime;
using OpenNrm.Domain.Access;
using OpenNrm.Domain.Tasks;
using OpenNrm.Web.Data;
using OpenNrm.Web.Features.Access;
using OpenNrm.Web.Features.Shared;

namespace OpenNrm.Web.Features.Tasks;

public sealed record TasksSummary(int MineOpen, int MineOverdue, int TeamOpen, int TeamOverdue);

/// <summary>The start page's card for centre staff: counts only (no titles), so it reads nothing that needs auditing.</summary>
public sealed class TasksSummaryViewComponent(AppDbContext db, CurrentUser me, TimeProvider clock) : ViewComponent
{
    public async Task<IViewComponentResult> InvokeAsync()
    {
        if (!me.Can(Permission.SupportRead))
        {
            return Content(string.Empty);
        }

        var ct = HttpContext.RequestAborted;
        var organisation = me.OrganisationId ?? Guid.Empty;
        var user = me.UserId ?? Guid.Empty;
        var today = LegalCalendar.Today(clock);
        var open = db.CaseworkerTasks.Where(t => t.CentreId == organisation && t.Status == CaseworkerTaskStatus.Open);
        var mine = open.Where(t => t.AssigneeId == user);
        var summary = new TasksSummary(await mine.CountAsync(ct), await mine.CountAsync(t => t.DueOn < today, ct),
            await open.CountAsync(ct), await open.CountAsync(t => t.DueOn < today, ct));
        return View("/Features/Tasks/_TasksSummary.cshtml", summary);
    }
}
