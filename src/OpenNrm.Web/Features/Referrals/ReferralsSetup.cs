using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using OpenNrm.Web.Jobs;

namespace OpenNrm.Web.Features.Referrals;

public static class ReferralsSetup
{
    public static IServiceCollection AddReferrals(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddSingleton(ReferralOptions.From(configuration));
        services.AddScoped<ReferralService>();
        services.AddScoped<ReferralViews>();
        services.AddScoped<ReferralEscalation>();
        services.AddHostedService<ReferralEscalationJob>();
        return services;
    }
}
