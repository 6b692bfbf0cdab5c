using NodaTime;
using OpenNrm.Domain.Proceedings;
using OpenNrm.Web.Data;
using OpenNrm.Web.Features.Cases;

namespace OpenNrm.Web.Features.Proceedings;

/// <summary>
/// Demo mode only: a few criminal cases of one office at different stages, each linked to one of its files. Every
/// act goes through the register first, so the demo holds only histories the rules accept.
/// </summary>
public static class ProceedingsDemo
{
    public static void Add(AppDbContext db, Guid officeId, IReadOnlyList<CaseFile> files, Guid prosecutor, LocalDate today, DateTimeOffset now)
    {
        for (var i = 0; i < files.Count; i++)
        {
            var opened = today.PlusDays(-700 + (i * 40));
            var outcome = ProceedingsRegister.Open(officeId.ToString(), $"BR.12.L1.{10_400 + i:D6}/{opened.Year % 100:D2}", opened, prosecutor.ToString(), today);
            if (outcome.Value is not { } state)
            {
                continue;
            }

            var record = new ProceedingsRecord(Guid.CreateVersion7(), officeId, state, prosecutor, prosecutor, now);
            void Try(ProceedingsEvent next)
            {
                if (ProceedingsRegister.Record(state, next, today).Value is { } after)
                {
                    state = after;
                    record.Append(next, prosecutor, now);
                }
            }

            // One case stays in preliminary investigation; the others go further, the last to a final conviction.
            if (i >= 1)
            {
                Try(new JudicialInvestigationOpened(opened.PlusDays(30)));
            }

            if (i >= 2)
            {
                Try(new ChargesBrought(opened.PlusDays(200), ChargeRoute.CouncilChamberReferral, IncludesTrafficking: true));
                Try(new TrialOpened(opened.PlusDays(300)));
                // The third case was judged ten days ago, so its appeal period is running; the fourth is long final.
                var judged = i == 2 ? today.PlusDays(-10) : opened.PlusDays(400);
                Try(new JudgmentDelivered(judged, JudgmentOutcome.Conviction,
                    i % 2 == 0 ? ExploitationCategory.SexualExploitation : ExploitationCategory.EconomicExploitation, TraffickingRetained: true));
                if (i >= 3)
                {
                    Try(new BecameFinal(judged.PlusDays(AppealPeriod.Days + 1)));
                }
            }

            db.CriminalProceedings.Add(record);
            var link = VictimLinks.Link(files[i].Id.ToString(), state, i >= 3 ? VictimRoles.Complainant | VictimRoles.CivilParty : VictimRoles.Complainant);
            if (i >= 3 && VictimLinks.RecordCompensation(link, state, new Compensation(2_500_000, 1_800_000, 300_000)).Value is { } damages)
            {
                link = damages;
            }

            db.VictimLinks.Add(new VictimLinkRecord(Guid.CreateVersion7(), record.Id, files[i].Id, link, prosecutor, now));
        }
    }
}
