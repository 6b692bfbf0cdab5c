namespace OpenNrm.Domain.Statistics.Imports;

/// <summary>
/// What one line of an imported file counts: the indicator's total, or one value of one breakdown. The breakdowns
/// are Eurostat's (crim_thb), so that imported and computed figures use the same categories.
/// </summary>
public enum AggregateDimension
{
    Total,
    Sex,
    Age,
    Citizenship,
    Exploitation,
}
