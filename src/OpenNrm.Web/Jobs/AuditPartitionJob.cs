using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using OpenNrm.Web.Features.Audit;

namespace OpenNrm.Web.Jobs;

/// <summary>
/// At start and every six hours: the audit trail's partitions for this year and the next exist (PostgreSQL).
/// Often enough that a year's partition is made long before its first entry; a missed run costs nothing but
/// entries waiting in the default partition. Thin: the work is in <see cref="AuditPartitions"/>.
/// </summary>
public sealed class AuditPartitionJob(IServiceScopeFactory scopes, ILogger<AuditPartitionJob> logger) : BackgroundService
{
    private static readonly TimeSpan Interval = TimeSpan.FromHours(6);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(Interval);
        do
        {
            try
            {
                await using var scope = scopes.CreateAsyncScope();
                foreach (var year in await scope.ServiceProvider.GetRequiredService<AuditPartitions>().EnsureAsync(stoppingToken))
                {
                    logger.LogInformation("Audit trail partition for {Year} created", year);
                }
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                logger.LogError(ex, "Audit partition maintenance failed; it will be retried at the next interval");
            }
        }
        while (await timer.WaitForNextTickAsync(stoppingToken));
    }
}
