using System.IO.Compression;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.Http.Json;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Options;
using NodaTime;
using OpenNrm.Domain.Audit;
using OpenNrm.Domain.Detection;
using OpenNrm.Domain.Statistics;
using OpenNrm.Web.Data;
using OpenNrm.Web.Features.Audit;
using OpenNrm.Web.Features.Shared;

namespace OpenNrm.Web.Features.Statistics.Microdata;

/// <summary>What a release did, as release.json states it beside the rows.</summary>
public sealed record MicrodataSummary(
    string Standard,
    int K,
    int From,
    int To,
    int PersonsRegistered,
    int OutOfScope,
    int InputRows,
    int ReleasedRows,
    int GeneralisedRows,
    int SuppressedRows,
    IReadOnlyDictionary<GeneralisationStep, int> GeneralisedRowsByStep,
    string Purpose,
    string AgreementReference,
    DateTimeOffset GeneratedAt,
    string RowsSha256,
    string Basis);

public sealed record MicrodataResult(ExportFile? File, MicrodataSummary? Summary, Validation? Validation)
{
    public bool IsDone => File is not null;
}

/// <summary>
/// A k-anonymised person-level release in HTCDS 2.0 fields, for research under an agreement. Each person (file)
/// registered in the period is one row of quasi-identifiers only (no name, date, place or file number); the
/// domain's <see cref="KAnonymity"/> generalises and then leaves out rows until every combination is shared by at
/// least k rows, and the result is checked again before anything leaves. The release is audited with its stated
/// purpose, its agreement and the hash of its rows, in the same unit of work, before the file is handed over.
/// </summary>
public sealed class MicrodataRelease(StatisticsSource source, StatisticsOptions options, AuditLog audit, AppDbContext db, TimeProvider clock,
    IStringLocalizer<SharedResource> localizer, IOptions<JsonOptions> json)
{
    public const string SubjectType = "Microdata";

    public int DefaultK => options.MicrodataK;

    public int Floor => KAnonymity.Floor(options.Rules);

    public async Task<MicrodataResult> ReleaseAsync(MicrodataRequest? request, CancellationToken ct)
    {
        var v = new Validation(localizer);
        var current = LegalCalendar.Today(clock).Year;
        var from = request?.From;
        var to = request?.To;
        v.Require(from is >= StatisticsYear.First && from <= current, "from", "Give a year from {0} to {1}.", StatisticsYear.First, current);
        v.Require(to is >= StatisticsYear.First && to <= current && (from is null || to >= from), "to", "Give a year from {0} to {1}, not before the first year.",
            StatisticsYear.First, current);
        var purpose = request?.Purpose?.Trim() ?? string.Empty;
        v.Require(purpose.Length is >= MicrodataRequest.PurposeMin and <= MicrodataRequest.PurposeMax, "purpose",
            "State the research purpose in {0} to {1} characters.", MicrodataRequest.PurposeMin, MicrodataRequest.PurposeMax);
        var agreement = request?.AgreementReference?.Trim() ?? string.Empty;
        v.Require(agreement.Length is > 0 and <= MicrodataRequest.AgreementMax, "agreementReference",
            "Give the reference of the research agreement, in at most {0} characters.", MicrodataRequest.AgreementMax);
        var k = request?.K ?? DefaultK;
        v.Require(k >= DefaultK && k <= MicrodataRequest.MaxK, "k",
            "k must be from {0} to {1}: a release may be stricter than the configured k, never looser.", DefaultK, MicrodataRequest.MaxK);
        if (!v.IsValid || from is not { } first || to is not { } last)
        {
            return new(null, null, v);
        }

        var now = clock.GetUtcNow();
        var facts = await source.LoadAsync(first, last, StatisticsSource.DateOf(Instant.FromDateTimeOffset(now)), ct);
        // A person is registered once, in the year of the first signal of their file.
        var registered = facts.Signals
            .GroupBy(s => s.CaseId)
            .Select(g => g.OrderBy(s => s.DetectedAt).First())
            .Where(s => s.DetectedOn.Year >= first && s.DetectedOn.Year <= last)
            .ToList();
        // HTCDS is trafficking case data: a person protected only as a victim of aggravated smuggling is not in it.
        var rows = registered.Where(s => Breakdowns.InEurostatTables(s.Profile)).Select(Row).ToList();
        var release = KAnonymity.Release(rows, k);
        var check = KAnonymity.Check(release.Rows, k);
        if (!check.IsKAnonymous)
        {
            // The domain's release guarantees it; if that ever breaks, nothing leaves.
            throw new InvalidOperationException($"The release has {check.RowsInSmallClasses} rows in groups smaller than {k}.");
        }

        var csv = HtcdsRows.Csv(release.Rows);
        var sha256 = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(csv)));
        var summary = new MicrodataSummary(HtcdsDictionary.Standard, k, first, last, registered.Count, registered.Count - rows.Count, release.InputRows,
            release.Rows.Count, release.GeneralisedRows, release.SuppressedRows, release.RowsByStep, purpose, agreement, now, sha256,
            KAnonymity.Basis.Citation);
        var name = $"opennrm-htcds-{first}-{last}";
        var file = new ExportFile(Zip(name, csv, summary, now), "application/zip", name + ".zip");
        audit.Record(AuditEventType.MicrodataExported, SubjectType, $"{first}-{last}", purpose: purpose,
            details: $"standard=HTCDS-2.0 from={first} to={last} k={k} rows={release.Rows.Count} generalised={release.GeneralisedRows} " +
                     $"suppressed={release.SuppressedRows} out-of-scope={summary.OutOfScope} agreement={agreement} sha256={sha256}");
        await db.SaveChangesAsync(ct);
        return new(file, summary, null);
    }

    public string Dictionary() => HtcdsDictionary.Markdown(DefaultK, Floor);

    private static MicrodataRow Row(SignalFact s)
    {
        var nationality = s.Profile.Nationality?.Trim().ToUpperInvariant();
        return new MicrodataRow(
            Breakdowns.ImmigrationOfficeAge(s.Profile, s.DetectedOn),
            s.Profile.Sex,
            nationality is not null && Citizenship.IsIso2(nationality) ? nationality : null,
            s.Profile.Citizenship,
            Breakdowns.EurostatFormOf(s.Profile),
            s.DetectedOn.Year);
    }

    private byte[] Zip(string name, string csv, MicrodataSummary summary, DateTimeOffset at)
    {
        using var buffer = new MemoryStream();
        using (var zip = new ZipArchive(buffer, ZipArchiveMode.Create, leaveOpen: true))
        {
            void Entry(string entryName, byte[] content)
            {
                var entry = zip.CreateEntry(entryName, CompressionLevel.Optimal);
                entry.LastWriteTime = at;
                using var stream = entry.Open();
                stream.Write(content);
            }

            Entry(name + ".csv", Encoding.UTF8.GetBytes(csv));
            Entry("release.json", JsonSerializer.SerializeToUtf8Bytes(summary, json.Value.SerializerOptions));
            Entry("data-dictionary.md", Encoding.UTF8.GetBytes(HtcdsDictionary.Markdown(summary.K, Floor)));
        }

        return buffer.ToArray();
    }
}
