using Microsoft.Extensions.DependencyInjection;

namespace OpenNrm.Web.Features.Proceedings;

public static class ProceedingsSetup
{
    public static IServiceCollection AddProceedings(this IServiceCollection services)
    {
        services.AddScoped<ProceedingsService>();
        services.AddScoped<ProceedingsQueries>();
        services.AddScoped<CaseLawExtract>();
        services.AddScoped<ProceedingsViewBuilder>();
        services.AddScoped<OfficeStaff>();
        return services;
    }
}
