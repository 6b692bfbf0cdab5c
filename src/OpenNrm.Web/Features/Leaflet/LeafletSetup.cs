using Microsoft.Extensions.DependencyInjection;

namespace OpenNrm.Web.Features.Leaflet;

public static class LeafletSetup
{
    public static IServiceCollection AddLeaflet(this IServiceCollection services)
    {
        services.AddScoped<LeafletService>();
        services.AddScoped<LeafletSeeder>();
        return services;
    }
}
