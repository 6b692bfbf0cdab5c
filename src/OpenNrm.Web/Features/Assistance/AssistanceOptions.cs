using Microsoft.Extensions.Configuration;
using NodaTime;
using OpenNrm.Domain.Assistance;

namespace OpenNrm.Web.Features.Assistance;

/// <summary>Section "OpenNrm:Assistance": the centre's own periods, where the domain leaves the choice to it.</summary>
public sealed record AssistanceOptions
{
    /// <summary>Days after a complaint by which a lawyer should be appointed (default 14).</summary>
    public int LegalAidAlertDays { get; init; } = LegalAidAlert.DefaultDays;

    /// <summary>How often goals are reviewed with the victim (default three months).</summary>
    public ReviewSchedule GoalReviews { get; init; } = ReviewSchedule.Default;

    public static AssistanceOptions From(IConfiguration configuration)
    {
        var section = configuration.GetSection("OpenNrm:Assistance");
        var days = section.GetValue<int?>("LegalAidAlertDays");
        var months = section.GetValue<int?>("GoalReviewMonths");
        return new AssistanceOptions
        {
            LegalAidAlertDays = days is >= 0 ? days.Value : LegalAidAlert.DefaultDays,
            GoalReviews = months is > 0 ? new ReviewSchedule(Period.FromMonths(months.Value)) : ReviewSchedule.Default,
        };
    }
}
