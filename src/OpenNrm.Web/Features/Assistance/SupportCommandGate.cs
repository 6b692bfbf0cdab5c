using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using OpenNrm.Web.Data;

namespace OpenNrm.Web.Features.Assistance;

/// <summary>
/// What every change to a support case's documents and services checks after its input: the case is the caller's
/// centre's (404 otherwise) and still open (409), and what saving answers when someone else changed it first.
/// </summary>
public sealed class SupportCommandGate(AppDbContext db, SupportAccess access, IStringLocalizer<SharedResource> localizer)
{
    /// <summary>The open support case, tracked so that a change can bump its version; or the failure to answer.</summary>
    public async Task<(SupportCase? Support, SupportResult<T>? Failure)> OpenCaseAsync<T>(Guid id, CancellationToken ct)
        where T : class
    {
        var support = await access.FindAsync(id, ct);
        if (support is null)
        {
            return (null, SupportResults.NotFound<T>());
        }

        return support.IsOpen
            ? (support, null)
            : (null, SupportResults.Conflict<T>(localizer["This support case is closed: its record no longer changes."]));
    }

    /// <summary>Saves the change with its audit entry; a concurrent change of the same rows answers 409 and writes nothing.</summary>
    public async Task<SupportResult<T>> SaveAsync<T>(Func<T> view, CancellationToken ct)
        where T : class
    {
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateConcurrencyException)
        {
            return SupportResults.Conflict<T>(localizer["Someone else changed this record in the meantime. Reload it and apply your change again."]);
        }

        return SupportResults.Done(view());
    }
}
