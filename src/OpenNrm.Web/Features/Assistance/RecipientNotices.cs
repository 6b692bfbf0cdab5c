using Microsoft.EntityFrameworkCore;
using NodaTime;
using OpenNrm.Domain.Assistance;
using OpenNrm.Domain.Audit;
using OpenNrm.Web.Data;
using OpenNrm.Web.Features.Audit;
using OpenNrm.Web.Features.Notices;

namespace OpenNrm.Web.Features.Assistance;

/// <summary>
/// Tells other organisations, in the same transaction as the change: every organisation that received information
/// under a consent the victim withdrew (<see cref="ConsentRules.RecipientsToNotify"/>), and a centre that a support
/// case is transferred to. A notice names the file by its reference, never the person, and is audited.
/// </summary>
public sealed class RecipientNotices(AppDbContext db, AuditLog audit)
{
    /// <summary>After <paramref name="withdrawn"/> was marked withdrawn (not yet saved): one notice per organisation that received information under its purpose.</summary>
    public async Task<int> WithdrawalAsync(SupportCase support, ConsentEntry withdrawn, CancellationToken ct)
    {
        // Tracked, so the withdrawal just recorded in memory is part of what the rule reads.
        var consents = await db.SupportConsents.Where(c => c.SupportCaseId == support.Id).ToListAsync(ct);
        var disclosures = await db.SupportDisclosures.AsNoTracking().Where(d => d.SupportCaseId == support.Id && d.Purpose == withdrawn.Purpose).ToListAsync(ct);
        var at = withdrawn.RevokedAt!.Value;
        var recipients = ConsentRules.RecipientsToNotify([.. consents.Select(c => c.ToDomain())], [.. disclosures.Select(d => d.ToDomain())],
                Instant.FromDateTimeOffset(at))
            .Where(n => n.Purpose == withdrawn.Purpose)
            .ToList();
        if (recipients.Count == 0)
        {
            return 0;
        }

        var reference = await db.Cases.Where(c => c.Id == support.CaseId).Select(c => c.Reference).FirstAsync(ct);
        foreach (var recipient in recipients)
        {
            var organisation = Guid.Parse(recipient.RecipientOrganisation);
            db.Notices.Add(new Notice(Guid.CreateVersion7(), organisation, null, NoticeKind.ConsentWithdrawn, "Case", support.CaseId, reference, null, null, 0,
                $"consent-withdrawn:{withdrawn.Id:N}:{organisation:N}", at, recipient.Purpose));
            audit.Record(AuditEventType.SupportConsentRecipientNotified, "SupportCase", support.Id.ToString(),
                details: $"organisation {organisation} told of the withdrawal of consent {withdrawn.Id} ({recipient.Purpose} v{withdrawn.ConsentVersion}); "
                         + $"{recipient.Disclosures.Count} disclosures; {recipient.Basis.Citation}");
        }

        return recipients.Count;
    }

    /// <summary>
    /// A transfer passes the file to the next centre under the victim's consent: it is recorded as a disclosure (a later
    /// withdrawal must reach that centre) and the centre is told the support now waits for it.
    /// </summary>
    public void Transferred(SupportCase from, SupportCase next, string reference, int consentVersion, Guid by, DateTimeOffset at)
    {
        db.SupportDisclosures.Add(new DisclosureEntry(Guid.CreateVersion7(), from.Id, ConsentPurpose.TransferToOtherCentre, next.CentreId, at, consentVersion, by));
        db.Notices.Add(new Notice(Guid.CreateVersion7(), next.CentreId, null, NoticeKind.SupportTransferred, "SupportCase", next.Id, reference, null, null, 0,
            "support-transferred", at));
        audit.Record(AuditEventType.SupportTransferNotified, "SupportCase", next.Id.ToString(), details: $"centre {next.CentreId} told of the transfer from {from.Id}");
    }
}
