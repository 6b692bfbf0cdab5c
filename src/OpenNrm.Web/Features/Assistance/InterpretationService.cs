using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using NodaTime;
using OpenNrm.Domain.Assistance;
using OpenNrm.Domain.Audit;
using OpenNrm.Web.Data;
using OpenNrm.Web.Features.Access;
using OpenNrm.Web.Features.Audit;
using OpenNrm.Web.Features.Shared;

namespace OpenNrm.Web.Features.Assistance;

/// <summary>Requests for an interpreter on a support case, moved under <see cref="InterpretationRules"/>.</summary>
public sealed class InterpretationService(AppDbContext db, CurrentUser me, SupportAccess access, SupportCommandGate gate, SupportServiceViews views,
    AuditLog audit, TimeProvider clock, IStringLocalizer<SharedResource> localizer)
{
    public async Task<SupportResult<InterpretationView>> RequestAsync(Guid id, InterpretationInput input, CancellationToken ct)
    {
        var v = new Validation(localizer)
            .RequireText(input.Language, "language", SupportServiceLimits.Language)
            .Require(input.On is not null, "on", "This field is required.")
            .RequireText(input.Provider, "provider", SupportServiceLimits.Provider);
        if (!v.IsValid)
        {
            return SupportResults.Invalid<InterpretationView>(v);
        }

        var (support, failure) = await gate.OpenCaseAsync<InterpretationView>(id, ct);
        if (support is null)
        {
            return failure!;
        }

        var requested = InterpretationRules.Request(input.Language!, LocalDate.FromDateOnly(input.On!.Value), input.Provider!);
        if (!requested.IsAccepted)
        {
            return SupportResults.Refused<InterpretationView>(requested.Refusal);
        }

        var record = new InterpretationRecord(Guid.CreateVersion7(), support.Id, requested.Value, me.UserId!.Value, clock.GetUtcNow());
        db.Set<InterpretationRecord>().Add(record);
        audit.Record(AuditEventType.SupportInterpretationRequested, "SupportCase", support.Id.ToString(), details: $"interpretation {record.Id}");
        return await gate.SaveAsync(() => SupportServiceViews.Interpretation(record), ct);
    }

    public async Task<SupportResult<InterpretationView>> MoveAsync(Guid id, Guid interpretationId, InterpretationStatusInput input, CancellationToken ct)
    {
        var v = new Validation(localizer).Require(input.Status is { } s && Enum.IsDefined(s), "status", "This field is required.");
        if (!v.IsValid)
        {
            return SupportResults.Invalid<InterpretationView>(v);
        }

        var (support, failure) = await gate.OpenCaseAsync<InterpretationView>(id, ct);
        if (support is null)
        {
            return failure!;
        }

        var record = await db.Set<InterpretationRecord>().FirstOrDefaultAsync(i => i.Id == interpretationId && i.SupportCaseId == support.Id, ct);
        if (record is null)
        {
            return SupportResults.NotFound<InterpretationView>();
        }

        var moved = InterpretationRules.Move(record.ToDomain(), input.Status!.Value, LegalCalendar.Today(clock));
        if (!moved.IsAccepted)
        {
            return SupportResults.Refused<InterpretationView>(moved.Refusal);
        }

        record.Keep(moved.Value, clock.GetUtcNow());
        audit.Record(AuditEventType.SupportInterpretationMoved, "SupportCase", support.Id.ToString(), details: $"interpretation {record.Id} {record.Status}");
        return await gate.SaveAsync(() => SupportServiceViews.Interpretation(record), ct);
    }

    /// <summary>The requests of a support case by date; null outside the caller's need-to-know. Audited with the purpose.</summary>
    public async Task<IReadOnlyList<InterpretationView>?> ListAsync(Guid id, string? purpose, CancellationToken ct)
    {
        var support = await access.FindAsync(id, ct, tracked: false);
        if (support is null)
        {
            return null;
        }

        var list = await views.InterpretationsAsync(support.Id, ct);
        audit.Record(AuditEventType.SupportServicesViewed, "SupportCase", support.Id.ToString(), purpose: AuditLog.Purpose(purpose),
            details: $"interpretations: {list.Count}");
        await db.SaveChangesAsync(ct);
        return list;
    }
}
