using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using OpenNrm.Web.Features.Deadlines;
using OpenNrm.Web.Features.Notices;

namespace OpenNrm.Web.Jobs;

/// <summary>
/// Runs the deadline sweep and sends the new notices by e-mail, once shortly after start and then at the configured
/// interval. Several servers may run it at once; the sweep is written for that (see <see cref="DeadlineSweep"/>).
/// </summary>
public sealed class DeadlineSweepJob(IServiceScopeFactory scopes, DeadlineOptions options, ILogger<DeadlineSweepJob> logger) : BackgroundService
{
    private static readonly TimeSpan FirstRunDelay = TimeSpan.FromSeconds(15);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (options.SweepInterval <= TimeSpan.Zero)
        {
            return;
        }

        await Task.Delay(FirstRunDelay, stoppingToken);
        using var timer = new PeriodicTimer(options.SweepInterval);
        do
        {
            try
            {
                await using var scope = scopes.CreateAsyncScope();
                // After an upgrade, the statistics' milestones of older procedures are computed here, off the start.
                await scope.ServiceProvider.GetRequiredService<Features.Residence.MilestoneRefresh>().RunAsync(stoppingToken);
                await scope.ServiceProvider.GetRequiredService<DeadlineSweep>().RunAsync(null, everyPending: false, stoppingToken);
                await scope.ServiceProvider.GetRequiredService<NoticeMailer>().SendPendingAsync(stoppingToken);
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                logger.LogError(ex, "Deadline sweep failed; it will be retried at the next interval");
            }
        }
        while (await timer.WaitForNextTickAsync(stoppingToken));
    }
}
