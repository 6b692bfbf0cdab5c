using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using OpenNrm.Web.Features.Demo;

namespace OpenNrm.Web.Jobs;

/// <summary>
/// Demo mode, first start: generates <see cref="OpenNrmOptions.DemoPersons"/> persons after the server has started,
/// so the first page does not wait for them (about 6 s for 500 on SQLite). Thin: the work is in <see cref="DemoPopulation"/>.
/// </summary>
public sealed class DemoPopulationJob(IServiceScopeFactory scopes, OpenNrmOptions options, ILogger<DemoPopulationJob> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!options.DemoMode || options.DemoPersons == 0)
        {
            return;
        }

        // Off the host's start: the other jobs and the server start without waiting for the population.
        await Task.Yield();
        try
        {
            await using var scope = scopes.CreateAsyncScope();
            var outcome = await scope.ServiceProvider.GetRequiredService<DemoPopulation>().EnsureAsync(options.DemoPersons, stoppingToken);
            if (outcome?.Report is { } report)
            {
                logger.LogInformation("Demo population generated: {Persons} persons, {Referrals} referrals, {Procedures} residence procedures, {AuditEntries} audit entries in {Seconds:F1} s",
                    report.Persons, report.Referrals, report.Procedures, report.AuditEntries, report.Elapsed.TotalSeconds);
            }
            else if (outcome?.Refusal is { } refusal)
            {
                logger.LogInformation("Demo population not generated: {Reason}", refusal);
            }
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            logger.LogError(ex, "Demo population failed; if it was not written, the next start tries again");
        }
    }
}
