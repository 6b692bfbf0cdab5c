using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using NodaTime;
using OpenNrm.Domain.Assistance;
using OpenNrm.Domain.Audit;
using OpenNrm.Web.Data;
using OpenNrm.Web.Features.Access;
using OpenNrm.Web.Features.Audit;
using OpenNrm.Web.Features.Shared;

namespace OpenNrm.Web.Features.Assistance;

/// <summary>
/// The victim's consents, per purpose. A new consent for a purpose is its next version; a withdrawal is recorded at
/// the moment it is received and takes effect at once, also on a closed support case: the victim may withdraw at
/// any time (GDPR art. 7(3)).
/// </summary>
public sealed class ConsentService(AppDbContext db, CurrentUser me, SupportAccess access, SupportViews views, AuditLog audit, TimeProvider clock,
    IStringLocalizer<SharedResource> localizer, RecipientNotices recipients)
{
    public async Task<SupportResult<SupportCaseView>> GiveAsync(Guid id, ConsentInput input, CancellationToken ct)
    {
        var now = clock.GetUtcNow();
        var v = new Validation(localizer)
            .Require(input.Purpose is { } p && Enum.IsDefined(p), "purpose", "This field is required.")
            .Require(input.CoversHealthData is not null, "coversHealthData", "This field is required.");
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
            return SupportResults.Conflict<SupportCaseView>(localizer["This support case is closed: its record no longer changes."]);
        }

        var purpose = input.Purpose!.Value;
        var latest = await db.SupportConsents.Where(c => c.SupportCaseId == support.Id && c.Purpose == purpose)
            .MaxAsync(c => (int?)c.ConsentVersion, ct) ?? 0;
        var given = ConsentRules.Give(purpose, latest + 1, Instant.FromDateTimeOffset(now),
            input.ExpiresAt is { } e ? Instant.FromDateTimeOffset(e) : null, input.CoversHealthData!.Value);
        if (!given.IsAccepted)
        {
            return SupportResults.Refused<SupportCaseView>(given.Refusal);
        }

        var entry = new ConsentEntry(Guid.CreateVersion7(), support.Id, given.Value, me.UserId!.Value);
        db.SupportConsents.Add(entry);
        audit.Record(AuditEventType.SupportConsentGiven, "SupportCase", support.Id.ToString(),
            details: $"consent {entry.Id} {purpose} v{entry.ConsentVersion} health={entry.CoversHealthData}");
        return await SaveAsync(support, ct);
    }

    public async Task<SupportResult<SupportCaseView>> RevokeAsync(Guid id, Guid consentId, CancellationToken ct)
    {
        var support = await access.FindAsync(id, ct);
        var entry = support is null ? null : await db.SupportConsents.FirstOrDefaultAsync(c => c.Id == consentId && c.SupportCaseId == support.Id, ct);
        if (support is null || entry is null)
        {
            return SupportResults.NotFound<SupportCaseView>();
        }

        var revoked = ConsentRules.Revoke(entry.ToDomain(), Instant.FromDateTimeOffset(clock.GetUtcNow()));
        if (!revoked.IsAccepted)
        {
            return SupportResults.Refused<SupportCaseView>(revoked.Refusal);
        }

        entry.Revoked(revoked.Value, me.UserId!.Value);
        audit.Record(AuditEventType.SupportConsentRevoked, "SupportCase", support.Id.ToString(),
            details: $"consent {entry.Id} {entry.Purpose} v{entry.ConsentVersion}");
        // Every organisation that received information under it is told at once, in the same transaction.
        await recipients.WithdrawalAsync(support, entry, ct);
        return await SaveAsync(support, ct);
    }

    private async Task<SupportResult<SupportCaseView>> SaveAsync(SupportCase support, CancellationToken ct)
    {
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException)
        {
            // Two consents for the same purpose at the same moment, or a withdrawal recorded twice at once.
            return SupportResults.Conflict<SupportCaseView>(localizer["Someone else changed this record in the meantime. Reload it and apply your change again."]);
        }

        return SupportResults.Done<SupportCaseView>(await views.ViewAsync(support, ct));
    }
}
