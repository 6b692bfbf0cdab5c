using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using OpenNrm.Web.Features.Notices;
using OpenNrm.Web.Jobs;

namespace OpenNrm.Web.Features.Deadlines;

public static class DeadlinesSetup
{
    public static IServiceCollection AddDeadlines(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddSingleton(DeadlineOptions.From(configuration));
        services.AddSingleton(SmtpOptions.Read(configuration));
        services.AddScoped<DeadlineSweep>();
        services.AddScoped<SweepRehearsal>();
        services.AddScoped<DeadlineQueries>();
        services.AddScoped<NoticeService>();
        services.AddScoped<NoticeMailer>();
        services.AddHostedService<DeadlineSweepJob>();
        return services;
    }
}
