using Microsoft.Extensions.Configuration;
using NodaTime;

namespace OpenNrm.Web.Features.Referrals;

/// <summary>Section "OpenNrm:Referrals".</summary>
public sealed record ReferralOptions
{
    /// <summary>How long a centre has to acknowledge a referral, day and night (default one hour).</summary>
    public Duration AcknowledgementWindow { get; init; } = Domain.Referral.AcknowledgementClock.DefaultWindow;

    /// <summary>How often to look for overdue acknowledgements; zero turns the background pass off.</summary>
    public TimeSpan EscalationInterval { get; init; } = TimeSpan.FromMinutes(1);

    public static ReferralOptions From(IConfiguration configuration)
    {
        var section = configuration.GetSection("OpenNrm:Referrals");
        var window = section.GetValue<TimeSpan?>("AcknowledgementWindow");
        return new ReferralOptions
        {
            AcknowledgementWindow = window is { } w && w > TimeSpan.Zero ? Duration.FromTimeSpan(w) : Domain.Referral.AcknowledgementClock.DefaultWindow,
            EscalationInterval = section.GetValue<TimeSpan?>("EscalationInterval") ?? TimeSpan.FromMinutes(1),
        };
    }
}
