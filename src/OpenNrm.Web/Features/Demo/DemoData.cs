using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using NodaTime;
using OpenNrm.Domain.Access;
using OpenNrm.Domain.Audit;
using OpenNrm.Domain.Residence;
using OpenNrm.Web.Data;
using OpenNrm.Web.Features.Access;
using OpenNrm.Web.Features.Audit;
using OpenNrm.Web.Features.Cases;
using OpenNrm.Web.Features.Residence;
using OpenNrm.Web.Features.Shared;
using OpenNrm.Web.Security;

namespace OpenNrm.Web.Features.Demo;

/// <summary>
/// Demo mode only: fictitious files and procedures at every stage, so that a newcomer sees the legal clocks at
/// work. Deterministic from a seed; every event passes the same legal check as a real one before it is stored.
/// </summary>
public sealed class DemoData(AppDbContext db, UserManager<AppUser> users, BlindIndex blindIndex, CaseNames names, AuditLog audit, TimeProvider clock)
{
    private static readonly string[] GivenNames = ["Amina", "Blessing", "Chen", "Dmytro", "Esther", "Fatima", "Gift", "Hoang", "Ibrahim", "Joy", "Karim", "Lina", "Mohamed", "Nadia", "Osagie", "Priya", "Rania", "Samir", "Tatiana", "Uche", "Vu", "Wafa", "Yusuf", "Zainab"];
    private static readonly string[] FamilyNames = ["Okafor", "El Amrani", "Nguyen", "Kovalenko", "Osei", "Benali", "Edo", "Tran", "Haddad", "Igbinosa", "Singh", "Mansour", "Petrova", "Khan", "Santos", "Mahmoud"];
    private static readonly (string Centre, string Prosecutor)[] Seats = [("CENTRE-PAGASA", "PROS-BXL"), ("CENTRE-PAYOKE", "PROS-ANT"), ("CENTRE-SURYA", "PROS-LIE")];

