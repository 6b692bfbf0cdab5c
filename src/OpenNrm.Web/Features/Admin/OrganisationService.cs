using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using OpenNrm.Domain.Access;
using OpenNrm.Domain.Audit;
using OpenNrm.Web.Data;
using OpenNrm.Web.Features.Access;
using OpenNrm.Web.Features.Audit;
using OpenNrm.Web.Features.Shared;

namespace OpenNrm.Web.Features.Admin;

public sealed record OrganisationDto(Guid Id, string Code, string Name, OrganisationKind Kind, Guid? ParentId, string? JudicialDistrict, bool IsActive, int Version)
{
    public static OrganisationDto From(Organisation o) => new(o.Id, o.Code, o.Name, o.Kind, o.ParentId, o.JudicialDistrict, o.IsActive, o.Version);
}

public sealed record OrganisationInput(string? Code, string? Name, OrganisationKind? Kind, Guid? ParentId, string? JudicialDistrict, bool? IsActive, int? Version);

public enum SaveOutcome
{
    Saved,
    Invalid,
    NotFound,
    Conflict,
}

public sealed record SaveResult(SaveOutcome Outcome, OrganisationDto? Organisation, Validation Validation);

/// <summary>Organisations are reference data an administrator edits; a save checks the version it was read at.</summary>
public sealed class OrganisationService(AppDbContext db, AuditLog audit, IStringLocalizer<SharedResource> localizer)
{
    public async Task<SaveResult> CreateAsync(OrganisationInput input, CancellationToken ct)
    {
        var validation = await ValidateAsync(input, creating: true, selfId: null, ct);
        if (!validation.IsValid)
        {
            return new SaveResult(SaveOutcome.Invalid, null, validation);
        }

        var code = input.Code!.Trim().ToUpperInvariant();
        var organisation = new Organisation(Guid.CreateVersion7(), code, input.Name!.Trim(), input.Kind!.Value, input.ParentId, Clean(input.JudicialDistrict));
        db.Organisations.Add(organisation);
        audit.Record(AuditEventType.OrganisationCreated, "Organisation", organisation.Id.ToString(), details: code);
        await db.SaveChangesAsync(ct);
        return new SaveResult(SaveOutcome.Saved, OrganisationDto.From(organisation), validation);
    }

    public async Task<SaveResult> UpdateAsync(Guid id, OrganisationInput input, CancellationToken ct)
    {
        var organisation = await db.Organisations.FirstOrDefaultAsync(o => o.Id == id, ct);
        if (organisation is null)
        {
            return new SaveResult(SaveOutcome.NotFound, null, new Validation(localizer));
        }

        var validation = await ValidateAsync(input, creating: false, selfId: id, ct);
        validation.Require(input.Version is not null, "version", "Send the version you read, so that a concurrent change is not overwritten.");
        if (!validation.IsValid)
        {
            return new SaveResult(SaveOutcome.Invalid, null, validation);
        }

        if (organisation.Version != input.Version)
        {
            return new SaveResult(SaveOutcome.Conflict, OrganisationDto.From(organisation), validation);
        }

        organisation.Update(input.Name!.Trim(), input.Kind!.Value, input.ParentId, Clean(input.JudicialDistrict), input.IsActive ?? organisation.IsActive);
        audit.Record(AuditEventType.OrganisationUpdated, "Organisation", organisation.Id.ToString(), details: organisation.Code);
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateConcurrencyException)
        {
            // Someone saved between our read and our write: report it, never overwrite.
            return new SaveResult(SaveOutcome.Conflict, null, validation);
        }

        return new SaveResult(SaveOutcome.Saved, OrganisationDto.From(organisation), validation);
    }

    private async Task<Validation> ValidateAsync(OrganisationInput input, bool creating, Guid? selfId, CancellationToken ct)
    {
        var v = new Validation(localizer);
        if (creating)
        {
            v.RequireText(input.Code, "code", 64);
            v.Require(input.Code is null || input.Code.Trim().All(c => char.IsAsciiLetterOrDigit(c) || c == '-'), "code",
                "Use letters, digits and hyphens only.");
            if (!string.IsNullOrWhiteSpace(input.Code))
            {
                var code = input.Code.Trim().ToUpperInvariant();
                v.Require(!await db.Organisations.AnyAsync(o => o.Code == code, ct), "code", "This code is already used by another organisation.");
            }
        }

        v.RequireText(input.Name, "name", 200);
        v.Require(input.Kind is not null && Enum.IsDefined(input.Kind.Value), "kind", "Choose the kind of organisation.");
        v.Require(input.JudicialDistrict is null || input.JudicialDistrict.Length <= 100, "judicialDistrict", "This field is limited to {0} characters.", 100);
        if (input.ParentId is { } parent)
        {
            v.Require(parent != selfId, "parentId", "An organisation cannot be its own parent.");
            v.Require(await db.Organisations.AnyAsync(o => o.Id == parent, ct), "parentId", "The parent organisation does not exist.");
        }

        return v;
    }

    private static string? Clean(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}
