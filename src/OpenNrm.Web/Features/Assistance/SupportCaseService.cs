using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using NodaTime;
using OpenNrm.Domain.Access;
using OpenNrm.Domain.Assistance;
using OpenNrm.Domain.Audit;
using OpenNrm.Web.Data;
using OpenNrm.Web.Features.Access;
using OpenNrm.Web.Features.Audit;
using OpenNrm.Web.Features.Referrals;
using OpenNrm.Web.Features.Shared;

namespace OpenNrm.Web.Features.Assistance;

/// <summary>
/// Opens, reads, closes and transfers a centre's support of a victim. Order of checks: the input (400), the
/// support case or file within the caller's need-to-know (404), the caller's competence (403), then the domain's
/// rules (422 with the unmet condition and its basis). The change and its audit entry are saved together.
/// </summary>
public sealed class SupportCaseService(AppDbContext db, CurrentUser me, SupportAccess access, SupportViews views, AuditLog audit, TimeProvider clock,
    IStringLocalizer<SharedResource> localizer, RecipientNotices recipients)
{
    public async Task<SupportResult<SupportCaseView>> OpenAsync(OpenSupportInput input, CancellationToken ct)
    {
        var today = LegalCalendar.Today(clock);
        var v = new Validation(localizer)
            .Require(input.CaseId is not null, "caseId", "This field is required.")
            .Require(input.OpenedOn is not null, "openedOn", "This field is required.")
            .Require(input.OpenedOn is null || LocalDate.FromDateOnly(input.OpenedOn.Value) <= today, "openedOn",
                "A date in the future cannot be recorded as having happened.");
        if (!v.IsValid)
        {
            return SupportResults.Invalid<SupportCaseView>(v);
        }

        var file = await db.Cases.Include(c => c.Involvements).FirstOrDefaultAsync(c => c.Id == input.CaseId, ct);
        if (file is null || me.OrganisationId is not { } organisation || !file.Involves(organisation))
        {
            return SupportResults.NotFound<SupportCaseView>();
        }

        if (!await IsCentreAsync(organisation, ct))
        {
            return SupportResults.NotCompetent<SupportCaseView>(localizer["Only a recognised specialised centre gives victims long-term support ({0}).",
                AssistanceArticles.Assistance.Citation]);
        }

        if (await db.SupportCases.AnyAsync(s => s.OpenForCaseId == file.Id, ct))
        {
            return SupportResults.Conflict<SupportCaseView>(localizer["This file already has an open support case."]);
        }

        var support = new SupportCase(Guid.CreateVersion7(), file.Id, organisation, LocalDate.FromDateOnly(input.OpenedOn!.Value), me.UserId!.Value,
            clock.GetUtcNow());
        db.SupportCases.Add(support);
        audit.Record(AuditEventType.SupportCaseOpened, "SupportCase", support.Id.ToString(), details: "case " + file.Id);
        return await SaveAsync(support, ct);
    }

    public async Task<SupportCaseView?> ReadAsync(Guid id, string? purpose, CancellationToken ct)
    {
        var support = await access.FindAsync(id, ct, tracked: false);
        if (support is null)
        {
            return null;
        }

        audit.Record(AuditEventType.SupportCaseViewed, "SupportCase", id.ToString(), purpose: AuditLog.Purpose(purpose));
        await db.SaveChangesAsync(ct);
        return await views.ViewAsync(support, ct);
    }

    public async Task<SupportResult<SupportCaseView>> CloseAsync(Guid id, CloseSupportInput input, CancellationToken ct)
    {
        var v = new Validation(localizer)
            .Require(input.ClosedOn is not null, "closedOn", "This field is required.")
            .Require(input.ClosedOn is null || LocalDate.FromDateOnly(input.ClosedOn.Value) <= LegalCalendar.Today(clock), "closedOn",
                "A date in the future cannot be recorded as having happened.")
            .Require(input.Reason is { } r && Enum.IsDefined(r), "reason", "This field is required.")
            .Require(input.Reason != ClosureReason.TransferredToOtherCentre, "reason",
                "A transfer to another centre is recorded with the transfer, which opens the support there.")
            .Require((input.Explanation?.Length ?? 0) <= SupportLimits.ClosureExplanation, "explanation", "This field is limited to {0} characters.",
                SupportLimits.ClosureExplanation);
        if (!v.IsValid)
        {
            return SupportResults.Invalid<SupportCaseView>(v);
        }

        var support = await access.FindAsync(id, ct);
        if (support is null)
        {
            return SupportResults.NotFound<SupportCaseView>();
        }

        if (!support.IsOpen)
        {
            return Closed();
        }

        var closure = SupportClosureRules.Close(support.OpenedOn, LocalDate.FromDateOnly(input.ClosedOn!.Value), input.Reason!.Value, input.Explanation);
        if (!closure.IsAccepted)
        {
            return SupportResults.Refused<SupportCaseView>(closure.Refusal);
        }

        support.Close(closure.Value, me.UserId!.Value);
        audit.Record(AuditEventType.SupportCaseClosed, "SupportCase", support.Id.ToString(), details: closure.Value.Reason.ToString());
        return await SaveAsync(support, ct);
    }

    /// <summary>
    /// Passes the support to another recognised centre: only with the victim's consent to the transfer in force now
    /// (professional secrecy), closing the support here and opening its continuation there on the same day.
    /// </summary>
    public async Task<SupportResult<SupportCaseView>> TransferAsync(Guid id, TransferSupportInput input, CancellationToken ct)
    {
        var v = new Validation(localizer)
            .Require(input.On is not null, "on", "This field is required.")
            .Require(input.On is null || LocalDate.FromDateOnly(input.On.Value) <= LegalCalendar.Today(clock), "on",
                "A date in the future cannot be recorded as having happened.")
            .Require(input.CentreId is { } c && CentreDirectory.CentreFor(c) is not null && await IsCentreAsync(c, ct), "centreId",
                "Choose one of the recognised specialised centres (PAG-ASA, Payoke, Sürya).")
            .Require(input.CentreId != me.OrganisationId, "centreId", "Choose another centre than your own.");
        if (!v.IsValid)
        {
            return SupportResults.Invalid<SupportCaseView>(v);
        }

        var support = await access.FindAsync(id, ct);
        if (support is null)
        {
            return SupportResults.NotFound<SupportCaseView>();
        }

        if (!support.IsOpen)
        {
            return Closed();
        }

        var now = clock.GetUtcNow();
        var consents = await db.SupportConsents.AsNoTracking().Where(c => c.SupportCaseId == support.Id).ToListAsync(ct);
        var consent = ConsentRules.Allows([.. consents.Select(c => c.ToDomain())], ConsentPurpose.TransferToOtherCentre, Instant.FromDateTimeOffset(now));
        if (!consent.IsAllowed)
        {
            return SupportResults.Refused<SupportCaseView>(consent.Refusal);
        }

        var on = LocalDate.FromDateOnly(input.On!.Value);
        var closure = SupportClosureRules.Close(support.OpenedOn, on, ClosureReason.TransferredToOtherCentre, null);
        if (!closure.IsAccepted)
        {
            return SupportResults.Refused<SupportCaseView>(closure.Refusal);
        }

        var centre = input.CentreId!.Value;
        var next = new SupportCase(Guid.CreateVersion7(), support.CaseId, centre, on, me.UserId!.Value, now, previousId: support.Id);
        support.Close(closure.Value, me.UserId!.Value);
        support.ContinuedBy(next.Id);
        db.SupportCases.Add(next);
        var file = await db.Cases.Include(c => c.Involvements).FirstAsync(c => c.Id == support.CaseId, ct);
        file.Involve(centre, now);
        audit.Record(AuditEventType.SupportCaseTransferred, "SupportCase", support.Id.ToString(),
            details: $"to centre {centre}, continued as {next.Id}, consent version {consent.Governing!.Version}");
        recipients.Transferred(support, next, file.Reference, consent.Governing.Version, me.UserId!.Value, now);
        return await SaveAsync(support, ct);
    }

    public async Task<SupportResult<SupportCaseView>> AppointLawyerAsync(Guid id, LawyerInput input, CancellationToken ct)
    {
        var v = new Validation(localizer)
            .Require(input.AppointedOn is not null, "appointedOn", "This field is required.")
            .Require(input.AppointedOn is null || LocalDate.FromDateOnly(input.AppointedOn.Value) <= LegalCalendar.Today(clock), "appointedOn",
                "A date in the future cannot be recorded as having happened.");
        if (!v.IsValid)
        {
            return SupportResults.Invalid<SupportCaseView>(v);
        }

        var support = await access.FindAsync(id, ct);
        if (support is null)
        {
            return SupportResults.NotFound<SupportCaseView>();
        }

        if (!support.IsOpen)
        {
            return Closed();
        }

        support.LawyerAppointed(LocalDate.FromDateOnly(input.AppointedOn!.Value));
        audit.Record(AuditEventType.SupportLawyerAppointed, "SupportCase", support.Id.ToString(), details: input.AppointedOn.Value.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        return await SaveAsync(support, ct);
    }

    private SupportResult<SupportCaseView> Closed() =>
        SupportResults.Conflict<SupportCaseView>(localizer["This support case is closed: its record no longer changes."]);

    private async Task<SupportResult<SupportCaseView>> SaveAsync(SupportCase support, CancellationToken ct)
    {
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException)
        {
            // A concurrent change of the same case, or another open support of the file saved first.
            return SupportResults.Conflict<SupportCaseView>(localizer["Someone else changed this record in the meantime. Reload it and apply your change again."]);
        }

        return SupportResults.Done<SupportCaseView>(await views.ViewAsync(support, ct));
    }

    private Task<bool> IsCentreAsync(Guid organisation, CancellationToken ct) =>
        db.Organisations.AnyAsync(o => o.Id == organisation && o.Kind == OrganisationKind.SpecialisedCentre && o.IsActive, ct);
}
