using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using OpenNrm.Web.Features.Statistics.Runs;

namespace OpenNrm.Web.Jobs;

/// <summary>Generates the exports people asked for, one after the other, as they were queued. The work is in <see cref="ReportRunner"/>.</summary>
public sealed class ReportRunJob(ReportRunQueue queue, IServiceScopeFactory scopes) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        await foreach (var id in queue.ReadAllAsync(stoppingToken))
        {
            await using var scope = scopes.CreateAsyncScope();
            await scope.ServiceProvider.GetRequiredService<ReportRunner>().RunAsync(id, stoppingToken);
        }
    }
}
