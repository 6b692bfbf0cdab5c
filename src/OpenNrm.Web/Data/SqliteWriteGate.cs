using System.Collections.Concurrent;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace OpenNrm.Web.Data;

/// <summary>
/// SQLite has one writer. Left to itself, a second writer waits in SQLite's busy handler, which sleeps in growing
/// steps, so under concurrent load much of the time goes to sleeping. This gate makes the SaveChanges calls of
/// this process queue in memory instead. Explicit transactions are not gated: they already hold SQLite's lock, and
/// making them wait for the gate could deadlock against a gated writer waiting for that lock. A writer that cannot
/// get the gate within the timeout goes ahead ungated (SQLite's own locking still protects the data).
/// Measured effect: docs/benchmarks.md.
/// </summary>
[System.Diagnostics.CodeAnalysis.SuppressMessage("Design", "CA1001", Justification = "A process-wide singleton: the semaphore lives as long as the process.")]
internal sealed class SqliteWriteGate : SaveChangesInterceptor
{
    public static readonly SqliteWriteGate Instance = new();

    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(20);

    private readonly SemaphoreSlim _gate = new(1, 1);
    private readonly ConcurrentDictionary<DbContext, byte> _holders = new(ReferenceEqualityComparer.Instance);

    public override async ValueTask<InterceptionResult<int>> SavingChangesAsync(DbContextEventData eventData, InterceptionResult<int> result,
        CancellationToken cancellationToken = default)
    {
        if (eventData.Context is { } context && context.Database.CurrentTransaction is null && await _gate.WaitAsync(Timeout, cancellationToken))
        {
            _holders[context] = 0;
        }

        return result;
    }

    public override InterceptionResult<int> SavingChanges(DbContextEventData eventData, InterceptionResult<int> result)
    {
        if (eventData.Context is { } context && context.Database.CurrentTransaction is null && _gate.Wait(Timeout))
        {
            _holders[context] = 0;
        }

        return result;
    }

    public override int SavedChanges(SaveChangesCompletedEventData eventData, int result)
    {
        Release(eventData.Context);
        return result;
    }

    public override ValueTask<int> SavedChangesAsync(SaveChangesCompletedEventData eventData, int result, CancellationToken cancellationToken = default)
    {
        Release(eventData.Context);
        return ValueTask.FromResult(result);
    }

    public override void SaveChangesFailed(DbContextErrorEventData eventData) => Release(eventData.Context);

    public override Task SaveChangesFailedAsync(DbContextErrorEventData eventData, CancellationToken cancellationToken = default)
    {
        Release(eventData.Context);
        return Task.CompletedTask;
    }

    // Since EF Core 7 a concurrency conflict does not reach SaveChangesFailed (dotnet/efcore#32750): without these two,
    // every optimistic-concurrency 409 would keep the gate and make each later writer wait out the timeout.
    public override InterceptionResult ThrowingConcurrencyException(ConcurrencyExceptionEventData eventData, InterceptionResult result)
    {
        Release(eventData.Context);
        return result;
    }

    public override ValueTask<InterceptionResult> ThrowingConcurrencyExceptionAsync(ConcurrencyExceptionEventData eventData, InterceptionResult result,
        CancellationToken cancellationToken = default)
    {
        Release(eventData.Context);
        return ValueTask.FromResult(result);
    }

    public override void SaveChangesCanceled(DbContextEventData eventData) => Release(eventData.Context);

    public override Task SaveChangesCanceledAsync(DbContextEventData eventData, CancellationToken cancellationToken = default)
    {
        Release(eventData.Context);
        return Task.CompletedTask;
    }

    private void Release(DbContext? context)
    {
        if (context is not null && _holders.TryRemove(context, out _))
        {
            _gate.Release();
        }
    }
}
