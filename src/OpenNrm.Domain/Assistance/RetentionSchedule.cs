namespace OpenNrm.Domain.Assistance;

/// <summary>
/// The retention period of every record class. The law sets no number of years, only that personal data is kept
/// no longer than necessary; the default of ten years after closure for case records is the product's, for a
/// deployment to replace after advice from its data protection officer. Every personal class must have a period, so no
/// kind of record is kept for ever by omission.
/// </summary>
public sealed class RetentionSchedule
{
    private readonly Dictionary<RecordClass, RetentionPeriod> periods;

    public RetentionSchedule(IReadOnlyDictionary<RecordClass, RetentionPeriod> periods)
    {
        ArgumentNullException.ThrowIfNull(periods);
        var missing = Enum.GetValues<RecordClass>().Where(c => !periods.ContainsKey(c)).ToList();
        if (missing.Count > 0)
        {
            throw new ArgumentException($"The retention schedule has no period for {string.Join(", ", missing)}.", nameof(periods));
        }

        this.periods = periods.ToDictionary();
        foreach (var (recordClass, period) in this.periods)
        {
            ArgumentNullException.ThrowIfNull(period, recordClass.ToString());
            if (period.IsPersonalData != IsPersonal(recordClass))
            {
                throw new ArgumentException(
                    IsPersonal(recordClass)
                        ? $"{recordClass} holds personal data: it needs a retention period."
                        : $"{recordClass} is anonymous by construction: it takes no retention period.",
                    nameof(periods));
            }
        }
    }

    public static RetentionSchedule Default { get; } = new(Enum.GetValues<RecordClass>().ToDictionary(
        c => c,
        c => IsPersonal(c) ? RetentionPeriod.Years(10) : RetentionPeriod.NotPersonalData));

    public IReadOnlyDictionary<RecordClass, RetentionPeriod> Periods => periods;

    public RetentionPeriod PeriodOf(RecordClass recordClass) => periods[recordClass];

    /// <summary>Every class but the statistics aggregates holds personal data; a schedule cannot declare otherwise.</summary>
    public static bool IsPersonal(RecordClass recordClass) => recordClass != RecordClass.StatisticsAggregate;

    /// <summary>A copy with one class's period replaced.</summary>
    public RetentionSchedule With(RecordClass recordClass, RetentionPeriod period)
    {
        var copy = periods.ToDictionary();
        copy[recordClass] = period;
        return new RetentionSchedule(copy);
    }
}
