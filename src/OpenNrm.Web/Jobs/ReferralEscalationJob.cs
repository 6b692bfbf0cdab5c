using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using OpenNrm.Web.Features.Referrals;

namespace OpenNrm.Web.Jobs;

/// <summary>Every minute (configurable): escalate referrals a centre has not acknowledged in time. The work is in <see cref="ReferralEscalation"/>.</summary>
public sealed class ReferralEscalationJob(IServiceScopeFactory scopes, ReferralOptions options, ILogger<ReferralEscalationJob> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (options.EscalationInterval <= TimeSpan.Zero)
        {
            return;
        }

        using var timer = new PeriodicTimer(options.EscalationInterval);
        while (await timer.WaitForNextTickAsync(stoppingToken))
        {
            try
            {
                await using var scope = scopes.CreateAsyncScope();
                await scope.ServiceProvider.GetRequiredService<ReferralEscalation>().RunAsync(stoppingToken);
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                logger.LogError(ex, "Referral escalation pass failed; it will be retried");
            }
        }
    }
}
