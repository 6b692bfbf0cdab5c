using Microsoft.Extensions.DependencyInjection;

namespace OpenNrm.Web.Features.Synthetic;

public static class SyntheticSetup
{
    /// <summary>The generator is used by the command line only; no endpoint or page reaches it.</summary>
    public static void AddSynthetic(IServiceCollection services)
    {
        services.AddScoped<SyntheticStaff>();
        services.AddScoped<SyntheticDataGenerator>();
    }
}
