using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using NodaTime;
using OpenNrm.Domain.Access;
using OpenNrm.Domain.Audit;
using OpenNrm.Web.Data;
using OpenNrm.Web.Features.Access;
using OpenNrm.Web.Features.Assistance;
using OpenNrm.Web.Features.Audit;
using OpenNrm.Web.Features.Shared;

namespace OpenNrm.Web.Features.Retention;

public sealed record PlaceHoldInput(string? CaseReference, string? Reason, DateOnly? PlacedOn);

public sealed record LiftHoldInput(DateOnly? LiftedOn, string? Reason);

public sealed record LegalHoldView(Guid Id, string CaseReference, string Reason, DateOnly PlacedOn, DateOnly? LiftedOn, string? LiftReason, bool InForce,
    string Basis);

/// <summary>
/// Places and lifts legal holds. Who may touch which file: the operators of the purge (administrators) any file, by
/// its reference; a centre only the files it supports or supported, and another file is "not found" to it. Checks
/// run in the usual order: the input (400), the file or hold within reach (404), the state (409); the hold and its
/// audit entry are saved together.
/// </summary>
public sealed class LegalHoldService(AppDbContext db, CurrentUser me, AuditLog audit, TimeProvider clock, IStringLocalizer<SharedResource> localizer)
{
    public const int ReasonMin = 10;
    public const int ReasonMax = 500;

    public async Task<SupportResult<LegalHoldView>> PlaceAsync(PlaceHoldInput input, CancellationToken ct)
    {
        var today = LegalCalendar.Today(clock);
        var v = new Validation(localizer)
            .Require(!string.IsNullOrWhiteSpace(input.CaseReference), "caseReference", "This field is required.")
            .Require(input.PlacedOn is not null, "placedOn", "This field is required.")
            .Require(input.PlacedOn is null || LocalDate.FromDateOnly(input.PlacedOn.Value) <= today, "placedOn",
                "A date in the future cannot be recorded as having happened.");
        RequireReason(v, input.Reason, "reason");
        if (!v.IsValid)
        {
            return SupportResults.Invalid<LegalHoldView>(v);
        }

        var reference = input.CaseReference!.Trim();
        var file = await Reachable().Where(c => c.Reference == reference).Select(c => new { c.Id, c.Reference }).FirstOrDefaultAsync(ct);
        if (file is null)
        {
            return SupportResults.NotFound<LegalHoldView>();
        }

        var hold = new LegalHoldRecord(Guid.CreateVersion7(), file.Id, input.Reason!.Trim(), LocalDate.FromDateOnly(input.PlacedOn!.Value), me.UserId!.Value,
            me.OrganisationId ?? Guid.Empty, clock.GetUtcNow());
        db.LegalHolds.Add(hold);
        audit.Record(AuditEventType.LegalHoldPlaced, "Case", file.Id.ToString(), details: $"hold {hold.Id}");
        await db.SaveChangesAsync(ct);
        return SupportResults.Done(View(hold, file.Reference, today));
    }

    public async Task<SupportResult<LegalHoldView>> LiftAsync(Guid id, LiftHoldInput input, CancellationToken ct)
    {
        var today = LegalCalendar.Today(clock);
        var v = new Validation(localizer)
            .Require(input.LiftedOn is not null, "liftedOn", "This field is required.")
            .Require(input.LiftedOn is null || LocalDate.FromDateOnly(input.LiftedOn.Value) <= today, "liftedOn",
                "A date in the future cannot be recorded as having happened.");
        RequireReason(v, input.Reason, "reason");
        if (!v.IsValid)
        {
            return SupportResults.Invalid<LegalHoldView>(v);
        }

        var reachable = Reachable().Select(c => c.Id);
        var hold = await db.LegalHolds.FirstOrDefaultAsync(h => h.Id == id && reachable.Contains(h.CaseId), ct);
        if (hold is null)
        {
            return SupportResults.NotFound<LegalHoldView>();
        }

        var liftedOn = LocalDate.FromDateOnly(input.LiftedOn!.Value);
        if (liftedOn < hold.PlacedOn)
        {
            return SupportResults.Invalid<LegalHoldView>(new Validation(localizer).Require(false, "liftedOn",
                "A hold cannot be lifted before the day it was placed ({0}).", hold.PlacedOn.ToDateOnly().ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture)));
        }

        if (hold.IsLifted)
        {
            return SupportResults.Conflict<LegalHoldView>(localizer["This hold has already been lifted."]);
        }

        hold.Lift(liftedOn, input.Reason!.Trim(), me.UserId!.Value, clock.GetUtcNow());
        audit.Record(AuditEventType.LegalHoldLifted, "Case", hold.CaseId.ToString(), details: $"hold {hold.Id}");
        await db.SaveChangesAsync(ct);
        var reference = await db.Cases.Where(c => c.Id == hold.CaseId).Select(c => c.Reference).FirstAsync(ct);
        return SupportResults.Done(View(hold, reference, today));
    }

    /// <summary>The holds the caller may see, newest first; one file's when a reference is given; lifted ones too with <paramref name="all"/>.</summary>
    public async Task<IReadOnlyList<LegalHoldView>> ListAsync(string? caseReference, bool all, CancellationToken ct)
    {
        var today = LegalCalendar.Today(clock);
        var files = Reachable();
        if (!string.IsNullOrWhiteSpace(caseReference))
        {
            var reference = caseReference.Trim();
            files = files.Where(c => c.Reference == reference);
        }

        var rows = await db.LegalHolds.AsNoTracking()
            .Join(files, h => h.CaseId, c => c.Id, (h, c) => new { Hold = h, c.Reference })
            .Where(x => all || x.Hold.LiftedOn == null || x.Hold.LiftedOn > today)
            .OrderByDescending(x => x.Hold.PlacedAt)
            .Take(SupportLimits.MaxRows)
            .ToListAsync(ct);
        return [.. rows.Select(x => View(x.Hold, x.Reference, today))];
    }

    /// <summary>Whether the caller may see this file's holds at all: the page uses it to tell "not found" from "no holds".</summary>
    public Task<bool> CanReachAsync(string caseReference, CancellationToken ct) =>
        Reachable().AnyAsync(c => c.Reference == caseReference.Trim(), ct);

    /// <summary>
    /// The files the caller may hold. Only ever projected or used as a subquery, so it stays a tracking query: an
    /// AsNoTracking here would spread to the query it is part of and leave the hold to lift untracked.
    /// </summary>
    private IQueryable<Cases.CaseFile> Reachable()
    {
        if (me.Can(Permission.RetentionManage))
        {
            return db.Cases;
        }

        var organisation = me.OrganisationId ?? Guid.Empty;
        return db.Cases.Where(c => db.SupportCases.Any(s => s.CaseId == c.Id && s.CentreId == organisation));
    }

    private static void RequireReason(Validation v, string? reason, string field)
    {
        var stated = reason?.Trim() ?? string.Empty;
        v.Require(stated.Length is >= ReasonMin and <= ReasonMax, field, "Say why, in {0} to {1} characters.", ReasonMin, ReasonMax);
    }

    private static LegalHoldView View(LegalHoldRecord hold, string reference, LocalDate today) =>
        new(hold.Id, reference, hold.Reason, hold.PlacedOn.ToDateOnly(), hold.LiftedOn?.ToDateOnly(), hold.LiftReason, hold.ToDomain().IsActiveOn(today),
            Domain.Assistance.RetentionArticles.LegalHold.Citation);
}
