using OpenNrm.Domain.Statistics;

namespace OpenNrm.Web.Features.Statistics;

/// <summary>
/// The report's statistics chapter goes source by source, as the rapporteur's report does: each indicator under the
/// actor whose records it counts. The figures derived for Eurostat come last, on their own.
/// </summary>
public static class ReportSources
{
    public static IReadOnlyList<DataHolder> InReportOrder { get; } =
    [
        DataHolder.FrontlineServices, DataHolder.SpecialisedCentres, DataHolder.PublicProsecutors, DataHolder.ImmigrationOffice,
        DataHolder.CriminalPolicyDepartment,
    ];

    /// <summary>The source of an indicator; null for a figure derived from several (Eurostat's registered victims).</summary>
    public static DataHolder? SourceOf(IndicatorFigures indicator)
    {
        ArgumentNullException.ThrowIfNull(indicator);
        return indicator.Catalogue?.Source ?? (indicator.Id == StatisticsCalculator.FirstACardId ? DataHolder.ImmigrationOffice : null);
    }

    public static string Name(DataHolder holder) => holder switch
    {
        DataHolder.FrontlineServices => "Frontline services: police and inspection services",
        DataHolder.SpecialisedCentres => "Specialised centres",
        DataHolder.PublicProsecutors => "Public prosecutors",
        DataHolder.ImmigrationOffice => "Immigration Office",
        DataHolder.CriminalPolicyDepartment => "Criminal Policy Department (FPS Justice)",
    };

    /// <summary>The rows of the indicators' five-year trend that belong to one source: figures published already, no new total.</summary>
    public static StatTable TrendOf(StatTable indicatorTrend, IReadOnlyList<IndicatorFigures> indicators) =>
        indicatorTrend with { Rows = [.. indicatorTrend.Rows.Where(r => indicators.Any(i => i.Id == r.Label.Code))] };
}
