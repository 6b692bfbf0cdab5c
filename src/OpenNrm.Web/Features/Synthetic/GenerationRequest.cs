using NodaTime;

namespace OpenNrm.Web.Features.Synthetic;

/// <summary>
/// What to generate. The same seed and as-of date give the same people, places, dates and decisions; only the
/// identifiers, the encryption and the keyed hashes differ (they come from the system's random source and keys).
/// <see cref="Copy"/> writes each batch with PostgreSQL's binary COPY instead of SaveChanges. <see cref="ReadsPerPerson"/>
/// adds up to that many later reads of each file to the trail; they draw from their own random sequence, so the rest is
/// the same (docs/operations.md gives the value for the European scale).
/// </summary>
public sealed record GenerationRequest(int Persons, int Seed, LocalDate? AsOf = null, bool Force = false, int BatchSize = GenerationRequest.DefaultBatchSize,
    bool Copy = false, int ReadsPerPerson = 0)
{
    public const int DefaultBatchSize = 2000;
    public const int MaxPersons = 2_000_000;
    public const int MaxReadsPerPerson = 500;
}

public sealed record GenerationProgress(int PersonsDone, int PersonsTotal);

/// <summary>What was written, for the operator and the benchmarks.</summary>
public sealed record GenerationReport(
    int Persons,
    int Signals,
    int Referrals,
    int Procedures,
    int ProcedureEvents,
    int AuditEntries,
    int RefusedEvents,
    int StaffAccountsCreated,
    string FirstReference,
    string LastReference,
    TimeSpan Elapsed,
    TimeSpan Sealing);

/// <summary>Either a report, or the reason nothing was written.</summary>
public sealed record GenerationOutcome(GenerationReport? Report, string? Refusal)
{
    public bool IsRefused => Refusal is not null;
}
