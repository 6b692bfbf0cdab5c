using System.Globalization;

namespace OpenNrm.Domain.Statistics.Imports;

/// <summary>
/// The checks of one line of a file against its source's template: five fields; the import's year within the
/// years there is anything to count; an indicator, breakdown and value the template knows; a count that is a whole
/// number, 0 or more; no line repeating an earlier one. Holds what the lines read so far imply for the next. A null
/// field is one its reader could not read and has reported already: it is not checked, nor reported, again.
/// </summary>
internal sealed class AggregateLineRules(AggregateSource source, int year, int currentYear)
{
    /// <summary>Trafficking became an offence of its own with the Act of 13 April 1995: there is nothing to count before.</summary>
    public const int FirstYear = 1995;

    private const int Columns = 5;

    private readonly Dictionary<(string Indicator, AggregateDimension Dimension, string Value), int> _seen = [];

    /// <summary>Indicators with a line that has a problem: the checks across their lines would only repeat it.</summary>
    public HashSet<string> IndicatorsWithProblems { get; } = new(StringComparer.Ordinal);

    /// <summary>A line with a problem could not be tied to an indicator, so any indicator may lack a line.</summary>
    public bool SomeLineUnattributed { get; private set; }

    public void Unreadable() => SomeLineUnattributed = true;

    public AggregateCount? Read(int line, IReadOnlyList<string?> fields, List<AggregateProblem> problems)
    {
        if (fields.Count != Columns)
        {
            problems.Add(AggregateProblem.At(line, AggregateProblem.WholeLine, "The line has {0} fields; the template has {1}: {2}.", fields.Count, Columns,
                AggregateTemplate.Header));
            SomeLineUnattributed = true;
            return null;
        }

        var before = problems.Count;
        CheckYear(line, fields[0], problems);
        var indicator = Indicator(line, fields[1], problems);
        var dimension = indicator is null ? null : Dimension(line, indicator, fields[2], problems);
        var value = dimension is { } d && fields[3] is { } code && ValueOf(line, d, code, problems) ? code : null;
        var count = Count(line, fields[4], problems);
        if (indicator is null)
        {
            SomeLineUnattributed = true;
            return null;
        }

        if (dimension is { } dim && value is not null)
        {
            if (_seen.TryGetValue((indicator.Id, dim, value), out var first))
            {
                problems.Add(AggregateProblem.At(line, AggregateProblem.WholeLine, "This line repeats line {0} ({1}, {2}, {3}).", first, indicator.Id,
                    AggregateTemplate.Code(dim), value));
            }
            else
            {
                _seen[(indicator.Id, dim, value)] = line;
            }
        }

        if (problems.Count > before || dimension is null || value is null || count is null)
        {
            IndicatorsWithProblems.Add(indicator.Id);
            return null;
        }

        return new AggregateCount(line, indicator.Id, dimension.Value, value, count.Value);
    }

    private void CheckYear(int line, string? text, List<AggregateProblem> problems)
    {
        if (text is null)
        {
            return;
        }

        if (text.Length != 4 || !int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var value))
        {
            problems.Add(AggregateProblem.At(line, "year", "The year must be four digits, for example {0}.", year));
        }
        else if (value < FirstYear || value > currentYear)
        {
            problems.Add(AggregateProblem.At(line, "year", "The year must be from {0} to {1}.", FirstYear, currentYear));
        }
        else if (value != year)
        {
            problems.Add(AggregateProblem.At(line, "year", "The line is for {0}, but the import is for {1}: one file holds one year.", value, year));
        }
    }

    private IndicatorDefinition? Indicator(int line, string? code, List<AggregateProblem> problems)
    {
        if (code is null)
        {
            return null;
        }

        var indicators = AggregateTemplate.IndicatorsOf(source);
        if (indicators.FirstOrDefault(d => d.Id == code) is { } indicator)
        {
            return indicator;
        }

        var expected = string.Join(", ", indicators.Select(d => d.Id));
        problems.Add(AggregateTemplate.SourceOf(code) is { } other
            ? AggregateProblem.At(line, "indicator", "The indicator {0} is imported from {1}'s template, not this one; this template takes {2}.", code,
                AggregateSources.Code(other), expected)
            : AggregateProblem.At(line, "indicator", "Unknown indicator \"{0}\"; this template takes {1}.", Shortened(code), expected));
        return null;
    }

    private static AggregateDimension? Dimension(int line, IndicatorDefinition indicator, string? code, List<AggregateProblem> problems)
    {
        if (code is null)
        {
            return null;
        }

        var allowed = AggregateTemplate.DimensionsOf(indicator).Prepend(AggregateDimension.Total).ToList();
        if (AggregateTemplate.FindDimension(code) is { } dimension && allowed.Contains(dimension))
        {
            return dimension;
        }

        problems.Add(AggregateProblem.At(line, "dimension", "The indicator {0} has no breakdown \"{1}\"; it takes {2}.", indicator.Id, Shortened(code),
            string.Join(", ", allowed.Select(AggregateTemplate.Code))));
        return null;
    }

    private static bool ValueOf(int line, AggregateDimension dimension, string code, List<AggregateProblem> problems)
    {
        var values = AggregateTemplate.ValuesOf(dimension);
        if (values.Contains(code))
        {
            return true;
        }

        problems.Add(AggregateProblem.At(line, "value", "\"{0}\" is not a value of {1}; the values are {2}.", Shortened(code), AggregateTemplate.Code(dimension),
            string.Join(", ", values)));
        return false;
    }

    /// <summary>The count itself is never repeated in a problem: a small count is exactly what must not be shown.</summary>
    private static int? Count(int line, string? text, List<AggregateProblem> problems)
    {
        if (text is null)
        {
            return null;
        }

        if (int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var count))
        {
            return count;
        }

        problems.Add(AggregateProblem.At(line, "count", "The count must be a whole number of digits only, 0 or more (at most {0}).", int.MaxValue));
        return null;
    }

    /// <summary>What a problem quotes of a wrong code: enough to find it, not a whole line of whatever was pasted there.</summary>
    private static string Shortened(string text) => text.Length <= 40 ? text : text[..40] + "…";
}
