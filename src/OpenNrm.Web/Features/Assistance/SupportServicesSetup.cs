using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using OpenNrm.Web.Features.Shared;

namespace OpenNrm.Web.Features.Assistance;

/// <summary>Documents, interpretation, subsistence and voluntary return on a support case.</summary>
public static class SupportServicesSetup
{
    public static IServiceCollection AddSupportServices(this IServiceCollection services, IConfiguration configuration)
    {
        var options = AttachmentOptions.From(configuration);
        services.AddSingleton(options);
        services.AddSingleton<AttachmentCipher>();
        services.AddScoped<SupportCommandGate>();
        services.AddScoped<SupportServiceViews>();
        services.AddScoped<SupportServicesQueries>();
        services.AddScoped<AttachmentService>();
        services.AddScoped<InterpretationService>();
        services.AddScoped<SubsistenceService>();
        services.AddScoped<VoluntaryReturnService>();
        // The page that takes a document states the same body limit as the API; every other page keeps the host's.
        services.Configure<RazorPagesOptions>(pages => pages.Conventions.AddPageApplicationModelConvention(CaseServicesModel.PageName,
            page => page.EndpointMetadata.Add(new RequestBodyLimit(options.MaxRequestBytes))));
        return services;
    }
}
