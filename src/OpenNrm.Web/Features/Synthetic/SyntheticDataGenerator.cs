using System.Diagnostics;
using System.Globalization;
using Microsoft.AspNetCore.Http;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using OpenNrm.Domain.Audit;
using OpenNrm.Domain.Detection;
using OpenNrm.Domain.Referral;
using OpenNrm.Web.Data;
using OpenNrm.Web.Features.Access;
using OpenNrm.Web.Features.Audit;
using OpenNrm.Web.Features.Referrals;
using OpenNrm.Web.Features.Shared;
using OpenNrm.Web.Security;

namespace OpenNrm.Web.Features.Synthetic;

/// <summary>
/// Fills a database with a decade of realistic, made-up activity for load tests and demonstrations: signals and
/// their persons, files, referrals, residence procedures and the audit trail of all of it, deterministic from a
/// seed. Every step goes through the domain's rules (indicator assessment, legal duties, routing, the referral
/// lifecycle, <c>ProcedureEvaluator.Decide</c>), names are encrypted and hashed by the application's own
/// converter and blind index, and each audit entry carries the moment of the act it records. Written in batches:
/// one SaveChanges (or, on PostgreSQL with <see cref="GenerationRequest.Copy"/>, one binary COPY per table) per
/// batch of persons, the change tracker cleared after it, and the batch's audit entries sealed as the server's job
/// would seal them, so that the server starts on a sealed trail.
/// </summary>
public sealed class SyntheticDataGenerator(AppDbContext db, IServiceScopeFactory scopes, SyntheticStaff staff, AuditLog audit, AuditChain chain,
    CurrentUser me, IHttpContextAccessor http, BlindIndex blindIndex, NameKeyIndex nameKeys, OpenNrmOptions options, ReferralOptions referralOptions, TimeProvider clock)
{
    private const int DecadeDays = 3652;

    public async Task<GenerationOutcome> GenerateAsync(GenerationRequest request, IProgress<GenerationProgress>? progress, CancellationToken ct)
    {
        var today = LegalCalendar.Today(clock);
        var asOf = request.AsOf ?? today;
        if (Invalid(request, asOf, today) is { } problem)
        {
            return new(null, problem);
        }

        var others = await SyntheticDataGuard.OtherFilesAsync(db, ct);
        if (SyntheticDataGuard.Refusal(others, options.DemoMode, request.Force) is { } refusal)
        {
            return new(null, refusal);
        }

        var elapsed = Stopwatch.StartNew();
        var (roster, created) = await staff.EnsureAsync(ct);
        var number = await LastSyntheticNumberAsync(ct);
        var first = Reference(number + 1);
        var syntheticClock = new SyntheticClock();
        var counts = new GenerationCounts();
        var g = new GenerationContext(new Random(request.Seed), roster, new AuditLog(db, chain, syntheticClock, me, http), syntheticClock, blindIndex, asOf,
            referralOptions.AcknowledgementWindow, counts);
        var reads = new FileReads(new Random(unchecked((request.Seed * 7919) + 104_729)), request.ReadsPerPerson);
        var start = g.Horizon.AddDays(-DecadeDays);
        var span = g.Horizon.AddHours(-2) - start;
        var sealing = TimeSpan.Zero;
        var inBatch = 0;
        while (counts.Persons < request.Persons)
        {
            var detectedAt = start + (span * Timeline.Growing((counts.Persons + 0.5) / request.Persons));
            var signal = SignalFactory.Build(g, detectedAt, request.Persons - counts.Persons, () => Reference(++number));
            foreach (var person in signal.Persons)
            {
                var referral = FollowUp(g, signal, person);
                reads.Add(g, signal, person.File.Id, referral?.CentreCode);
            }

            db.Signals.Add(signal.Signal);
            inBatch += signal.Persons.Length;
            if (inBatch >= request.BatchSize || counts.Persons == request.Persons)
            {
                sealing += await SaveBatchAsync(request.Copy, ct);
                inBatch = 0;
            }

            progress?.Report(new GenerationProgress(counts.Persons, request.Persons));
        }

        audit.Record(AuditEventType.SyntheticDataGenerated, details: string.Create(CultureInfo.InvariantCulture,
            $"persons={counts.Persons} seed={request.Seed} asOf={asOf.ToDateOnly():O} files={first}..{Reference(number)}"));
        sealing += await SaveBatchAsync(copy: false, ct);
        return new(new GenerationReport(counts.Persons, counts.Signals, counts.Referrals, counts.Procedures, counts.ProcedureEvents, counts.AuditEntries + 1,
            counts.RefusedEvents, created, first, Reference(number), elapsed.Elapsed, sealing), null);
    }

    /// <summary>What follows the signal for one person: the referral, the procedure after an intake that opens it, protection checks.</summary>
    private GeneratedReferral? FollowUp(GenerationContext g, GeneratedSignal signal, DetectedPerson detected)
    {
        var r = g.Random;
        db.Cases.Add(detected.File);
        // The protection check and duplicate detection match on these keys; without them a start would re-index every file.
        foreach (var hash in nameKeys.Hashes(detected.File.PersonName, detected.Person.Aliases))
        {
            db.CaseNameKeys.Add(new Cases.CaseNameKey(detected.File.Id, hash, NameKeyIndex.Version));
        }

        // The Circular makes police and inspection services contact a centre; other services mostly do too.
        var mustRefer = detected.Person.Duties.Any(d => d.Kind == LegalDutyKind.ReferToSpecialisedCentre);
        GeneratedReferral? referral = null;
        if (r.Chance(mustRefer ? 0.88 : 0.55))
        {
            referral = ReferralFactory.Send(g, signal, detected);
            db.Referrals.Add(referral.Referral);
            if (referral.Outcome == IntakeOutcome.EnteredResidenceProcedure && ProcedureOpening.Open(g, signal, detected, referral) is { } procedure)
            {
                db.Procedures.Add(procedure);
            }
        }

        var checkedAt = signal.Signal.CreatedAt.AddDays(r.Between(1, 1500));
        if (r.Chance(0.15) && detected.Person.Citizenship == CitizenshipGroup.ThirdCountry && g.HasHappened(checkedAt))
        {
            // A later police or Immigration Office check on the person: protected from the signal on, so a hit.
            var unit = r.Pick(ProtectionCheckers);
            g.Audit(checkedAt, AuditEventType.ProtectionChecked, null, null, g.Staff.Pick(r, unit), unit, details: "hit");
        }

        return referral;
    }

    private static readonly string[] ProtectionCheckers = ["IO-DUBLIN", "IO-RETURN", "POL-ZP-BXL-IXL", "POL-ZP-ANTWERPEN", "POL-FED-THB"];

    /// <summary>One transaction per batch; then the tracker is emptied and the batch's audit entries sealed, as the server's job would.</summary>
    private async Task<TimeSpan> SaveBatchAsync(bool copy, CancellationToken ct)
    {
        if (copy)
        {
            await PostgresCopy.WriteAsync(db, ct);
        }
        else
        {
            await db.SaveChangesAsync(ct);
            db.ChangeTracker.Clear();
        }

        var sealing = Stopwatch.StartNew();
        await using var scope = scopes.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<AuditSealer>().SealPendingAsync(ct);
        return sealing.Elapsed;
    }

    private async Task<int> LastSyntheticNumberAsync(CancellationToken ct)
    {
        var last = await db.Cases.Where(c => c.Reference.StartsWith(SyntheticDataGuard.SyntheticPrefix)).MaxAsync(c => (string?)c.Reference, ct);
        return last is null ? 0 : int.Parse(last[SyntheticDataGuard.SyntheticPrefix.Length..], CultureInfo.InvariantCulture);
    }

    /// <summary>Fixed width, so that the greatest reference is the last one generated.</summary>
    private static string Reference(int number) => SyntheticDataGuard.SyntheticPrefix + number.ToString("D7", CultureInfo.InvariantCulture);

    private string? Invalid(GenerationRequest request, NodaTime.LocalDate asOf, NodaTime.LocalDate today) =>
        request.Persons is < 1 or > GenerationRequest.MaxPersons ? $"--persons must be between 1 and {GenerationRequest.MaxPersons:N0}."
        : request.ReadsPerPerson is < 0 or > GenerationRequest.MaxReadsPerPerson ? $"--reads must be between 0 and {GenerationRequest.MaxReadsPerPerson}."
        : request.BatchSize < 1 ? "--batch must be at least 1."
        : asOf > today ? "--as-of cannot be in the future: the data describes what already happened."
        : request.Copy && !options.UsesPostgres ? "--copy is PostgreSQL's bulk path; on SQLite the batches are written with SaveChanges."
        : null;
}
