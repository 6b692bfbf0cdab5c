using System.Globalization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using OpenNrm.Domain.Access;
using OpenNrm.Web.Features.Access;

namespace OpenNrm.Web.Features.Leaflet;

/// <summary>
/// The leaflet to print and hand over on the spot, in the language the person reads. Without a language the
/// officer's own interface language is shown first; a language without a text says so and lists those there are.
/// </summary>
[RequirePermission(Permission.LeafletRead)]
public sealed class LeafletPageModel(LeafletService leaflets, CurrentUser me) : PageModel
{
    private const int ShownCodeLength = 12;

    [BindProperty(SupportsGet = true, Name = "lang")]
    public string? Language { get; set; }

    public IReadOnlyList<LeafletSummary> Available { get; private set; } = [];

    public LeafletView? Leaflet { get; private set; }

    /// <summary>The language asked for, when there is no text in it (cut short: it is echoed on the page).</summary>
    public string? Missing { get; private set; }

    public bool CanManage => me.Can(Permission.LeafletManage);

    public async Task OnGetAsync()
    {
        var ct = HttpContext.RequestAborted;
        Available = await leaflets.ListAsync(ct);
        if (!string.IsNullOrWhiteSpace(Language))
        {
            Leaflet = await leaflets.FindAsync(Language, ct);
            Missing = Leaflet is null ? Language.Trim()[..Math.Min(Language.Trim().Length, ShownCodeLength)] : null;
            return;
        }

        Leaflet = await leaflets.FindAsync(CultureInfo.CurrentUICulture.TwoLetterISOLanguageName, ct)
                  ?? (Available.Count > 0 ? await leaflets.FindAsync(Available[0].Language, ct) : null);
    }
}
