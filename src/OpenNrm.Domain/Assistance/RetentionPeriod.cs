using NodaTime;

namespace OpenNrm.Domain.Assistance;

/// <summary>
/// How long a class of record is kept after the support case closes; or, for anonymous aggregates, that no period
/// applies because they are not personal data.
/// </summary>
public sealed record RetentionPeriod
{
    public static readonly RetentionPeriod NotPersonalData = new((Period?)null);

    private RetentionPeriod(Period? afterClosure) => AfterClosure = afterClosure;

    /// <summary>The time kept after closure; none for records that are not personal data.</summary>
    public Period? AfterClosure { get; }

    public bool IsPersonalData => AfterClosure is not null;

    public static RetentionPeriod AfterClosureOf(Period period)
    {
        Wording.RequireForwardDatePeriod(period, nameof(period), allowZero: true);
        return new(period);
    }

    public static RetentionPeriod Years(int years)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(years);
        return AfterClosureOf(Period.FromYears(years));
    }
}
