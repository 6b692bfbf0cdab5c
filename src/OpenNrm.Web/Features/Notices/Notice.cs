using NodaTime;

namespace OpenNrm.Web.Features.Notices;

public enum NoticeKind
{
    DeadlineApproaching,
    DeadlineMissed,

    /// <summary>A centre received a referral.</summary>
    ReferralReceived,

    /// <summary>A referral was not acknowledged in time: to the centre's coordinators and to the referrer.</summary>
    ReferralOverdue,

    /// <summary>Still not acknowledged after twice the window: to every centre's coordinators.</summary>
    ReferralEscalated,

    /// <summary>A possible victim was found in immigration detention: to the THB unit and to every centre.</summary>
    DetentionSignal,

    /// <summary>A centre assessed a detained person as a possible victim: to the detecting service, to release them.</summary>
    ReleaseRequired,

    /// <summary>The victim withdrew a consent: to every organisation that received information under it, to stop using and erase it.</summary>
    ConsentWithdrawn,

    /// <summary>A centre transferred a support case: to the centre that continues it.</summary>
    SupportTransferred,
}

/// <summary>
/// An in-app notice to an organisation, or to one of its members. It names the file by its reference and the
/// deadline by its kind and date, never the person: notices are also sent by e-mail, which is not a safe channel
/// for a victim's name.
/// </summary>
public sealed class Notice
{
    private Notice()
    {
        SubjectType = Key = CaseReference = string.Empty;
    }

    public Notice(Guid id, Guid organisationId, Guid? recipientUserId, NoticeKind kind, string subjectType, Guid subjectId, string caseReference,
        Domain.Residence.DeadlineKind? deadlineKind, LocalDate? dueOn, int leadDays, string key, DateTimeOffset createdAt,
        Domain.Assistance.ConsentPurpose? purpose = null)
    {
        Id = id;
        OrganisationId = organisationId;
        RecipientUserId = recipientUserId;
        Kind = kind;
        SubjectType = subjectType;
        SubjectId = subjectId;
        CaseReference = caseReference;
        DeadlineKind = deadlineKind;
        DueOn = dueOn;
        LeadDays = leadDays;
        Key = key;
        CreatedAt = createdAt;
        Purpose = purpose;
    }

    public Guid Id { get; private set; }

    public Guid OrganisationId { get; private set; }

    /// <summary>Null: for everyone in the organisation who may read notices.</summary>
    public Guid? RecipientUserId { get; private set; }

    public NoticeKind Kind { get; private set; }

    /// <summary>What the notice is about ("Procedure"), and its id: the page to open.</summary>
    public string SubjectType { get; private set; }

    public Guid SubjectId { get; private set; }

    public string CaseReference { get; private set; }

    public Domain.Residence.DeadlineKind? DeadlineKind { get; private set; }

    public LocalDate? DueOn { get; private set; }

    public int LeadDays { get; private set; }

    /// <summary>The purpose of a withdrawn consent, so the recipient knows what to erase.</summary>
    public Domain.Assistance.ConsentPurpose? Purpose { get; private set; }

    /// <summary>Unique per subject: the same warning is raised once, however many servers sweep.</summary>
    public string Key { get; private set; }

    public DateTimeOffset CreatedAt { get; private set; }

    public DateTimeOffset? ReadAt { get; private set; }

    public Guid? ReadBy { get; private set; }

    public DateTimeOffset? EmailedAt { get; private set; }

    public void MarkRead(Guid userId, DateTimeOffset at)
    {
        if (ReadAt is null)
        {
            ReadAt = at;
            ReadBy = userId;
        }
    }

    public void MarkEmailed(DateTimeOffset at) => EmailedAt = at;
}
