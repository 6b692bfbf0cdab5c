namespace OpenNrm.Domain.Statistics.Imports;

/// <summary>
/// The template of each source's file: which indicators of the catalogue it brings, by which breakdowns, with which
/// values. A breakdown is offered only when the catalogue's definition of the indicator has it, so an imported
/// figure is always the catalogue's figure, counted by another actor.
/// </summary>
/// <remarks>
/// Each indicator belongs to one source only: two sources can never both claim the figure of the same indicator.
/// </remarks>
public static class AggregateTemplate
{
    /// <summary>The header every file starts with, in this order.</summary>
    public const string Header = "year,indicator,dimension,value,count";

    /// <summary>The dimension and the value of the line that gives an indicator's total.</summary>
    public const string TotalCode = "TOTAL";

    /// <summary>The value of the exploitation breakdown for cases or persons whose form of exploitation the source does not know.</summary>
    public const string UnknownCode = "Unknown";

    public static IReadOnlyList<IndicatorDefinition> IndicatorsOf(AggregateSource source) => source switch
    {
        AggregateSource.PoliceDatabase => [StatisticsDefinitions.PersonsSuspected, StatisticsDefinitions.PersonsDetected],
        AggregateSource.ProsecutorsCollege => [StatisticsDefinitions.ProceedingsOpened, StatisticsDefinitions.PersonsCharged],
        AggregateSource.JusticeConvictions => [StatisticsDefinitions.PersonsConvicted],
    };

    /// <summary>The source whose template brings this indicator, or null when no file brings it.</summary>
    public static AggregateSource? SourceOf(string indicatorId) =>
        AggregateSources.All.Select(s => (AggregateSource?)s).FirstOrDefault(s => IndicatorsOf(s!.Value).Any(d => d.Id == indicatorId));

    /// <summary>The breakdowns a file may give for the indicator, in the order the tables show them.</summary>
    public static IReadOnlyList<AggregateDimension> DimensionsOf(IndicatorDefinition indicator)
    {
        ArgumentNullException.ThrowIfNull(indicator);
        return [.. indicator.Breakdowns.Select(DimensionOf).OfType<AggregateDimension>().Distinct().Order()];
    }

    public static string Code(AggregateDimension dimension) => dimension switch
    {
        AggregateDimension.Total => TotalCode,
        AggregateDimension.Sex => "Sex",
        AggregateDimension.Age => "Age",
        AggregateDimension.Citizenship => "Citizenship",
        AggregateDimension.Exploitation => "Exploitation",
    };

    public static AggregateDimension? FindDimension(string code) =>
        Enum.GetValues<AggregateDimension>().Select(d => (AggregateDimension?)d).FirstOrDefault(d => Code(d!.Value) == code);

    /// <summary>
    /// Every value of a breakdown, each of which a file must give (0 when there is none): a category left out would
    /// make the table's layout change from year to year and hide whether it was zero or forgotten.
    /// </summary>
    public static IReadOnlyList<string> ValuesOf(AggregateDimension dimension) => dimension switch
    {
        AggregateDimension.Total => [TotalCode],
        AggregateDimension.Sex => Enum.GetNames<EurostatSex>(),
        AggregateDimension.Age => Enum.GetNames<EurostatAgeBand>(),
        AggregateDimension.Citizenship => Enum.GetNames<EurostatCitizenshipGroup>(),
        AggregateDimension.Exploitation => [.. Enum.GetNames<EurostatExploitationForm>(), UnknownCode],
    };

    /// <summary>The header's column names, in order.</summary>
    public static IReadOnlyList<string> Columns { get; } = Header.Split(',');

    /// <summary>
    /// The file a source fills in: the header, then for each indicator its TOTAL line and every value of every
    /// breakdown, each with the count 0. As it is, it is a valid file of nothing but zeros.
    /// </summary>
    public static string Blank(AggregateSource source, int year) =>
        string.Join('\n', BlankLines(source, year).Select(fields => string.Join(',', fields)).Prepend(Header)) + "\n";

    /// <summary>The lines of <see cref="Blank"/> after the header, as fields, for a file of another format (a worksheet).</summary>
    public static IEnumerable<IReadOnlyList<string>> BlankLines(AggregateSource source, int year)
    {
        var y = year.ToString(System.Globalization.CultureInfo.InvariantCulture);
        return IndicatorsOf(source).SelectMany(indicator => DimensionsOf(indicator).Prepend(AggregateDimension.Total)
            .SelectMany(d => ValuesOf(d).Select(v => (IReadOnlyList<string>)[y, indicator.Id, Code(d), v, "0"])));
    }

    private static AggregateDimension? DimensionOf(Breakdown breakdown) => breakdown switch
    {
        Breakdown.Sex => AggregateDimension.Sex,
        Breakdown.EurostatAgeBand => AggregateDimension.Age,
        Breakdown.EurostatCitizenship => AggregateDimension.Citizenship,
        Breakdown.EurostatExploitationForm => AggregateDimension.Exploitation,
        Breakdown.ImmigrationOfficeAgeBand or Breakdown.Nationality or Breakdown.DocumentType or Breakdown.ExitReason
            or Breakdown.SpecialisedCentre or Breakdown.TraffickingCharge or Breakdown.ChargeRoute or Breakdown.DismissalReason
            or Breakdown.TraffickingFinding or Breakdown.CourtInstance or Breakdown.CaseLawCategory => null,
    };
}
