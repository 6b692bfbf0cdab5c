using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using OpenNrm.Domain.Access;
using OpenNrm.Web.Features.Access;

namespace OpenNrm.Web.Features.Detection;

/// <summary>Signals by who recorded or received them, with open and overdue duties; the officer's and the supervisor's view.</summary>
[RequirePermission(Permission.SignalsRead)]
public sealed class SignalsModel(SignalQueries queries, CurrentUser me) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public SignalListScope? Scope { get; set; }

    [BindProperty(SupportsGet = true)]
    public bool Minors { get; set; }

    [BindProperty(SupportsGet = true)]
    public bool ThirdCountry { get; set; }

    public SignalListScope Shown => Scope ?? (me.Can(Permission.SignalsRecord) ? SignalListScope.Mine : SignalListScope.Received);

    public IReadOnlyList<SignalRow> Rows { get; private set; } = [];

    public async Task OnGetAsync() => Rows = await queries.ListAsync(Shown, Minors, ThirdCountry, HttpContext.RequestAborted);
}