    public async Task<int> EnsureAsync(int files = 24, int seed = 2026, CancellationToken ct = default)
    {
        if (await db.Cases.AnyAsync(ct))
        {
            return 0;
        }

        var random = new Random(seed);
        var today = LegalCalendar.Today(clock);
        var centreUser = await IdOf(Role.CentreCaseworker);
        var prosecutorUser = await IdOf(Role.Prosecutor);
        var immigrationUser = await IdOf(Role.ImmigrationThbOfficer);
        var thb = BelgianReferenceData.IdFor("IO-THB");
        var now = clock.GetUtcNow();
        for (var i = 0; i < files; i++)
        {
            var (centreCode, prosecutorCode) = Seats[i % Seats.Length];
            var centre = BelgianReferenceData.IdFor(centreCode);
            var prosecutor = BelgianReferenceData.IdFor(prosecutorCode);
            var name = $"{GivenNames[random.Next(GivenNames.Length)]} {FamilyNames[random.Next(FamilyNames.Length)]}";
            var file = new CaseFile(Guid.CreateVersion7(), $"NRM-DEMO-{i + 1:D3}", name, blindIndex.Compute(name), centre, now);
            db.Cases.Add(file);
            names.Index(file.Id, name);
            var opened = new ProcedureOpened(today.PlusDays(-random.Next(20, 900)), IsThirdCountryNational: true, IsUnaccompaniedMinor: i % 7 == 3);
            // The demo caseworker follows PAG-ASA's procedures; the other centres' procedures fall to their whole team.
            var procedure = new ResidenceProcedure(Guid.CreateVersion7(), file.Id, centre, prosecutor, opened, now,
                centreCode == "CENTRE-PAGASA" ? centreUser : null);
            file.Involve(prosecutor, now);
            file.Involve(thb, now);
            db.Procedures.Add(procedure);

            var target = (ProcedureStage)(i % 5 + 1);
            var date = opened.Date;
            LocalDate Next(int minDays, int maxDays) => date = LocalDate.Min(today, date.PlusDays(random.Next(minDays, maxDays)));
            void Try(ProcedureEventInput input, Guid user, Guid organisation)
            {
                var (proposed, _) = ProcedureEventMapping.ToDomain(input);
                if (proposed is not null && ProcedureEvaluator.Decide(procedure.History(), proposed).IsAllowed)
                {
                    procedure.Append(input, user, organisation, now);
                }
            }

            var first = opened.IsUnaccompaniedMinor ? DocumentType.MinorTemporaryDocument3Months
                : opened.Date < new LocalDate(2017, 5, 20) ? DocumentType.OrderToLeaveTerritory45Days : DocumentType.Annex15ReflectionDocument;
            // The centre applies on the person's behalf (RD 8 Oct 1981 art. 110bis §1); the Immigration Office decides.
            void Apply(DocumentType type, bool renewal, LocalDate on) =>
                Try(new(ProcedureEventKind.DocumentApplied, on.ToDateOnly(), type, Renewal: renewal), centreUser, centre);

            Apply(first, renewal: false, date);
            Try(new(ProcedureEventKind.DocumentIssued, Next(0, 2).ToDateOnly(), first), immigrationUser, thb);
            Try(new(ProcedureEventKind.SupportAccepted, date.ToDateOnly()), centreUser, centre);
            if (target >= ProcedureStage.PresumedVictim)
            {
                Try(new(ProcedureEventKind.ComplaintFiled, Next(5, 30).ToDateOnly()), centreUser, centre);
                Apply(DocumentType.AttestationOfImmatriculation, renewal: false, Next(0, 3));
                Try(new(ProcedureEventKind.DocumentIssued, Next(1, 10).ToDateOnly(), DocumentType.AttestationOfImmatriculation), immigrationUser, thb);
            }

            if (target == ProcedureStage.PresumedVictim)
            {
                // Left waiting for the Immigration Office, so the demo shows an application pending.
                Apply(DocumentType.AttestationOfImmatriculation, renewal: true, Next(40, 80));
            }

            if (target is ProcedureStage.IdentifiedVictim or ProcedureStage.Permanent)
            {
                Next(20, 80);
                foreach (var criterion in Enum.GetValues<ProsecutorCriterion>())
                {
                    Try(new(ProcedureEventKind.ProsecutorConfirmed, date.ToDateOnly(), Criterion: criterion), prosecutorUser, prosecutor);
                }

                Apply(DocumentType.ACard, renewal: false, Next(1, 5));
                Try(new(ProcedureEventKind.PublicOrderAssessed, Next(2, 15).ToDateOnly(), NoThreat: true), immigrationUser, thb);
                Try(new(ProcedureEventKind.DocumentIssued, Next(1, 10).ToDateOnly(), DocumentType.ACard), immigrationUser, thb);
            }

            if (target == ProcedureStage.Permanent)
            {
                Try(new(ProcedureEventKind.ChargesRetained, Next(60, 200).ToDateOnly(), WithTrafficking: true), prosecutorUser, prosecutor);
                Try(new(ProcedureEventKind.IdentityProven, Next(1, 20).ToDateOnly()), centreUser, centre);
                Apply(DocumentType.BCard, renewal: false, Next(1, 10));
                Try(new(ProcedureEventKind.DocumentIssued, Next(5, 30).ToDateOnly(), DocumentType.BCard), immigrationUser, thb);
            }

            if (target == ProcedureStage.Ended)
            {
                Try(new(ProcedureEventKind.VoluntaryReturn, Next(10, 60).ToDateOnly()), centreUser, centre);
            }

            procedure.Summarise(today);
        }

        // A few criminal cases of the Brussels office, linked to files it works on.
        var brussels = BelgianReferenceData.IdFor("PROS-BXL");
        Proceedings.ProceedingsDemo.Add(db, brussels, db.Cases.Local.Where(c => c.Involves(brussels)).OrderBy(c => c.Reference).Take(4).ToList(), prosecutorUser, today, now);

        audit.Record(AuditEventType.DemoDataSeeded, details: $"demo files: {files}");
        await db.SaveChangesAsync(ct);
        return files;
    }

    private async Task<Guid> IdOf(Role role) =>
        (await users.FindByEmailAsync(DemoAccounts.EmailFor(role)))?.Id
        ?? throw new InvalidOperationException("Create the demo accounts before the demo data.");
}
