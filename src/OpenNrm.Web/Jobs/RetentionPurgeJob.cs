using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using OpenNrm.Web.Features.Retention;

namespace OpenNrm.Web.Jobs;

/// <summary>
/// Runs the retention purge shortly after start and then at the configured interval (daily by default; zero turns
/// it off). Several servers may run it at once: the register of erasures lets only one erase a given file.
/// </summary>
public sealed class RetentionPurgeJob(IServiceScopeFactory scopes, RetentionOptions options, ILogger<RetentionPurgeJob> logger) : BackgroundService
{
    private static readonly TimeSpan FirstRunDelay = TimeSpan.FromMinutes(1);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (options.PurgeInterval <= TimeSpan.Zero)
        {
            return;
        }

        await Task.Delay(FirstRunDelay, stoppingToken);
        using var timer = new PeriodicTimer(options.PurgeInterval);
        do
        {
            try
            {
                await using var scope = scopes.CreateAsyncScope();
                var report = await scope.ServiceProvider.GetRequiredService<RetentionPurge>().RunAsync(dryRun: false, stoppingToken);
                logger.LogInformation("Retention purge: {Erased} files erased, {Held} held, {Failures} failed", report.FilesErased, report.FilesHeld, report.Failures);
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                logger.LogError(ex, "Retention purge failed; it will be retried at the next interval");
            }
        }
        while (await timer.WaitForNextTickAsync(stoppingToken));
    }
}
