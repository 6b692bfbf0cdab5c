using System.Globalization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using NodaTime;
using OpenNrm.Domain.Access;
using OpenNrm.Domain.Proceedings;
using OpenNrm.Web.Features.Access;
using OpenNrm.Web.Features.Shared;

namespace OpenNrm.Web.Features.Proceedings;

/// <summary>
/// One case: its status history, magistrates and victims, and for its office the forms to record an act, reassign
/// the case and link or update a victim. An organisation working on a linked file sees the status and that file only.
/// </summary>
[RequirePermission(Permission.ProceedingsRead)]
public sealed class ProceedingsDetailModel(ProceedingsQueries queries, ProceedingsService service, OfficeStaff staff, CurrentUser me, TimeProvider clock,
    IStringLocalizer<SharedResource> localizer) : PageModel
{
    [BindProperty(SupportsGet = true)] public Guid Id { get; set; }

    [BindProperty(SupportsGet = true)] public DateOnly? AsOf { get; set; }

    [BindProperty] public ProceedingsEventInput Act { get; set; } = new(null, null);

    [BindProperty] public Guid? MagistrateId { get; set; }

    [BindProperty] public DateOnly? From { get; set; }

    [BindProperty] public string? FileReference { get; set; }

    [BindProperty] public Guid CaseId { get; set; }

    [BindProperty] public List<VictimRoles> Roles { get; set; } = [];

    /// <summary>Amounts in euros as typed ("1250", "1250.50" or "1250,50"): read here, sent to the service in cents.</summary>
    [BindProperty] public string? Claimed { get; set; }

    [BindProperty] public string? Awarded { get; set; }

    [BindProperty] public string? Paid { get; set; }

    [BindProperty] public int Version { get; set; }

    public ProceedingsView? Full { get; private set; }

    public ProceedingsStatusView? StatusOnly { get; private set; }

    public IReadOnlyList<StaffMember> Prosecutors { get; private set; } = [];

    public string? Message { get; private set; }

    public bool CanManage => Full is not null && me.Can(Permission.ProceedingsManage);

    public DateOnly Today => LegalCalendar.Today(clock).ToDateOnly();

    public static string Euros(long cents) => (cents / 100m).ToString("N2", CultureInfo.CurrentCulture) + " €";

    public static string EurosForInput(long cents) => (cents / 100m).ToString("0.00", CultureInfo.InvariantCulture);

    public async Task<IActionResult> OnGetAsync() => await LoadAsync() ? Page() : NotFound();

    public Task<IActionResult> OnPostActAsync() =>
        ApplyAsync(() => service.RecordAsync(Id, Act, HttpContext.RequestAborted));

    public Task<IActionResult> OnPostMagistrateAsync() =>
        ApplyAsync(() => service.AssignMagistrateAsync(Id, new AssignMagistrateInput(MagistrateId, From), HttpContext.RequestAborted));

    public Task<IActionResult> OnPostVictimAsync() =>
        ApplyAsync(async () => await queries.FindOwnFileAsync(FileReference, HttpContext.RequestAborted) is { } file
            ? await service.LinkVictimAsync(Id, new LinkVictimInput(file, Roles), HttpContext.RequestAborted)
            : ProceedingsOutcome.Invalid(new Validation(localizer).Require(false, "fileReference", "No file your office works on has this reference.")));

    public Task<IActionResult> OnPostDamagesAsync()
    {
        var v = new Validation(localizer);
        var (claimed, awarded, paid) = (Cents(Claimed, "claimed", v), Cents(Awarded, "awarded", v), Cents(Paid, "paid", v));
        return ApplyAsync(async () => v.IsValid
            ? await service.ChangeVictimAsync(Id, CaseId, new VictimLinkInput(Roles, claimed, awarded, paid, Version), HttpContext.RequestAborted)
            : ProceedingsOutcome.Invalid(v));
    }

    private async Task<IActionResult> ApplyAsync(Func<Task<ProceedingsOutcome>> command)
    {
        if (!me.Can(Permission.ProceedingsManage))
        {
            return Forbid();
        }

        var outcome = await command();
        if (outcome.Kind == ProceedingsOutcomeKind.Done)
        {
            return Redirect($"/Proceedings/Detail?id={Id}");
        }

        Message = outcome.Message();
        AsOf = null;
        return await LoadAsync() ? Page() : NotFound();
    }

    private async Task<bool> LoadAsync()
    {
        var outcome = await queries.ReadAsync(Id, AsOf is { } d ? LocalDate.FromDateOnly(d) : null, purpose: null, HttpContext.RequestAborted);
        if (outcome.Kind == ProceedingsOutcomeKind.Invalid)
        {
            Message = outcome.Message();
            AsOf = null;
            outcome = await queries.ReadAsync(Id, null, purpose: null, HttpContext.RequestAborted);
        }

        (Full, StatusOnly) = (outcome.Proceedings, outcome.StatusOnly);
        if (Full is not null && me.Can(Permission.ProceedingsManage))
        {
            Prosecutors = await staff.ProsecutorsAsync(Full.OfficeId, HttpContext.RequestAborted);
        }

        return Full is not null || StatusOnly is not null;
    }

    /// <summary>Euros as typed, in cents; a sign is kept so that the register, not the form, refuses a negative amount with its article.</summary>
    private static long? Cents(string? euros, string field, Validation v)
    {
        var text = (euros ?? string.Empty).Trim().Replace(" ", string.Empty, StringComparison.Ordinal).Replace(',', '.');
        if (text.Length == 0)
        {
            return 0;
        }

        var ok = decimal.TryParse(text, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var amount)
                 && Math.Abs(amount) < 1_000_000_000m;
        v.Require(ok, field, "Give an amount in euros, for example 1250.50.");
        return ok ? (long)Math.Round(amount * 100m, MidpointRounding.AwayFromZero) : null;
    }
}
