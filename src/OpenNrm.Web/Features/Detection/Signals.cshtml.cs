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

    /// <summary>Where this page starts: signals detected before this time (the "older" link of the previous page).</summary>
    [BindProperty(SupportsGet = true)]
    public DateTimeOffset? Before { get; set; }

    public IReadOnlyList<SignalRow> Rows { get; private set; } = [];

    public DateTimeOffset? NextBefore { get; private set; }

    public async Task OnGetAsync()
    {
        var page = await queries.ListAsync(Shown, Minors, ThirdCountry, SignalPage.First with { Before = Before }, HttpContext.RequestAborted);
        (Rows, NextBefore) = (page.Rows, page.NextBefore);
    }
}
