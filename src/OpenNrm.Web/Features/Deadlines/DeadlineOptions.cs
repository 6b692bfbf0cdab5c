using Microsoft.Extensions.Configuration;

namespace OpenNrm.Web.Features.Deadlines;

/// <summary>Section "OpenNrm:Deadlines": how early to warn, and how often to look.</summary>
public sealed record DeadlineOptions
{
    public IReadOnlyList<int> LeadDays { get; init; } = Domain.Residence.ReminderPlan.DefaultLeadDays;

    /// <summary>Zero turns the background sweep off (the `deadlines sweep` command still runs it).</summary>
    public TimeSpan SweepInterval { get; init; } = TimeSpan.FromHours(1);

    public static DeadlineOptions From(IConfiguration configuration)
    {
        var section = configuration.GetSection("OpenNrm:Deadlines");
        var leads = section.GetSection("LeadDays").Get<int[]>();
        return new DeadlineOptions
        {
            LeadDays = leads is { Length: > 0 } ? [.. leads.Where(l => l >= 0).Distinct().OrderDescending()] : Domain.Residence.ReminderPlan.DefaultLeadDays,
            SweepInterval = section.GetValue<TimeSpan?>("SweepInterval") ?? TimeSpan.FromHours(1),
        };
    }
}
