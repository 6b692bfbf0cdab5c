using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using OpenNrm.Domain.Access;
using OpenNrm.Web.Features.Access;

namespace OpenNrm.Web.Features.Deadlines;

/// <summary>A caseworker's procedures, what is due first on top; "team" shows the whole organisation's.</summary>
[RequirePermission(Permission.ProceduresRead)]
public sealed class DeadlinesIndexModel(DeadlineQueries queries) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public ProcedureListScope Scope { get; set; } = ProcedureListScope.Mine;

    public IReadOnlyList<ProcedureDeadlineRow> Rows { get; private set; } = [];

    public async Task OnGetAsync() => Rows = await queries.ProceduresAsync(Scope, HttpContext.RequestAborted);
}
