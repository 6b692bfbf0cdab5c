using NodaTime;

namespace OpenNrm.Domain.Assistance;

/// <summary>
/// How long before the five-year mark a support is shown as approaching its end. Six months is the product's
/// default, to leave time to prepare the end of support with the victim; set two years to flag from the third year.
/// </summary>
public sealed record SupportPeriodSettings
{
    public static readonly SupportPeriodSettings Default = new(Period.FromMonths(6));

    public SupportPeriodSettings(Period approachingNotice)
    {
        Wording.RequireForwardDatePeriod(approachingNotice, nameof(approachingNotice), allowZero: true);
        ApproachingNotice = approachingNotice;
    }

    public Period ApproachingNotice { get; }
}
