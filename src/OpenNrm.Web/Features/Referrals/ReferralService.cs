using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using NodaTime;
using OpenNrm.Domain.Access;
using OpenNrm.Domain.Audit;
using OpenNrm.Domain.Detection;
using OpenNrm.Domain.Referral;
using OpenNrm.Web.Data;
using OpenNrm.Web.Features.Access;
using OpenNrm.Web.Features.Audit;
using OpenNrm.Web.Features.Notices;
using OpenNrm.Web.Features.Shared;

namespace OpenNrm.Web.Features.Referrals;

public sealed record SendReferralInput(Guid? SignalId, Guid? PersonId, Guid? CentreId, Guid? MinorsStructureId, string? OverrideReason);

public sealed record IntakeInput(DateTimeOffset? ScheduledFor, IntakeOutcome? Outcome, Guid? TransferredToCentreId);

public sealed record CancelInput(string? Reason);

public enum ReferralOutcomeKind
{
    Done,
    Invalid,
    NotFound,
    Refused,
    Conflict,
}

public sealed record ReferralResult(ReferralOutcomeKind Kind, ReferralView? Referral = null, Validation? Validation = null, string? Refusal = null);

/// <summary>
/// Sends a detected person to a specialised centre and carries the referral through its lifecycle. Only the
/// detecting service sends and cancels; only the addressed centre (or minors' structure) acknowledges and records
/// the intake; everyone else gets "not found". The legal and lifecycle rules are the domain's; each refusal is
/// returned with its explanation and basis.
/// </summary>
public sealed class ReferralService(AppDbContext db, CurrentUser me, AuditLog audit, TimeProvider clock, ReferralViews views,
    IStringLocalizer<SharedResource> localizer)
{
    public async Task<ReferralResult> SendAsync(SendReferralInput input, CancellationToken ct)
    {
        var v = new Validation(localizer)
            .Require(input.SignalId is not null, "signalId", "This field is required.")
            .Require(input.PersonId is not null, "personId", "This field is required.")
            .Require((input.OverrideReason?.Length ?? 0) <= 500, "overrideReason", "This field is limited to {0} characters.", 500);
        if (!v.IsValid)
        {
            return new(ReferralOutcomeKind.Invalid, Validation: v);
        }

        var signal = await db.Signals.Include(s => s.Persons).ThenInclude(p => p.Duties)
            .FirstOrDefaultAsync(s => s.Id == input.SignalId && s.DetectingOrganisationId == me.OrganisationId, ct);
        var person = signal?.Persons.FirstOrDefault(p => p.Id == input.PersonId);
        if (signal is null || person is null)
        {
            return new(ReferralOutcomeKind.NotFound);
        }

        if (await db.Referrals.AnyAsync(r => r.SignalPersonId == person.Id && r.Status != ReferralStatus.Cancelled, ct))
        {
            return new(ReferralOutcomeKind.Conflict, Refusal: localizer["This person has already been referred."]);
        }

        var advice = ReferralRouting.Route(new RoutingFacts(Domain.Geography.BelgianPlaces.Find(signal.PostalCode)?.Region, person.IsMinor,
            person.Languages.Split(',', StringSplitOptions.RemoveEmptyEntries)));
        var centre = advice.Centre.Recommended;
        var structure = advice.MinorsStructure?.Recommended;
        if (input.CentreId is { } centreId)
        {
            var chosen = CentreDirectory.CentreFor(centreId);
            v.Require(chosen is not null && await IsActiveAsync(centreId, OrganisationKind.SpecialisedCentre, ct), "centreId",
                "Referrals go to one of the recognised specialised centres (PAG-ASA, Payoke, Sürya).");
            centre = chosen ?? centre;
        }

        if (input.MinorsStructureId is { } structureId)
        {
            var chosen = CentreDirectory.StructureFor(structureId);
            v.Require(chosen is not null && await IsActiveAsync(structureId, OrganisationKind.MinorsReceptionStructure, ct), "minorsStructureId",
                "Choose one of the reception structures for minors.");
            structure = chosen ?? structure;
        }

        if (!v.IsValid)
        {
            return new(ReferralOutcomeKind.Invalid, Validation: v);
        }

        string? overrideReason = null;
        if (centre != advice.Centre.Recommended || structure != advice.MinorsStructure?.Recommended)
        {
            var decision = ReferralRouting.Override(advice, centre, structure, input.OverrideReason);
            if (!decision.IsAccepted)
            {
                return new(ReferralOutcomeKind.Invalid, Validation: v.Require(false, "overrideReason", decision.Refusal.Explanation + " (" + decision.Refusal.Basis.Citation + ")"));
            }

            overrideReason = input.OverrideReason!.Trim();
        }

        var now = clock.GetUtcNow();
        var state = ReferralLifecycle.Send(Instant.FromDateTimeOffset(now), centre, structure);
        var referral = new Referral(Guid.CreateVersion7(), signal.Id, person.Id, person.CaseId, CentreDirectory.IdOf(centre),
            structure is { } s ? CentreDirectory.IdOf(s) : null, advice.Centre.Recommended, overrideReason, me.UserId!.Value, me.OrganisationId!.Value, state);
        db.Referrals.Add(referral);
        var file = await db.Cases.Include(c => c.Involvements).FirstAsync(c => c.Id == person.CaseId, ct);
        file.Involve(referral.CentreId, now);
        if (referral.MinorsStructureId is { } m)
        {
            file.Involve(m, now);
        }

        person.Duties.FirstOrDefault(d => d.Kind == LegalDutyKind.ReferToSpecialisedCentre)?.MarkDone(me.UserId!.Value, now);
        foreach (var organisation in new[] { referral.CentreId, referral.MinorsStructureId }.OfType<Guid>())
        {
            db.Notices.Add(new Notice(Guid.CreateVersion7(), organisation, null, NoticeKind.ReferralReceived, "Referral", referral.Id, file.Reference,
                null, null, 0, "Received:" + organisation, now));
        }

        audit.Record(AuditEventType.ReferralSent, "Referral", referral.Id.ToString(), details: $"centre={centre} override={overrideReason is not null}");
        await db.SaveChangesAsync(ct);
        return new(ReferralOutcomeKind.Done, await views.ViewAsync(referral, ct));
    }

    public Task<ReferralResult> AcknowledgeAsync(Guid id, CancellationToken ct) =>
        ApplyAsync(id, addressedOnly: true, now => new AcknowledgeReferral(now), AuditEventType.ReferralAcknowledged, (r, _) => { r.Acknowledged(me.UserId!.Value); return Task.CompletedTask; }, ct);

    public async Task<ReferralResult> IntakeAsync(Guid id, IntakeInput input, CancellationToken ct)
    {
        var v = new Validation(localizer)
            .Require(input.ScheduledFor is not null || input.Outcome is not null, "outcome", "Give the time of the intake interview, or its outcome.")
            .Require(input.Outcome is null || Enum.IsDefined(input.Outcome.Value), "outcome", "This field is required.")
            .Require(input.TransferredToCentreId is null || CentreDirectory.CentreFor(input.TransferredToCentreId.Value) is not null, "transferredToCentreId",
                "Referrals go to one of the recognised specialised centres (PAG-ASA, Payoke, Sürya).");
        if (!v.IsValid)
        {
            return new(ReferralOutcomeKind.Invalid, Validation: v);
        }

        var citizenship = await db.Referrals.Where(r => r.Id == id)
            .Join(db.Set<Detection.SignalPerson>(), r => r.SignalPersonId, p => p.Id, (r, p) => (CitizenshipGroup?)p.Citizenship).FirstOrDefaultAsync(ct);
        var transferredTo = input.TransferredToCentreId is { } t ? CentreDirectory.CentreFor(t) : null;
        return input.Outcome is { } outcome
            ? await ApplyAsync(id, addressedOnly: true, now => new RecordIntake(now, outcome, citizenship ?? CitizenshipGroup.ThirdCountry, transferredTo),
                AuditEventType.ReferralIntakeRecorded, (r, c) => ReleaseFromDetentionIfDueAsync(r, outcome, c), ct)
            : await ApplyAsync(id, addressedOnly: true, now => new ScheduleIntake(now, Instant.FromDateTimeOffset(input.ScheduledFor!.Value)),
                AuditEventType.ReferralIntakeScheduled, (_, _) => Task.CompletedTask, ct);
    }

    public async Task<ReferralResult> CancelAsync(Guid id, CancelInput input, CancellationToken ct)
    {
        var v = new Validation(localizer).Require((input.Reason?.Length ?? 0) <= 500, "reason", "This field is limited to {0} characters.", 500);
        return v.IsValid
            ? await ApplyAsync(id, addressedOnly: false, now => new CancelReferral(now, input.Reason?.Trim()), AuditEventType.ReferralCancelled, (_, _) => Task.CompletedTask, ct)
            : new(ReferralOutcomeKind.Invalid, Validation: v);
    }

    public async Task<ReferralView?> ReadAsync(Guid id, CancellationToken ct)
    {
        var organisation = me.OrganisationId;
        var referral = await db.Referrals.AsNoTracking()
            .FirstOrDefaultAsync(r => r.Id == id && (r.CentreId == organisation || r.MinorsStructureId == organisation || r.SentByOrganisation == organisation), ct);
        if (referral is null)
        {
            return null;
        }

        audit.Record(AuditEventType.ReferralViewed, "Referral", id.ToString());
        await db.SaveChangesAsync(ct);
        return await views.ViewAsync(referral, ct);
    }

    private async Task<ReferralResult> ApplyAsync(Guid id, bool addressedOnly, Func<Instant, ReferralAction> action, AuditEventType type, Func<Referral, CancellationToken, Task> after,
        CancellationToken ct)
    {
        var organisation = me.OrganisationId;
        var referral = await db.Referrals.FirstOrDefaultAsync(r => r.Id == id
            && (addressedOnly ? r.CentreId == organisation || r.MinorsStructureId == organisation : r.SentByOrganisation == organisation), ct);
        if (referral is null)
        {
            return new(ReferralOutcomeKind.NotFound);
        }

        var outcome = ReferralLifecycle.Apply(referral.State(), action(Instant.FromDateTimeOffset(clock.GetUtcNow())));
        if (!outcome.IsAccepted)
        {
            return new(ReferralOutcomeKind.Refused, Refusal: localizer[outcome.Refusal.Explanation] + " (" + outcome.Refusal.Basis.Citation + ")");
        }

        referral.Keep(outcome.Value);
        await after(referral, ct);
        audit.Record(type, "Referral", referral.Id.ToString(), details: referral.Status.ToString());
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateConcurrencyException)
        {
            return new(ReferralOutcomeKind.Conflict, Refusal: localizer["Someone else changed this referral at the same moment; reload and try again."]);
        }

        return new(ReferralOutcomeKind.Done, await views.ViewAsync(referral, ct));
    }

    /// <summary>
    /// A centre's finding that a person detected in detention may be a victim gives the detecting service (the
    /// Immigration Office's return unit) the duty to release and transfer them; it is told by a notice.
    /// </summary>
    private async Task ReleaseFromDetentionIfDueAsync(Referral referral, IntakeOutcome outcome, CancellationToken ct)
    {
        var signal = await db.Signals.Include(s => s.Persons).ThenInclude(p => p.Duties).FirstAsync(s => s.Id == referral.SignalId, ct);
        var person = signal.Persons.First(p => p.Id == referral.SignalPersonId);
        if (DetentionDuties.AfterCentreAssessment(signal.Context, outcome) is not { } duty || person.Duties.Any(d => d.Kind == duty.Kind))
        {
            return;
        }

        var added = new Detection.SignalDuty(Guid.CreateVersion7(), person.Id, duty.Kind, duty.Basis.Citation);
        person.Add(added);
        db.Add(added);
        var reference = await db.Cases.Where(c => c.Id == referral.CaseId).Select(c => c.Reference).FirstAsync(ct);
        db.Notices.Add(new Notice(Guid.CreateVersion7(), signal.DetectingOrganisationId, signal.OfficerId, NoticeKind.ReleaseRequired, "Signal", signal.Id, reference,
            null, null, 0, "Release:" + person.Id, clock.GetUtcNow()));
    }

    private Task<bool> IsActiveAsync(Guid id, OrganisationKind kind, CancellationToken ct) =>
        db.Organisations.AnyAsync(o => o.Id == id && o.Kind == kind && o.IsActive, ct);
}
