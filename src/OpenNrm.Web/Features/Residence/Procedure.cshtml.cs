using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using NodaTime;
using OpenNrm.Domain.Access;
using OpenNrm.Domain.Residence;
using OpenNrm.Web.Data;
using OpenNrm.Web.Features.Access;
using OpenNrm.Web.Features.Shared;

namespace OpenNrm.Web.Features.Residence;

public sealed record DocumentBar(DocumentType Type, DateOnly From, DateOnly? Until, double X, double Width);

/// <summary>The procedure's timeline, its state as of any date, its next steps with their conditions, and the event form.</summary>
[RequirePermission(Permission.ProceduresRead)]
public sealed class ProcedurePageModel(ResidenceService residence, AppDbContext db, CurrentUser me, TimeProvider clock) : PageModel
{
    private Dictionary<Guid, string> _organisations = [];

    [BindProperty(SupportsGet = true)]
    public Guid Id { get; set; }

    [BindProperty(SupportsGet = true)]
    public DateOnly? AsOf { get; set; }

    [BindProperty]
    public ProcedureEventInput Input { get; set; } = new(null, null);

    public ProcedureView? View { get; private set; }

    public IReadOnlyList<DocumentBar> Bars { get; private set; } = [];

    public string? Message { get; private set; }

    public bool CanRecord => me.Can(Permission.ProcedureEventsRecord);

    public DateOnly Today => LegalCalendar.Today(clock).ToDateOnly();

    public string OrganisationName(Guid id) => _organisations.GetValueOrDefault(id, "—");

    public async Task<IActionResult> OnGetAsync() => await LoadAsync() ? Page() : NotFound();

    public async Task<IActionResult> OnPostAsync()
    {
        if (!CanRecord)
        {
            return Forbid();
        }

        var outcome = await residence.RecordAsync(Id, Input, HttpContext.RequestAborted);
        Message = outcome.Message();
        if (outcome.Kind == OutcomeKind.Done)
        {
            return Redirect($"/Residence/Procedure?id={Id}");
        }

        AsOf = null;
        return await LoadAsync() ? Page() : NotFound();
    }

    private async Task<bool> LoadAsync()
    {
        View = await residence.ReadAsync(Id, AsOf is { } d ? LocalDate.FromDateOnly(d) : null, purpose: null, HttpContext.RequestAborted);
        if (View is null)
        {
            return false;
        }

        var ids = View.Events.Select(e => e.RecordedByOrganisation).Append(View.CentreId).Distinct().ToList();
        _organisations = await db.Organisations.AsNoTracking().Where(o => ids.Contains(o.Id)).ToDictionaryAsync(o => o.Id, o => o.Name);
        Bars = DocumentBars(View);
        return true;
    }

    /// <summary>Bars on a time axis from the opening to the later of the last expiry and the evaluation date.</summary>
    private static List<DocumentBar> DocumentBars(ProcedureView view)
    {
        if (view.Documents.Count == 0)
        {
            return [];
        }

        var start = view.OpenedOn.DayNumber;
        var end = Math.Max(view.Documents.Max(d => (d.ValidUntil ?? d.ValidFrom.AddMonths(6)).DayNumber), view.Evaluation.AsOf.DayNumber) + 1;
        var scale = 990.0 / Math.Max(1, end - start);
        return view.Documents.Select(d => new DocumentBar(d.Type, d.ValidFrom, d.ValidUntil, 5 + (d.ValidFrom.DayNumber - start) * scale,
            Math.Max(4, ((d.ValidUntil?.DayNumber ?? end) - d.ValidFrom.DayNumber + 1) * scale))).ToList();
    }
}
