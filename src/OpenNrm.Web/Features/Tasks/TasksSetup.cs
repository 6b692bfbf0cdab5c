using Microsoft.Extensions.DependencyInjection;

namespace OpenNrm.Web.Features.Tasks;

public static class TasksSetup
{
    public static IServiceCollection AddTasks(this IServiceCollection services)
    {
        services.AddScoped<CentreStaff>();
        services.AddScoped<TaskViews>();
        services.AddScoped<TaskService>();
        services.AddScoped<TaskAgenda>();
        return services;
    }
}
