using System.Diagnostics;
using System.Globalization;
using Microsoft.Data.Sqlite;

namespace OpenNrm.Bench;

/// <summary>
/// Floors for the batch measures (bench/scale.sh): the same rows read by raw SQL from the same SQLite file, and,
/// for the statistics, hand-written GROUP BY counts of the headline figures. Each is run five times; the median is
/// printed, so it can be set against the application's own timing of the same work in the same run.
/// </summary>
public static class Floors
{
    private const int Runs = 5;

    /// <summary>
    /// What a pass over every pending procedure reads (`sweep --every-pending`, and every pass before review days):
    /// the procedures with their events, their notices' keys, their files' references.
    /// </summary>
    private const string SweepRows = """
        SELECT Id, CaseId, CentreId, ProsecutorOfficeId, CreatedAt, OpenedOn, IsThirdCountryNational, IsUnaccompaniedMinor, Version, CaseworkerId,
               IsPending, NextDeadlineKind, NextDeadlineOn, Stage, SummarisedOn, ReviewOn
        FROM procedures WHERE IsPending = 1 OR SummarisedOn IS NULL;
        SELECT e.* FROM procedure_events e JOIN procedures p ON p.Id = e.ProcedureId WHERE p.IsPending = 1 OR p.SummarisedOn IS NULL;
        SELECT n.SubjectId, n.Key FROM notices n JOIN procedures p ON p.Id = n.SubjectId WHERE p.IsPending = 1 OR p.SummarisedOn IS NULL;
        SELECT c.Id, c.Reference FROM cases c JOIN procedures p ON p.CaseId = c.Id WHERE p.IsPending = 1 OR p.SummarisedOn IS NULL;
        """;

    /// <summary>What tomorrow's pass reads: the same, for the pending procedures whose review day has come by then.</summary>
    private const string TomorrowRows = """
        SELECT Id, CaseId, CentreId, ProsecutorOfficeId, CreatedAt, OpenedOn, IsThirdCountryNational, IsUnaccompaniedMinor, Version, CaseworkerId,
               IsPending, NextDeadlineKind, NextDeadlineOn, Stage, SummarisedOn, ReviewOn
        FROM procedures WHERE SummarisedOn IS NULL OR (IsPending = 1 AND (ReviewOn IS NULL OR ReviewOn <= $tomorrow));
        SELECT e.* FROM procedure_events e JOIN procedures p ON p.Id = e.ProcedureId WHERE p.SummarisedOn IS NULL OR (p.IsPending = 1 AND (p.ReviewOn IS NULL OR p.ReviewOn <= $tomorrow));
        SELECT n.SubjectId, n.Key FROM notices n JOIN procedures p ON p.Id = n.SubjectId WHERE p.SummarisedOn IS NULL OR (p.IsPending = 1 AND (p.ReviewOn IS NULL OR p.ReviewOn <= $tomorrow));
        SELECT c.Id, c.Reference FROM cases c JOIN procedures p ON p.CaseId = c.Id WHERE p.SummarisedOn IS NULL OR (p.IsPending = 1 AND (p.ReviewOn IS NULL OR p.ReviewOn <= $tomorrow));
        """;

    private const string StatisticsRows = """
        SELECT Id, Kind, JudicialDistrict FROM organisations;
        SELECT p.CaseId, s.Id, s.DetectedAt, s.JudicialDistrict, s.DetectingOrganisationId, p.Gender, p.BirthDate, p.EstimatedAge, p.IsMinor,
               p.Nationalities, p.SuspectedExploitation
        FROM signals s JOIN signal_persons p ON p.SignalId = s.Id WHERE s.DetectedAt < $end;
        SELECT CaseId, SentAt, AcknowledgedAt, Centre, SignalId FROM referrals WHERE SentAt < $end AND Status <> 'Cancelled';
        SELECT Id, CaseId, CentreId, OpenedOn, IsThirdCountryNational, IsUnaccompaniedMinor, MilestonesVersion,
               ReflectionStartOn, IdentifiedOn, FirstACardOn, BCardOn, ExitOn, ExitReason, DocumentHistory FROM procedures;
        SELECT Id, OfficeId, OpenedOn FROM criminal_proceedings;
        SELECT ProceedingsId, Sequence, Kind, Date, Route, IncludesTrafficking, Outcome, Exploitation, TraffickingRetained, Reason, TimeBarredOn
        FROM criminal_proceedings_events;
        SELECT ProceedingsId, CaseId, LinkedAt, Id FROM criminal_proceedings_victims;
        """;

