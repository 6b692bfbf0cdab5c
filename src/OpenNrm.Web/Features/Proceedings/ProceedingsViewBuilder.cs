using Microsoft.EntityFrameworkCore;
using NodaTime;
using OpenNrm.Domain.Proceedings;
using OpenNrm.Web.Data;

namespace OpenNrm.Web.Features.Proceedings;

/// <summary>Builds the views of a replayed case: the office's full view, and the status view of an organisation working on a victim's file.</summary>
public sealed class ProceedingsViewBuilder(AppDbContext db, OfficeStaff staff)
{
    public async Task<ProceedingsView> FullAsync(ProceedingsRecord record, CriminalProceedings state, LocalDate asOf, CancellationToken ct)
    {
        var events = state.EventsUpTo(asOf);
        var summary = ProceedingsSummary.Of(state, asOf);
        var assignments = record.Magistrates.OrderBy(m => m.Sequence).Where(m => m.From <= asOf).ToList();
        var names = await staff.NamesAsync(assignments.Select(m => m.MagistrateId).Distinct().ToList(), ct);
        var magistrates = assignments.Select(m => new MagistrateView(m.MagistrateId, names.GetValueOrDefault(m.MagistrateId, "—"), m.From.ToDateOnly())).ToList();
        var links = await db.VictimLinks.AsNoTracking().Where(l => l.ProceedingsId == record.Id).OrderBy(l => l.LinkedAt).ToListAsync(ct);
        var victims = await VictimsAsync(links, ct);
        return new ProceedingsView(record.Id, record.OfficeId, await OfficeNameAsync(record.OfficeId, ct), record.NoticeNumber, record.OpenedOn.ToDateOnly(),
            asOf.ToDateOnly(), summary.Status, summary.StatusSince.ToDateOnly(), summary.IsOngoing, summary.TraffickingChargesRetained,
            ProceedingsReading.Judgment(events), ProceedingsReading.AppealOpenUntil(state, asOf)?.ToDateOnly(),
            // The magistrate holding the case on the date: the list stops at the date, and a reassignment counts from its own day.
            magistrates[^1],
            summary.InvestigationEndedOn?.ToDateOnly(), summary.InvestigationLastedMoreThanTwoYears,
            ProceedingsReading.History(state, asOf),
            record.Events.OrderBy(e => e.Sequence).Where(e => e.Date <= asOf).Select(ProceedingsEventView.From).ToList(),
            magistrates, victims, record.Version);
    }

    /// <summary>The status, and the roles and damages of the given links only.</summary>
    public async Task<ProceedingsStatusView> StatusAsync(ProceedingsRecord record, CriminalProceedings state, LocalDate asOf, IReadOnlyList<VictimLinkRecord> links,
        CancellationToken ct)
    {
        var summary = ProceedingsSummary.Of(state, asOf);
        return new ProceedingsStatusView(record.Id, record.OfficeId, await OfficeNameAsync(record.OfficeId, ct), record.NoticeNumber, asOf.ToDateOnly(),
            summary.Status, summary.StatusSince.ToDateOnly(), summary.IsOngoing, ProceedingsReading.AppealOpenUntil(state, asOf)?.ToDateOnly(),
            await VictimsAsync(links, ct));
    }

    public async Task<IReadOnlyList<VictimView>> VictimsAsync(IReadOnlyList<VictimLinkRecord> links, CancellationToken ct)
    {
        var caseIds = links.Select(l => l.CaseId).Distinct().ToList();
        var references = await db.Cases.Where(c => caseIds.Contains(c.Id)).Select(c => new { c.Id, c.Reference }).ToDictionaryAsync(c => c.Id, c => c.Reference, ct);
        return links.Select(l => VictimView.From(l, references.GetValueOrDefault(l.CaseId, string.Empty))).ToList();
    }

    public async Task<string> OfficeNameAsync(Guid officeId, CancellationToken ct) =>
        await db.Organisations.AsNoTracking().Where(o => o.Id == officeId).Select(o => o.Name).FirstOrDefaultAsync(ct) ?? string.Empty;
}
