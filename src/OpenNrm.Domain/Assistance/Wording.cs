using NodaTime;
using NodaTime.Text;

namespace OpenNrm.Domain.Assistance;

internal static class Wording
{
    public static string Date(LocalDate date) => LocalDatePattern.Iso.Format(date);

    public static string Date(LocalDate? date) => date is { } value ? Date(value) : "none";

    public static string Moment(Instant instant) => InstantPattern.General.Format(instant);

    /// <summary>Euro cents as "EUR 1234.56", culture-neutral so that the same refusal reads the same everywhere.</summary>
    public static string Euro(long cents) =>
        cents < 0 ? $"-EUR {-cents / 100}.{-cents % 100:00}" : $"EUR {cents / 100}.{cents % 100:00}";

    public static string Of(PlanActionStatus status) => status switch
    {
        PlanActionStatus.Planned => "planned",
        PlanActionStatus.InProgress => "in progress",
        PlanActionStatus.Done => "done",
        PlanActionStatus.Cancelled => "cancelled",
    };

    /// <summary>A date-only period must move forward: no time units, no negative part, not zero.</summary>
    public static void RequireForwardDatePeriod(Period period, string name, bool allowZero)
    {
        ArgumentNullException.ThrowIfNull(period, name);
        if (period.HasTimeComponent)
        {
            throw new ArgumentException("The period must be in days, weeks, months or years only.", name);
        }

        if (period.Years < 0 || period.Months < 0 || period.Weeks < 0 || period.Days < 0)
        {
            throw new ArgumentException("The period must not have a negative part.", name);
        }

        if (!allowZero && !period.HasDateComponent)
        {
            throw new ArgumentException("The period must not be zero.", name);
        }
    }
}
