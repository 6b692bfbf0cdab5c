using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using NodaTime;
using OpenNrm.Domain.Access;
using OpenNrm.Domain.Assistance;
using OpenNrm.Domain.Audit;
using OpenNrm.Web.Data;
using OpenNrm.Web.Features.Access;
using OpenNrm.Web.Features.Audit;
using OpenNrm.Web.Features.Shared;

namespace OpenNrm.Web.Features.Assistance;

public sealed record DisclosureInput(ConsentPurpose? Purpose, Guid? RecipientId, bool? IncludesHealthData);

public sealed record DisclosureView(Guid Id, Guid SupportCaseId, ConsentPurpose Purpose, Guid RecipientId, string RecipientName, DateTimeOffset DisclosedAt,
    int ConsentVersion);

/// <summary>
/// Records that the centre passed information to another organisation. Professional secrecy: only with the
/// victim's consent for that purpose in force now (and explicitly covering health data when it is included). Order
/// of checks: the input (400), the support case (404), its state (409), the consent (422 with its basis).
/// </summary>
public sealed class DisclosureService(AppDbContext db, CurrentUser me, SupportAccess access, AuditLog audit, TimeProvider clock,
    IStringLocalizer<SharedResource> localizer)
{
    /// <summary>
    /// What this support case passed on, newest first, for a reader who may already see the case (the caller has
    /// read it through <see cref="SupportAccess"/>, which audits the opening): recipients' names, purposes, dates.
    /// </summary>
    public async Task<IReadOnlyList<DisclosureView>> ListAsync(Guid supportCaseId, CancellationToken ct) =>
        await db.SupportDisclosures.AsNoTracking().Where(d => d.SupportCaseId == supportCaseId)
            .Join(db.Organisations, d => d.RecipientOrganisationId, o => o.Id, (d, o) => new { d, o.Name })
            .OrderByDescending(x => x.d.DisclosedAt)
            .Select(x => new DisclosureView(x.d.Id, x.d.SupportCaseId, x.d.Purpose, x.d.RecipientOrganisationId, x.Name, x.d.DisclosedAt, x.d.ConsentVersion))
            .ToListAsync(ct);

    /// <summary>The organisations a centre may record a disclosure to: active, not its own, not the system's administration.</summary>
    public async Task<IReadOnlyList<CentreChoice>> RecipientsAsync(CancellationToken ct)
    {
        var own = me.OrganisationId ?? Guid.Empty;
        return await db.Organisations.AsNoTracking().Where(o => o.IsActive && o.Id != own && o.Kind != OrganisationKind.SystemAdministration)
            .OrderBy(o => o.Name).Select(o => new CentreChoice(o.Id, o.Name)).ToListAsync(ct);
    }

    public async Task<SupportResult<DisclosureView>> RecordAsync(Guid id, DisclosureInput input, CancellationToken ct)
    {
        var own = me.OrganisationId ?? Guid.Empty;
        var recipient = input.RecipientId is { } r
            ? await db.Organisations.AsNoTracking().FirstOrDefaultAsync(o => o.Id == r && o.IsActive && o.Kind != OrganisationKind.SystemAdministration, ct)
            : null;
        var v = new Validation(localizer)
            .Require(input.Purpose is { } p && Enum.IsDefined(p), "purpose", "This field is required.")
            .Require(input.Purpose != ConsentPurpose.TransferToOtherCentre, "purpose", "A transfer to another centre is recorded with the transfer itself.")
            .Require(recipient is not null && recipient.Id != own, "recipientId", "Choose an organisation of the referral mechanism other than your own.");
        if (!v.IsValid)
        {
            return SupportResults.Invalid<DisclosureView>(v);
        }

        var support = await access.FindAsync(id, ct, tracked: false);
        if (support is null)
        {
            return SupportResults.NotFound<DisclosureView>();
        }

        if (!support.IsOpen)
        {
            return SupportResults.Conflict<DisclosureView>(localizer["This support case is closed: its record no longer changes."]);
        }

        var now = clock.GetUtcNow();
        var consents = await db.SupportConsents.AsNoTracking().Where(c => c.SupportCaseId == support.Id).ToListAsync(ct);
        var decision = ConsentRules.Allows([.. consents.Select(c => c.ToDomain())], input.Purpose!.Value, Instant.FromDateTimeOffset(now),
            input.IncludesHealthData == true ? DataSensitivity.IncludesHealthData : DataSensitivity.Ordinary);
        if (!decision.IsAllowed)
        {
            return SupportResults.Refused<DisclosureView>(decision.Refusal);
        }

        var entry = new DisclosureEntry(Guid.CreateVersion7(), support.Id, input.Purpose.Value, recipient!.Id, now, decision.Governing!.Version, me.UserId!.Value);
        db.SupportDisclosures.Add(entry);
        audit.Record(AuditEventType.SupportDisclosureRecorded, "SupportCase", support.Id.ToString(),
            details: $"disclosure {entry.Id} to organisation {recipient.Id} for {entry.Purpose} under consent v{entry.ConsentVersion}; health data={input.IncludesHealthData == true}");
        await db.SaveChangesAsync(ct);
        return SupportResults.Done(new DisclosureView(entry.Id, support.Id, entry.Purpose, recipient.Id, recipient.Name, entry.DisclosedAt, entry.ConsentVersion));
    }
}
