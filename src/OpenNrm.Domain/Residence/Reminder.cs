using NodaTime;
using OpenNrm.Domain.Common;

namespace OpenNrm.Domain.Residence;

public enum ReminderKind
{
    /// <summary>A dated deadline is near: sent once per lead time crossed.</summary>
    Approaching,

    /// <summary>
    /// A date passed without what it waited for: the document lapsed while the procedure is still pending and no
    /// renewal or next document is recorded, or an application reached its follow-up day without a decision.
    /// </summary>
    Missed,
}

/// <summary>
/// One notice to raise about one deadline. <see cref="Key"/> identifies it within its procedure, so that a sweep run
/// twice, or on two servers at once, raises it once (the store keeps the key unique).
/// </summary>
public sealed record Reminder(ReminderKind Kind, DeadlineKind Deadline, LocalDate DueOn, int LeadDays, string Explanation, LegalBasis Basis)
{
    public string Key => $"{Kind}:{Deadline}:{DueOn:uuuu'-'MM'-'dd}:{LeadDays}";
}
