using Microsoft.AspNetCore.Mvc;
using OpenNrm.Domain.Access;
using OpenNrm.Web.Features.Access;
using OpenNrm.Web.Features.Audit;

namespace OpenNrm.Web.Features.Proceedings;

/// <summary>
/// The read-only "Criminal proceedings" section of a file's page: each linked case's status and this file's roles
/// and damages. Callers without the right to read proceedings see nothing, not even that the section exists.
/// </summary>
public sealed class CaseProceedingsViewComponent(ProceedingsQueries queries, CurrentUser me) : ViewComponent
{
    public async Task<IViewComponentResult> InvokeAsync(Guid caseId)
    {
        if (!me.Can(Permission.ProceedingsRead))
        {
            return Content(string.Empty);
        }

        var list = await queries.ForCaseAsync(caseId, AuditLog.DefaultPurpose, HttpContext.RequestAborted) ?? [];
        return View("/Features/Proceedings/CaseProceedings.cshtml", list);
    }
}
