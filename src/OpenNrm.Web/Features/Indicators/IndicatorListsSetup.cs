using Microsoft.Extensions.DependencyInjection;

namespace OpenNrm.Web.Features.Indicators;

public static class IndicatorListsSetup
{
    public static IServiceCollection AddIndicatorLists(this IServiceCollection services)
    {
        services.AddSingleton<ParsedListCache>();
        services.AddScoped<IndicatorListCatalogue>();
        services.AddScoped<IndicatorListImport>();
        return services;
    }
}
