using System.Security.Cryptography;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Logging;
using OpenNrm.Domain.Audit;
using OpenNrm.Domain.Statistics.Imports;
using OpenNrm.Web.Data;
using OpenNrm.Web.Features.Access;
using OpenNrm.Web.Features.Audit;
using OpenNrm.Web.Features.Shared;

namespace OpenNrm.Web.Features.Statistics.Imports;

public enum ImportOutcome
{
    Done,

    /// <summary>The source or the year asked for is not valid; the file was not read.</summary>
    Invalid,

    /// <summary>The file has problems: every one is in the report, and nothing was stored.</summary>
    FileRefused,
    NotFound,
    Conflict,
}

public sealed record ImportResult(ImportOutcome Outcome, ImportPreview? Preview = null, Validation? Validation = null, ImportReport? Report = null,
    string? Conflict = null);

/// <summary>
/// The rapporteur's import of another actor's yearly figures, in two steps. Staging reads the file strictly and
/// stores it only when it has no problem at all, as a batch that publishes nothing yet; the preview shows what it
/// will publish. Committing puts the batch in force for its source and year; the batch in force until then is
/// kept, superseded. Each step is audited with the file's hash, never with its counts.
/// </summary>
public sealed class StatisticsImports(AppDbContext db, AuditLog audit, CurrentUser me, TimeProvider clock, StatisticsOptions options,
    IStringLocalizer<SharedResource> localizer, ILogger<StatisticsImports> log)
{
    /// <summary>Just under the request body limit, so a too large file is told so rather than cut off.</summary>
    public const int MaxBytes = 1000 * 1024;

    public const string SubjectType = "StatisticsImport";

    /// <param name="format">The format the caller declared (the API's media type); null to tell it by the file's first bytes and name (the page).</param>
    public async Task<ImportResult> StageAsync(string? source, string? year, Stream content, ImportFormat? format, string? fileName, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(content);
        var v = new Validation(localizer);
        var found = AggregateSources.Find(source);
        v.Require(found is not null, "source", "Choose one of the sources: {0}.", string.Join(", ", AggregateSources.All.Select(AggregateSources.Code)));
        var y = StatisticsYear.Parse(year, clock, v, fallback: null);
        if (found is not { } s || y is not { } importYear || !v.IsValid)
        {
            return new(ImportOutcome.Invalid, Validation: v);
        }

        var bytes = await ReadAsync(content, ct);
        if (bytes is null)
        {
            return new(ImportOutcome.Invalid, Validation: v.Require(false, "file", "The file is larger than {0} KB.", MaxBytes / 1024));
        }

        var code = AggregateSources.Code(s);
        var kind = format ?? ImportFormats.Detect(fileName, bytes);
        var file = Read(kind, bytes, s, importYear, v, lines => log.LogInformation("Import {Source} {Year}: {Lines} lines checked", code, importYear, lines));
        if (file is null)
        {
            return new(ImportOutcome.Invalid, Validation: v);
        }

        if (!file.IsValid)
        {
            return new(ImportOutcome.FileRefused, Report: new ImportReport(file.LinesRead, file.ProblemsFound,
                [.. file.Problems.Select(p => new ImportProblemView(p.Line, p.Column, localizer[p.Message, [.. p.Arguments]]))]));
        }

        var sha256 = Convert.ToHexStringLower(SHA256.HashData(bytes));
        var batch = new StatisticsImportBatch(Guid.CreateVersion7(), file, sha256, clock.GetUtcNow(), me.UserId);
        db.StatisticsImportBatches.Add(batch);
        audit.Record(AuditEventType.StatisticsImportStaged, SubjectType, batch.Id.ToString(),
            details: $"source={code} year={importYear} format={ImportFormats.Code(kind)} sha256={sha256} lines={file.LinesRead} counts={file.Counts.Count}");
        await db.SaveChangesAsync(ct);
        return new(ImportOutcome.Done, Preview(batch));
    }

    /// <summary>Puts a staged batch in force; the batch in force for the same source and year until now is superseded, not deleted.</summary>
    public async Task<ImportResult> CommitAsync(Guid id, CancellationToken ct)
    {
        var batch = await db.StatisticsImportBatches.Include(b => b.Figures).FirstOrDefaultAsync(b => b.Id == id, ct);
        if (batch is null)
        {
            return new(ImportOutcome.NotFound);
        }

        if (batch.Status != ImportBatchStatus.Staged)
        {
            return new(ImportOutcome.Conflict, Conflict: localizer["This batch has been committed already; import the file again to replace the figures in force."]);
        }

        var inForce = db.StatisticsImportBatches.Where(b => b.Source == batch.Source && b.Year == batch.Year && b.Status == ImportBatchStatus.InForce);
        var previous = await inForce.Select(b => (Guid?)b.Id).FirstOrDefaultAsync(ct);
        try
        {
            // Two statements in one transaction: the filtered unique index allows one batch in force per source and
            // year at any moment, so the old one goes out of force before the new one comes in.
            await using var tx = await db.Database.BeginTransactionAsync(ct);
            var now = clock.GetUtcNow();
            await inForce.ExecuteUpdateAsync(u => u
                .SetProperty(b => b.Status, ImportBatchStatus.Superseded)
                .SetProperty(b => b.SupersededAt, now)
                .SetProperty(b => b.SupersededBy, batch.Id)
                .SetProperty(b => b.Version, b => b.Version + 1), ct);
            batch.Commit(now, me.UserId);
            audit.Record(AuditEventType.StatisticsImportCommitted, SubjectType, batch.Id.ToString(),
                details: $"source={AggregateSources.Code(batch.Source)} year={batch.Year} sha256={batch.Sha256} supersedes={previous?.ToString() ?? "none"}");
            await db.SaveChangesAsync(ct);
            await tx.CommitAsync(ct);
        }
        catch (DbUpdateException)
        {
            return new(ImportOutcome.Conflict, Conflict: localizer["Someone else committed figures of this source and year at the same moment; reload and try again."]);
        }

        return new(ImportOutcome.Done, Preview(batch));
    }

    public async Task<ImportPreview?> PreviewAsync(Guid id, CancellationToken ct) =>
        await db.StatisticsImportBatches.AsNoTracking().Include(b => b.Figures).FirstOrDefaultAsync(b => b.Id == id, ct) is { } batch ? Preview(batch) : null;

    /// <summary>Every batch, newest first, optionally of one source or year: the history of what was in force when.</summary>
    public async Task<IReadOnlyList<ImportBatchView>> HistoryAsync(AggregateSource? source, int? year, CancellationToken ct)
    {
        var query = db.StatisticsImportBatches.AsNoTracking();
        if (source is { } s)
        {
            query = query.Where(b => b.Source == s);
        }

        if (year is { } y)
        {
            query = query.Where(b => b.Year == y);
        }

        // Sorted in memory: a few batches a year per source, and one order whatever the provider.
        var batches = await query.ToListAsync(ct);
        return [.. batches.OrderByDescending(b => b.Year).ThenBy(b => b.Source).ThenByDescending(b => b.StagedAt).Select(ImportBatchView.Of)];
    }

    private ImportPreview Preview(StatisticsImportBatch batch)
    {
        var indicators = ImportedTables.Of(batch, options.Rules, d => d.Id, batch.CommittedAt ?? batch.StagedAt)
            .Select(i => new IndicatorPreview(i.Id, i.Title, i.Total, i.Tables))
            .ToList();
        // One-column tables: a row's total repeats its cell, and the column's total is the grand total.
        var withheld = indicators.SelectMany(i => i.Tables)
            .Sum(t => t.Rows.SelectMany(r => r.Cells).Concat(t.ColumnTotals ?? []).Count(c => c.Withheld is not null));
        return new ImportPreview(ImportBatchView.Of(batch), indicators, withheld);
    }

    /// <summary>
    /// The file's lines checked against the template, whatever its format: a workbook is first turned into the lines
    /// of its first sheet, then both formats take the same path. Null, with the reason on "file", when the file cannot
    /// be read at all in its format (nothing of it was checked).
    /// </summary>
    private AggregateFile? Read(ImportFormat format, byte[] bytes, AggregateSource source, int year, Validation v, Action<int> progress)
    {
        var currentYear = LegalCalendar.Today(clock).Year;
        if (format == ImportFormat.Csv)
        {
            if (WorkbookSignature.IsZip(bytes) || WorkbookSignature.IsCompoundFile(bytes))
            {
                v.Require(false, "file", "The file is a workbook, not CSV text: send it as {0}.", ImportFormats.XlsxMediaType);
                return null;
            }

            return AggregateCsv.Parse(bytes, source, year, currentYear, progress);
        }

        var sheet = AggregateWorkbook.Read(bytes);
        if (sheet.Refusal is { } refusal)
        {
            v.Require(false, "file", refusal.Message, [.. refusal.Arguments]);
            return null;
        }

        return AggregateLines.Check(sheet.Lines!, source, year, currentYear, progress);
    }

    /// <summary>Reads at most <see cref="MaxBytes"/>: null when the file is larger, before it is held in memory whole.</summary>
    private static async Task<byte[]?> ReadAsync(Stream content, CancellationToken ct)
    {
        using var buffer = new MemoryStream();
        var chunk = new byte[16 * 1024];
        int read;
        while ((read = await content.ReadAsync(chunk, ct)) > 0)
        {
            buffer.Write(chunk, 0, read);
            if (buffer.Length > MaxBytes)
            {
                return null;
            }
        }

        return buffer.ToArray();
    }
}
