using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using NodaTime;
using OpenNrm.Domain.Access;
using OpenNrm.Domain.Assistance;
using OpenNrm.Domain.Audit;
using OpenNrm.Web.Data;
using OpenNrm.Web.Features.Access;
using OpenNrm.Web.Features.Audit;
using OpenNrm.Web.Features.Shared;

namespace OpenNrm.Web.Features.Assistance;

/// <summary>A shelter as lists show it: places and tonight's occupancy, never the address.</summary>
public sealed record ShelterView(Guid Id, string Name, int Capacity, bool MinorsOnly, int OccupiedTonight, int FreeTonight, bool OverCapacity, int Version);

/// <summary>
/// A centre's shelters and the stays in them. Admission follows <see cref="OccupancyRules"/>: refused, with the
/// night and the basis, when any night of the stay would hold more persons than places. Every admission or change of
/// a departure date bumps the shelter's version, so two admissions racing for the last place cannot both succeed.
/// </summary>
public sealed class ShelterService(AppDbContext db, CurrentUser me, SupportAccess access, SupportViews views, AuditLog audit, TimeProvider clock,
    IStringLocalizer<SharedResource> localizer)
{
    public async Task<IReadOnlyList<ShelterView>> ListAsync(CancellationToken ct)
    {
        var organisation = me.OrganisationId ?? Guid.Empty;
        var shelters = await db.Shelters.AsNoTracking().Where(s => s.CentreId == organisation).OrderBy(s => s.Name).Take(SupportLimits.MaxRows).ToListAsync(ct);
        var ids = shelters.Select(s => s.Id).ToList();
        var today = LegalCalendar.Today(clock);
        var stays = (await db.ShelterStays.AsNoTracking().Where(s => ids.Contains(s.ShelterId) && (s.End == null || s.End > today)).ToListAsync(ct))
            .ToLookup(s => s.ShelterId);
        return shelters.Select(s => View(s, [.. stays[s.Id].Select(x => x.ToDomain())], today)).ToList();
    }

    public async Task<SupportResult<ShelterView>> CreateAsync(ShelterInput input, CancellationToken ct)
    {
        var v = new Validation(localizer)
            .RequireText(input.Name, "name", SupportLimits.ShelterName)
            .Require(input.Capacity is >= 0 and <= SupportLimits.MaxShelterCapacity, "capacity", "Give the number of places, from 0 to {0}.",
                SupportLimits.MaxShelterCapacity)
            .Require(input.MinorsOnly is not null, "minorsOnly", "This field is required.")
            .RequireText(input.Address, "address", SupportLimits.ShelterAddress);
        if (!v.IsValid)
        {
            return SupportResults.Invalid<ShelterView>(v);
        }

        if (me.OrganisationId is not { } organisation
            || !await db.Organisations.AnyAsync(o => o.Id == organisation && o.IsActive
                                                     && (o.Kind == OrganisationKind.SpecialisedCentre || o.Kind == OrganisationKind.MinorsReceptionStructure), ct))
        {
            return SupportResults.NotCompetent<ShelterView>(localizer["Only a specialised centre or a structure for minors keeps shelters ({0}).",
                AssistanceArticles.Assistance.Citation]);
        }

        var name = input.Name!.Trim();
        if (await db.Shelters.AnyAsync(s => s.CentreId == organisation && s.Name == name, ct))
        {
            return SupportResults.Conflict<ShelterView>(localizer["Your centre already has a shelter with this name."]);
        }

        var shelter = new ShelterRecord(Guid.CreateVersion7(), organisation, name, input.Capacity!.Value, input.MinorsOnly!.Value, input.Address!.Trim(),
            me.UserId!.Value, clock.GetUtcNow());
        db.Shelters.Add(shelter);
        audit.Record(AuditEventType.ShelterCreated, "Shelter", shelter.Id.ToString(), details: $"capacity {shelter.Capacity} minors={shelter.MinorsOnly}");
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException)
        {
            return SupportResults.Conflict<ShelterView>(localizer["Your centre already has a shelter with this name."]);
        }

        return SupportResults.Done<ShelterView>(View(shelter, [], LegalCalendar.Today(clock)));
    }

    public async Task<SupportResult<SupportCaseView>> AdmitAsync(Guid id, StayInput input, CancellationToken ct)
    {
        var v = new Validation(localizer)
            .Require(input.ShelterId is not null, "shelterId", "This field is required.")
            .Require(input.Start is not null, "start", "This field is required.")
            .Require(input.ResidentIsMinor is not null, "residentIsMinor", "This field is required.");
        if (!v.IsValid)
        {
            return SupportResults.Invalid<SupportCaseView>(v);
        }

        var support = await access.FindAsync(id, ct);
        if (support is null)
        {
            return SupportResults.NotFound<SupportCaseView>();
        }

        if (!support.IsOpen)
        {
            return SupportResults.Conflict<SupportCaseView>(localizer["This support case is closed: its record no longer changes."]);
        }

        var shelter = await db.Shelters.FirstOrDefaultAsync(s => s.Id == input.ShelterId && s.CentreId == support.CentreId, ct);
        if (shelter is null)
        {
            return SupportResults.Invalid<SupportCaseView>(v.Require(false, "shelterId", "Choose one of your centre's shelters."));
        }

        var proposed = new ShelterStay(LocalDate.FromDateOnly(input.Start!.Value), input.End is { } end ? LocalDate.FromDateOnly(end) : null,
            input.ResidentIsMinor!.Value);
        var ownStays = await db.ShelterStays.AsNoTracking().Where(s => s.SupportCaseId == support.Id).ToListAsync(ct);
        if (ownStays.Any(s => Overlap(s.ToDomain(), proposed)))
        {
            return SupportResults.Conflict<SupportCaseView>(localizer["The person already has a place for some of these nights: record the departure first."]);
        }

        var admitted = OccupancyRules.Admit(shelter.ToDomain(), await StaysAsync(shelter.Id, proposed.Start, exceptStay: null, ct), proposed);
        if (!admitted.IsAccepted)
        {
            return SupportResults.Refused<SupportCaseView>(admitted.Refusal);
        }

        var stay = new ShelterStayRecord(Guid.CreateVersion7(), shelter.Id, support.Id, admitted.Value, me.UserId!.Value, clock.GetUtcNow());
        db.ShelterStays.Add(stay);
        shelter.BumpVersion();
        audit.Record(AuditEventType.ShelterStayAdmitted, "SupportCase", support.Id.ToString(), details: $"stay {stay.Id} shelter {shelter.Id}");
        return await SaveAsync(support, ct);
    }

    /// <summary>Records or moves the departure; a later departure is checked against the places like an admission.</summary>
    public async Task<SupportResult<SupportCaseView>> DepartAsync(Guid id, Guid stayId, StayEndInput input, CancellationToken ct)
    {
        var v = new Validation(localizer).Require(input.On is not null, "on", "This field is required.");
        if (!v.IsValid)
        {
            return SupportResults.Invalid<SupportCaseView>(v);
        }

        var support = await access.FindAsync(id, ct);
        var stay = support is null ? null : await db.ShelterStays.FirstOrDefaultAsync(s => s.Id == stayId && s.SupportCaseId == support.Id, ct);
        if (support is null || stay is null)
        {
            return SupportResults.NotFound<SupportCaseView>();
        }

        var shelter = await db.Shelters.FirstAsync(s => s.Id == stay.ShelterId, ct);
        var proposed = stay.ToDomain() with { End = LocalDate.FromDateOnly(input.On!.Value) };
        var checkedStay = OccupancyRules.Admit(shelter.ToDomain(), await StaysAsync(shelter.Id, proposed.Start, exceptStay: stay.Id, ct), proposed);
        if (!checkedStay.IsAccepted)
        {
            return SupportResults.Refused<SupportCaseView>(checkedStay.Refusal);
        }

        stay.Departs(checkedStay.Value.End!.Value);
        shelter.BumpVersion();
        audit.Record(AuditEventType.ShelterStayEnded, "SupportCase", support.Id.ToString(), details: $"stay {stay.Id} shelter {shelter.Id}");
        return await SaveAsync(support, ct);
    }

    /// <summary>The shelter's other stays that have not ended by <paramref name="from"/>: only they can share a night with a stay starting then.</summary>
    private async Task<List<ShelterStay>> StaysAsync(Guid shelterId, LocalDate from, Guid? exceptStay, CancellationToken ct) =>
        (await db.ShelterStays.AsNoTracking().Where(s => s.ShelterId == shelterId && s.Id != exceptStay && (s.End == null || s.End > from)).ToListAsync(ct))
            .Select(s => s.ToDomain()).ToList();

    private static bool Overlap(ShelterStay a, ShelterStay b) => a.Start < (b.End ?? LocalDate.MaxIsoValue) && b.Start < (a.End ?? LocalDate.MaxIsoValue);

    private static ShelterView View(ShelterRecord s, IReadOnlyList<ShelterStay> stays, LocalDate today)
    {
        var occupancy = OccupancyRules.On(s.ToDomain(), stays, today);
        return new ShelterView(s.Id, s.Name, s.Capacity, s.MinorsOnly, occupancy.Occupied, occupancy.Free, occupancy.IsOverCapacity, s.Version);
    }

    private async Task<SupportResult<SupportCaseView>> SaveAsync(SupportCase support, CancellationToken ct)
    {
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateConcurrencyException)
        {
            return SupportResults.Conflict<SupportCaseView>(localizer["Someone else changed this shelter's places at the same moment; try again."]);
        }

        return SupportResults.Done<SupportCaseView>(await views.ViewAsync(support, ct));
    }
}
