using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace OpenNrm.Web.Features.Statistics;

public static class StatisticsSetup
{
    public static IServiceCollection AddStatistics(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddSingleton(StatisticsOptions.From(configuration));
        services.AddScoped<StatisticsSource>();
        services.AddScoped<StatisticsQuery>();
        services.AddScoped<StatisticsExports>();
        services.AddScoped<Imports.ImportedFiguresSource>();
        services.AddScoped<Imports.StatisticsImports>();
        services.AddScoped<Microdata.MicrodataRelease>();
        services.AddScoped<ReportSectionsService>();
        services.AddSingleton<Runs.ReportRunQueue>();
        services.AddScoped<Runs.ReportRuns>();
        services.AddScoped<Runs.ReportRunner>();
        services.AddHostedService<Jobs.ReportRunJob>();
        return services;
    }
}
