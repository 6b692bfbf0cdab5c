using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using OpenNrm.Domain.Access;
using OpenNrm.Web.Data;
using OpenNrm.Web.Features.Access;

namespace OpenNrm.Web.Features.Leaflet;

public sealed record LeafletRow(LeafletSummary Leaflet, string? UpdatedByName);

/// <summary>The leaflet's languages for the administrator: which version is in force and who saved it last.</summary>
[RequirePermission(Permission.LeafletManage)]
public sealed class LeafletManageModel(LeafletService leaflets, AppDbContext db) : PageModel
{
    public IReadOnlyList<LeafletRow> Rows { get; private set; } = [];

    public async Task OnGetAsync()
    {
        var ct = HttpContext.RequestAborted;
        var all = await leaflets.ListAsync(ct);
        var editors = all.Select(l => l.UpdatedBy).OfType<Guid>().Distinct().ToList();
        var names = await db.Users.AsNoTracking().Where(u => editors.Contains(u.Id)).ToDictionaryAsync(u => u.Id, u => u.DisplayName, ct);
        Rows = all.Select(l => new LeafletRow(l, l.UpdatedBy is { } by && names.TryGetValue(by, out var name) ? name : null)).ToList();
    }
}
