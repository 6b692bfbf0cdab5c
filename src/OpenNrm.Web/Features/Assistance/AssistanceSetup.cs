using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace OpenNrm.Web.Features.Assistance;

public static class AssistanceSetup
{
    public static IServiceCollection AddAssistance(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddSingleton(AssistanceOptions.From(configuration));
        services.AddScoped<SupportAccess>();
        services.AddScoped<SupportViews>();
        services.AddScoped<SupportCaseService>();
        services.AddScoped<SupportPlanService>();
        services.AddScoped<CaseNoteService>();
        services.AddScoped<ConsentService>();
        services.AddScoped<ShelterService>();
        services.AddScoped<ShelterAddressReveal>();
        services.AddSupportServices(configuration);
        services.AddScoped<RecipientNotices>();
        services.AddScoped<DisclosureService>();
        return services;
    }
}
