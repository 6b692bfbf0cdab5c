using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using OpenNrm.Web.Features.Audit;

namespace OpenNrm.Web.Jobs;

/// <summary>
/// Every two seconds: seals new audit entries into the hash chain, and lets Data Protection roll its key outside
/// any transaction (see <see cref="Security.FieldProtector.EnsureKeyRing"/>). Thin: the work is elsewhere.
/// </summary>
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
                scope.ServiceProvider.GetRequiredService<Security.FieldProtector>().EnsureKeyRing();
                await scope.ServiceProvider.GetRequiredService<AuditSealer>().SealPendingAsync(stoppingToken);
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                logger.LogError(ex, "Audit sealing pass failed; it will be retried");
            }
        }
    }
}
