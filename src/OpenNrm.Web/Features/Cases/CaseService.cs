using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using OpenNrm.Domain.Audit;
using OpenNrm.Web.Data;
using OpenNrm.Web.Features.Access;
using OpenNrm.Web.Features.Audit;
using OpenNrm.Web.Features.Shared;
using OpenNrm.Web.Security;

namespace OpenNrm.Web.Features.Cases;

public sealed record CaseInput(string? PersonName);

public sealed record CaseDto(Guid Id, string Reference, string PersonName, DateTimeOffset OpenedAt, IReadOnlyList<Guid> InvolvedOrganisations, int Version);

/// <summary>
/// Opens and reads person files. Need-to-know: a file is visible only to the organisations involved in it;
/// any other caller is told it does not exist, so that its existence itself is not disclosed.
/// </summary>
public sealed class CaseService(AppDbContext db, CaseReferences references, AuditLog audit, CurrentUser me, BlindIndex blindIndex, CaseNames names, TimeProvider clock,
    IStringLocalizer<SharedResource> localizer)
{
    public const int MaxNameLength = 200;
    public const string DefaultPurpose = AuditLog.DefaultPurpose;

    public async Task<(CaseDto? Case, Validation Validation)> OpenAsync(CaseInput input, CancellationToken ct)
    {
        var v = new Validation(localizer).RequireText(input.PersonName, "personName", MaxNameLength);
        if (!v.IsValid || me.OrganisationId is not { } organisation)
        {
            return (null, v);
        }

        var now = clock.GetUtcNow();
        var name = input.PersonName!.Trim();
        var file = new CaseFile(Guid.CreateVersion7(), await references.NewAsync(now, ct), name, blindIndex.Compute(name), organisation, now);
        db.Cases.Add(file);
        names.Index(file.Id, name);
        audit.Record(AuditEventType.CaseCreated, "Case", file.Id.ToString());
        await db.SaveChangesAsync(ct);
        return (ToDto(file), v);
    }

    public async Task<CaseDto?> ReadAsync(Guid id, string? purpose, CancellationToken ct)
    {
        if (me.OrganisationId is not { } organisation)
        {
            return null;
        }

        var file = await db.Cases.AsNoTracking().Include(c => c.Involvements)
            .FirstOrDefaultAsync(c => c.Id == id && c.Involvements.Any(i => i.OrganisationId == organisation), ct);
        if (file is null)
        {
            return null;
        }

        audit.Record(AuditEventType.CaseViewed, "Case", id.ToString(), purpose: AuditLog.Purpose(purpose));
        await db.SaveChangesAsync(ct);
        return ToDto(file);
    }

    private static CaseDto ToDto(CaseFile c) =>
        new(c.Id, c.Reference, c.PersonName, c.OpenedAt, c.Involvements.Select(i => i.OrganisationId).ToList(), c.Version);
}
