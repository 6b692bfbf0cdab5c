using NodaTime;

namespace OpenNrm.Domain.Assistance;

/// <summary>
/// How often a goal is reviewed with the victim. Three months is the product's default; a centre may set its own.
/// The interval is a calendar period, so "three months" from 30 November ends on the last day of February.
/// </summary>
public sealed record ReviewSchedule
{
    public static readonly ReviewSchedule Default = new(Period.FromMonths(3));

    public ReviewSchedule(Period interval)
    {
        Wording.RequireForwardDatePeriod(interval, nameof(interval), allowZero: false);
        Interval = interval;
    }

    public Period Interval { get; }
}