    /// <summary>
    /// The headline counts written by hand in SQL: persons detected in the year by sex and minority, by detecting
    /// organisation and by judicial district; referrals sent in the year by centre; procedures opened in the year by
    /// centre. Far less than the report computes (no disclosure control, no durations, no five-year trends, no
    /// evaluation of histories), which is why it is a floor.
    /// </summary>
    private const string StatisticsGroupBy = """
        SELECT p.Gender, p.IsMinor, COUNT(DISTINCT p.CaseId) FROM signals s JOIN signal_persons p ON p.SignalId = s.Id
        WHERE s.DetectedAt >= $start AND s.DetectedAt < $end GROUP BY p.Gender, p.IsMinor;
        SELECT s.DetectingOrganisationId, COUNT(DISTINCT p.CaseId) FROM signals s JOIN signal_persons p ON p.SignalId = s.Id
        WHERE s.DetectedAt >= $start AND s.DetectedAt < $end GROUP BY s.DetectingOrganisationId;
        SELECT s.JudicialDistrict, COUNT(DISTINCT p.CaseId) FROM signals s JOIN signal_persons p ON p.SignalId = s.Id
        WHERE s.DetectedAt >= $start AND s.DetectedAt < $end GROUP BY s.JudicialDistrict;
        SELECT Centre, COUNT(DISTINCT CaseId) FROM referrals WHERE SentAt >= $start AND SentAt < $end AND Status <> 'Cancelled' GROUP BY Centre;
        SELECT CentreId, COUNT(*) FROM procedures WHERE OpenedOn >= $startDay AND OpenedOn < $endDay GROUP BY CentreId;
        """;

    public static async Task<int> RunAsync(string dbFile, int year)
    {
        // DetectedAt and SentAt are UTC ticks on SQLite; OpenedOn is an ISO date. Brussels is UTC+1 on 1 January.
        var start = new DateTimeOffset(year, 1, 1, 0, 0, 0, TimeSpan.FromHours(1)).UtcTicks;
        var end = new DateTimeOffset(year + 1, 1, 1, 0, 0, 0, TimeSpan.FromHours(1)).UtcTicks;
        var parameters = new Dictionary<string, object>
        {
            ["$start"] = start, ["$end"] = end,
            ["$startDay"] = year.ToString("0000", CultureInfo.InvariantCulture) + "-01-01",
            ["$endDay"] = (year + 1).ToString("0000", CultureInfo.InvariantCulture) + "-01-01",
            // Tomorrow in Brussels, as the sweep counts days.
            ["$tomorrow"] = DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(DateTimeOffset.UtcNow, TimeZoneInfo.FindSystemTimeZoneById("Europe/Brussels")).Date)
                .AddDays(1).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        };
        await using var connection = new SqliteConnection($"Data Source={dbFile};Mode=ReadOnly;Pooling=false");
        await connection.OpenAsync();
        foreach (var (name, sql) in new[]
                 {
                     ("floor: raw SQL, the rows a pass over every pending procedure reads", SweepRows),
                     ("floor: raw SQL, the rows tomorrow's pass reads", TomorrowRows),
                     ("floor: raw SQL, the rows the statistics read", StatisticsRows),
                     ("floor: hand-written GROUP BY, headline counts of the year", StatisticsGroupBy),
                 })
        {
            var times = new List<double>();
            long rows = 0;
            for (var i = 0; i < Runs; i++)
            {
                var watch = Stopwatch.StartNew();
                rows = await ReadAllAsync(connection, sql, parameters);
                times.Add(watch.Elapsed.TotalMilliseconds);
            }

            times.Sort();
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{name}: median {times[Runs / 2]:F0} ms over {Runs} runs ({rows:N0} rows)"));
        }

        return 0;
    }

    private static async Task<long> ReadAllAsync(SqliteConnection connection, string sql, Dictionary<string, object> parameters)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        foreach (var (key, value) in parameters.Where(p => sql.Contains(p.Key, StringComparison.Ordinal)))
        {
            command.Parameters.AddWithValue(key, value);
        }

        await using var reader = await command.ExecuteReaderAsync();
        long rows = 0;
        var values = new object[64];
        do
        {
            while (await reader.ReadAsync())
            {
                reader.GetValues(values);
                rows++;
            }
        }
        while (await reader.NextResultAsync());
        return rows;
    }
}
