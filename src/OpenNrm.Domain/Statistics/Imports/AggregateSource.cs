namespace OpenNrm.Domain.Statistics.Imports;

/// <summary>
/// An actor whose figures the national rapporteur gathers but who does not record its work in OpenNRM: its yearly
/// counts are imported from a file of the template of its own (docs/statistics.md).
/// </summary>
public enum AggregateSource
{
    /// <summary>The police's own database (suspects and victims of trafficking the police registered).</summary>
    PoliceDatabase,

    /// <summary>The College of Prosecutors-General (trafficking cases the prosecutors' offices registered, persons charged).</summary>
    ProsecutorsCollege,

    /// <summary>The Criminal Policy Department of the FPS Justice (persons convicted).</summary>
    JusticeConvictions,
}

/// <summary>The codes that name a source in files, addresses and exports, and the source's name in words.</summary>
public static class AggregateSources
{
    public static IReadOnlyList<AggregateSource> All { get; } = Enum.GetValues<AggregateSource>();

    /// <summary>The code in a file name, an address (?source=) or an export; stable across versions.</summary>
    public static string Code(AggregateSource source) => source switch
    {
        AggregateSource.PoliceDatabase => "police",
        AggregateSource.ProsecutorsCollege => "prosecutors",
        AggregateSource.JusticeConvictions => "convictions",
    };

    /// <summary>The source's name in English (the localisation key).</summary>
    public static string Name(AggregateSource source) => source switch
    {
        AggregateSource.PoliceDatabase => "the police database",
        AggregateSource.ProsecutorsCollege => "the College of Prosecutors-General",
        AggregateSource.JusticeConvictions => "the FPS Justice (convictions)",
    };

    /// <summary>The source with this code, or null; codes are compared exactly, after trimming.</summary>
    public static AggregateSource? Find(string? code) =>
        All.Select(s => (AggregateSource?)s).FirstOrDefault(s => Code(s!.Value) == code?.Trim());
}
