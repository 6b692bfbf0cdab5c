namespace OpenNrm.Domain.Statistics;

/// <summary>
/// A span of whole years. Five-year periods start at a year divisible by five (2020-2024, 2025-2029), the same
/// spans for every release, so that two releases cannot be differenced to recover a single year.
/// </summary>
public sealed record YearPeriod(int First, int Last)
{
    public const int GeneralisedLength = 5;

    public static YearPeriod Year(int year) => new(year, year);

    public static YearPeriod FiveYearsAround(int year)
    {
        var first = year - (((year % GeneralisedLength) + GeneralisedLength) % GeneralisedLength);
        return new YearPeriod(first, first + GeneralisedLength - 1);
    }

    public override string ToString() => First == Last ? $"{First}" : $"{First}-{Last}";
}
