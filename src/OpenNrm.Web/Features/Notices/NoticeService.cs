using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using OpenNrm.Domain.Access;
using OpenNrm.Web.Data;
using OpenNrm.Web.Features.Access;
using OpenNrm.Web.Features.Shared;

namespace OpenNrm.Web.Features.Notices;

public sealed record NoticeView(Guid Id, NoticeKind Kind, string SubjectType, Guid SubjectId, string CaseReference, Domain.Residence.DeadlineKind? DeadlineKind,
    DateOnly? DueOn, int LeadDays, DateTimeOffset CreatedAt, bool Read, string Text);

/// <summary>
/// The caller's notices: those addressed to their organisation as a whole, those addressed to them, and, for a
/// centre's coordinator, those addressed to any member of the team (the coordinator covers absences).
/// </summary>
public sealed class NoticeService(AppDbContext db, CurrentUser me, TimeProvider clock, IStringLocalizer<SharedResource> localizer)
{
    public const int PageSize = 100;

    public async Task<IReadOnlyList<NoticeView>> ListAsync(bool unreadOnly, CancellationToken ct)
    {
        var notices = await Mine().Where(n => !unreadOnly || n.ReadAt == null)
            .OrderByDescending(n => n.CreatedAt).ThenBy(n => n.Id).Take(PageSize).AsNoTracking().ToListAsync(ct);
        return notices.Select(View).ToList();
    }

    /// <summary>The menu's badge counts to this and then shows "99+".</summary>
    public const int BadgeLimit = 99;

    /// <summary>
    /// Unread notices for the menu's badge, counted up to one past <see cref="BadgeLimit"/>: the badge is on every
    /// page, and a centre can hold thousands of unread notices, which counted in full cost more than the page itself.
    /// </summary>
    public Task<int> UnreadCountAsync(CancellationToken ct) => Mine().Where(n => n.ReadAt == null).Take(BadgeLimit + 1).CountAsync(ct);

    /// <summary>What the badge shows for a count from <see cref="UnreadCountAsync"/>.</summary>
    public static string Badge(int unread) =>
        unread > BadgeLimit ? $"{BadgeLimit}+" : unread.ToString(System.Globalization.CultureInfo.CurrentCulture);

    /// <summary>False when the notice is not the caller's (they learn nothing about other organisations' notices).</summary>
    public async Task<bool> MarkReadAsync(Guid id, CancellationToken ct)
    {
        var notice = await Mine().FirstOrDefaultAsync(n => n.Id == id, ct);
        if (notice is null)
        {
            return false;
        }

        notice.MarkRead(me.UserId!.Value, clock.GetUtcNow());
        await db.SaveChangesAsync(ct);
        return true;
    }

    public string Text(Notice n) => Text(n.Kind, n.CaseReference, n.DeadlineKind, n.DueOn?.ToDateOnly(), n.LeadDays, n.Purpose);

    public string Text(NoticeKind kind, string reference, Domain.Residence.DeadlineKind? deadline, DateOnly? dueOn, int leadDays,
        Domain.Assistance.ConsentPurpose? purpose = null) => kind switch
    {
        NoticeKind.DeadlineApproaching => localizer["File {0}: {1} on {2} (in {3} days or fewer).", reference,
            deadline is { } d ? localizer[DisplayNames.Words(d)] : string.Empty, dueOn?.ToString("O") ?? string.Empty, leadDays],
        NoticeKind.DeadlineMissed when deadline == Domain.Residence.DeadlineKind.ApplicationFollowUp =>
            localizer["File {0}: an application of the centre still has no decision on {1}; ask the Immigration Office.", reference, dueOn?.ToString("O") ?? string.Empty],
        NoticeKind.DeadlineMissed => localizer["File {0}: the document lapsed on {1} and no renewal or next document is recorded.", reference,
            dueOn?.ToString("O") ?? string.Empty],
        NoticeKind.ReferralReceived => localizer["File {0}: a person was referred to your centre; acknowledge the referral.", reference],
        NoticeKind.ReferralOverdue => localizer["File {0}: the referral was not acknowledged in time.", reference],
        NoticeKind.ReferralEscalated => localizer["File {0}: a referral to another centre is still not acknowledged; can your centre take the person?", reference],
        NoticeKind.DetentionSignal => localizer["File {0}: a possible victim of trafficking was found in immigration detention; no removal, assess without delay.", reference],
        NoticeKind.ReleaseRequired => localizer["File {0}: a centre assessed the detained person as a possible victim; release them and transfer them to the centre.", reference],
        NoticeKind.ConsentWithdrawn => localizer["File {0}: the victim withdrew the consent under which your organisation received information ({1}). Stop using that information and erase it ({2}).",
            reference, purpose is { } p ? localizer[DisplayNames.Words(p)] : string.Empty, Domain.Assistance.AssistanceArticles.RecipientsOfWithdrawal.Citation],
        NoticeKind.SupportTransferred => localizer["File {0}: another centre transferred the person's support to your centre; the support case is open in your list.", reference],
        _ => reference,
    };

    /// <summary>The page a notice leads to.</summary>
    public static string Link(string subjectType, Guid subjectId) => subjectType switch
    {
        "Referral" => "/Referrals#r-" + subjectId,
        "Signal" => "/Detection/Signal?id=" + subjectId,
        "Referrals" => "/Referrals",
        "SupportCase" => "/Assistance/Case?id=" + subjectId,
        "Case" => "/Cases/Detail?id=" + subjectId,
        _ => "/Residence/Procedure?id=" + subjectId,
    };

    private IQueryable<Notice> Mine()
    {
        var organisation = me.OrganisationId ?? Guid.Empty;
        var user = me.UserId ?? Guid.Empty;
        var coordinator = me.Roles.Contains(Role.CentreCoordinator);
        return db.Notices.Where(n => n.OrganisationId == organisation && (n.RecipientUserId == null || n.RecipientUserId == user || coordinator));
    }

    private NoticeView View(Notice n) =>
        new(n.Id, n.Kind, n.SubjectType, n.SubjectId, n.CaseReference, n.DeadlineKind, n.DueOn?.ToDateOnly(), n.LeadDays, n.CreatedAt, n.ReadAt is not null, Text(n));
}
