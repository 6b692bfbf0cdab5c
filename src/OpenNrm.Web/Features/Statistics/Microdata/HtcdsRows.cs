using System.Text;
using OpenNrm.Domain.Statistics;

namespace OpenNrm.Web.Features.Statistics.Microdata;

/// <summary>The released rows as the CSV file of the release: one column per field of <see cref="HtcdsDictionary"/>, in its order.</summary>
public static class HtcdsRows
{
    public static string Csv(IEnumerable<ReleasedRow> rows)
    {
        ArgumentNullException.ThrowIfNull(rows);
        var csv = new StringBuilder().AppendJoin(',', HtcdsDictionary.Fields.Select(f => f.Column)).Append('\n');
        foreach (var row in rows)
        {
            csv.AppendJoin(',', Values(row)).Append('\n');
        }

        return csv.ToString();
    }

    /// <summary>Every value is a code without commas or quotes, so no field needs quoting.</summary>
    public static IReadOnlyList<string> Values(ReleasedRow row)
    {
        ArgumentNullException.ThrowIfNull(row);
        return
        [
            row.Period.ToString(),
            row.Sex switch
            {
                EurostatSex.Female => "Feminine",
                EurostatSex.Male => "Masculine",
                EurostatSex.Unknown => "NonSpecifiedUnknown",
            },
            row.AgeBand switch
            {
                ImmigrationOfficeAgeBand.Under18 => "0-17",
                ImmigrationOfficeAgeBand.From18To25 => "18-25",
                ImmigrationOfficeAgeBand.From26To30 => "26-30",
                ImmigrationOfficeAgeBand.Over30 => "31+",
                ImmigrationOfficeAgeBand.Unknown or null => string.Empty,
            },
            row.AgeGroup switch
            {
                EurostatAgeBand.Child => "Minor",
                EurostatAgeBand.Adult => "Adult",
                EurostatAgeBand.Unknown => "Unknown",
            },
            row.Nationality ?? string.Empty,
            row.Citizenship is { } group ? EurostatCodes.Citizenship(group) : string.Empty,
            row.Exploitation switch
            {
                EurostatExploitationForm.SexualExploitation => "SexualExploitation",
                EurostatExploitationForm.LabourExploitation => "ForcedLabour",
                null => string.Empty,
                _ => "Other",
            },
            EurostatCodes.Form(row.Exploitation),
        ];
    }
}
