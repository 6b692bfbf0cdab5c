using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using OpenNrm.Web.Features.Audit;

namespace OpenNrm.Web.Jobs;

/// <summary>Seals new audit entries into the hash chain every two seconds. Thin: the work is in <see cref="AuditSealer"/>.</summary>
public sealed class AuditSealingJob(IServiceScopeFactory scopes, ILogger<AuditSealingJob> logger) : BackgroundService
{
    private static readonly TimeSpan Interval = TimeSpan.FromSeconds(2);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(Interval);
        while (await timer.WaitForNextTickAsync(stoppingToken))
        {
            try
            {
                await using var scope = scopes.CreateAsyncScope();
                await scope.ServiceProvider.GetRequiredService<AuditSealer>().SealPendingAsync(stoppingToken);
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                logger.LogError(ex, "Audit sealing pass failed; it will be retried");
            }
        }
    }
}
