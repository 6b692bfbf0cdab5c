using Microsoft.Extensions.Configuration;
using NodaTime;
using NodaTime.Text;
using OpenNrm.Domain.Assistance;
using OpenNrm.Domain.Common;

namespace OpenNrm.Web.Features.Retention;

/// <summary>
/// Section "OpenNrm:Retention": how long each class of record is kept after the support ends, and how often the purge
/// runs. Unlike other sections, a wrong value here stops the start instead of falling back to a default: a typo
/// that shortened a period would erase records early, and one that lengthened it would keep them unlawfully long.
/// </summary>
public sealed record RetentionOptions
{
    public const string Section = "OpenNrm:Retention";

    public RetentionSchedule Schedule { get; init; } = RetentionSchedule.Default;

    /// <summary>The classes whose period the deployment set itself; the others keep the product's default.</summary>
    public IReadOnlySet<RecordClass> Configured { get; init; } = new HashSet<RecordClass>();

    /// <summary>Zero turns the background purge off (the `purge` command and the administrator's page still run it).</summary>
    public TimeSpan PurgeInterval { get; init; } = TimeSpan.FromDays(1);

    /// <summary>Why a class keeps its period: the product's default with its reasoning, or the deployment's choice.</summary>
    public LegalBasis BasisOf(RecordClass recordClass) =>
        !RetentionSchedule.IsPersonal(recordClass) ? AssistanceArticles.NotPersonalData
        : Configured.Contains(recordClass) ? RetentionArticles.ConfiguredPeriod
        : RetentionArticles.DefaultPeriod;

    /// <summary>Reads and checks the section; throws, naming every wrong key, when anything is wrong.</summary>
    public static RetentionOptions From(IConfiguration configuration)
    {
        var section = configuration.GetSection(Section);
        var problems = new List<string>();
        var schedule = RetentionSchedule.Default;
        var configured = new HashSet<RecordClass>();
        foreach (var child in section.GetSection("Periods").GetChildren())
        {
            var key = $"{Section}:Periods:{child.Key}";
            if (!Enum.TryParse<RecordClass>(child.Key, ignoreCase: false, out var recordClass) || !Enum.IsDefined(recordClass) || int.TryParse(child.Key, out _))
            {
                problems.Add($"{key}: unknown record class; known: {string.Join(", ", Enum.GetValues<RecordClass>().Where(RetentionSchedule.IsPersonal))}.");
                continue;
            }

            if (!RetentionSchedule.IsPersonal(recordClass))
            {
                problems.Add($"{key}: {recordClass} holds no personal data and takes no retention period.");
                continue;
            }

            var parsed = PeriodPattern.NormalizingIso.Parse(child.Value ?? string.Empty);
            if (!parsed.Success || parsed.Value.HasTimeComponent || !parsed.Value.HasDateComponent
                || parsed.Value.Years < 0 || parsed.Value.Months < 0 || parsed.Value.Weeks < 0 || parsed.Value.Days < 0)
            {
                problems.Add($"{key}: \"{child.Value}\" is not a period such as P10Y or P18M (ISO 8601, years, months, weeks or days, more than zero).");
                continue;
            }

            schedule = schedule.With(recordClass, RetentionPeriod.AfterClosureOf(parsed.Value));
            configured.Add(recordClass);
        }

        var interval = TimeSpan.FromDays(1);
        if (section["PurgeInterval"] is { } text && (!TimeSpan.TryParse(text, System.Globalization.CultureInfo.InvariantCulture, out interval) || interval < TimeSpan.Zero))
        {
            problems.Add($"{Section}:PurgeInterval: \"{text}\" is not a duration such as 1.00:00:00 (one day) or 00:00:00 (off).");
        }

        if (problems.Count > 0)
        {
            throw new InvalidOperationException("The retention settings are wrong; the server does not start with them: " + string.Join(" ", problems));
        }

        return new RetentionOptions { Schedule = schedule, Configured = configured, PurgeInterval = interval };
    }
}
