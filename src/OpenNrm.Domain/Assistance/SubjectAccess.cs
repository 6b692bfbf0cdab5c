using NodaTime;

namespace OpenNrm.Domain.Assistance;

/// <summary>
/// A victim's right to know what the centre holds on them. The answer is due within one month of receipt; where
/// necessary, given the complexity and number of requests, two further months; a month counts to the same date,
/// or the month's last day when that date does not exist.
/// </summary>
public static class SubjectAccess
{
    public static readonly Period AnswerWithin = Period.FromMonths(1);
    public static readonly Period FurtherExtension = Period.FromMonths(2);

    public static LocalDate DueOn(LocalDate receivedOn, bool extended) =>
        receivedOn.Plus(extended ? AnswerWithin + FurtherExtension : AnswerWithin);

    /// <summary>
    /// The kinds of personal record, the recipients of past disclosures (once each, in alphabetical order), and their
    /// retention periods. Statistics aggregates hold no personal data and are left out.
    /// </summary>
    public static SubjectAccessAnswer Answer(IReadOnlyList<Disclosure> disclosures, RetentionSchedule schedule)
    {
        ArgumentNullException.ThrowIfNull(disclosures);
        ArgumentNullException.ThrowIfNull(schedule);
        var classes = Enum.GetValues<RecordClass>().Where(RetentionSchedule.IsPersonal).ToList();
        return new SubjectAccessAnswer(
            classes,
            [.. disclosures.Select(d => d.RecipientOrganisation).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal)],
            classes.ToDictionary(c => c, schedule.PeriodOf),
            AssistanceArticles.RightOfAccess);
    }
}
