using NodaTime;
using OpenNrm.Domain.Access;
using OpenNrm.Domain.Detection;
using OpenNrm.Domain.Proceedings;
using OpenNrm.Domain.Statistics;
using OpenNrm.Tests.Infrastructure;
using OpenNrm.Web.Features.Statistics;

namespace OpenNrm.Tests;

/// <summary>
/// The proceedings indicators computed by the calculator from facts alone (it reads no database), over the
/// hand-counted register of <see cref="ProceedingsDataset"/>: with a threshold of 1 every count is published, so
/// each cell can be compared with the count made by hand; with the default rules, small counts are withheld.
/// </summary>
public sealed class ProceedingsStatisticsTests
{
    private static readonly string[] Districts = ["Brussels", "Antwerp"];

    private static YearFigures Figures(int year, string? district = null, DisclosureRules? rules = null)
    {
        var files = ProceedingsDataset.Victims.Select(_ => Guid.NewGuid()).ToList();
        var on = ProceedingsDataset.DetectedOn;
        var signals = ProceedingsDataset.Victims.Select((v, i) => new SignalFact(files[i], on.AtStartOfDayInZone(DateTimeZoneProviders.Tzdb["Europe/Brussels"]).ToInstant(), on,
            v.PostalCode == "1000" ? "Brussels" : "Antwerp", OrganisationKind.Police,
            new PersonProfile(v.Woman ? EurostatSex.Female : EurostatSex.Male, RecordedAge.Estimated(v.Age, on), false, v.Nationality,
                EurostatCitizenship.Of(v.Nationality), [v.Purpose]))).ToList();
        var cases = ProceedingsDataset.Cases.Select(c =>
        {
            var lawful = ProceedingsDataset.Lawful(c, c.Office, "BR.98.L1.000001/03");
            return new ProceedingsFact(Guid.NewGuid(), c.Office == "PROS-BXL" ? Districts[0] : Districts[1], lawful.Events, [.. c.Victims.Select(i => files[i])]);
        }).ToList();
        var options = new StatisticsOptions { Rules = rules ?? new DisclosureRules(Threshold: 1) };
        return new StatisticsCalculator(new StatisticsFacts(signals, [], [], cases), options).Year(year, district);
    }

    [Fact]
    public void Every_proceedings_figure_of_the_year_is_the_count_made_by_hand()
    {
        var figures = Figures(ProceedingsDataset.Year);

        var opened = figures.Indicator("proceedings-opened");
        Assert.True(opened.IsRecorded);
        Assert.Equal(6m, opened.Total!.Value);
        Assert.Equal([("SexualExploitation", 4m), ("LabourExploitation", 1m), ("NotRecorded", 1m)], NonZero(Table(opened, "proceedings-opened.exploitation")));
        Assert.Equal([("Antwerp", 1m), ("Brussels", 5m)], NonZero(Table(opened, "proceedings-opened.judicial-district")));

        var victims = figures.Indicator("victims-in-proceedings");
        Assert.Equal(8m, victims.Total!.Value);
        var sexByAge = Table(victims, "victims-in-proceedings.sex-by-age");
        Assert.Equal(6m, Cell(sexByAge, "Female", "Adult"));
        Assert.Equal(2m, Cell(sexByAge, "Male", "Adult"));
        Assert.Equal([("SexualExploitation", 6m), ("LabourExploitation", 2m)], NonZero(Table(victims, "victims-in-proceedings.exploitation")));

        var charged = figures.Indicator("proceedings-charged");
        Assert.Equal(4m, charged.Total!.Value);
        var byRoute = Table(charged, "proceedings-charged.charges-by-route");
        Assert.Equal(2m, Cell(byRoute, "WithTrafficking", "CouncilChamberReferral"));
        Assert.Equal(1m, Cell(byRoute, "WithTrafficking", "DirectSummons"));
        Assert.Equal(0m, Cell(byRoute, "WithoutTrafficking", "CouncilChamberReferral"));
        Assert.Equal(1m, Cell(byRoute, "WithoutTrafficking", "DirectSummons"));
        Assert.Equal([("SexualExploitation", 3m), ("LabourExploitation", 1m)], NonZero(Table(charged, "proceedings-charged.exploitation")));

        var dismissed = figures.Indicator("proceedings-dismissed");
        Assert.Equal(2m, dismissed.Total!.Value);
        Assert.Equal([("InsufficientEvidence", 1m), ("ProsecutionNotOpportune", 1m)], NonZero(Table(dismissed, "proceedings-dismissed.reason")));
        Assert.Equal([("SexualExploitation", 1m), ("NotRecorded", 1m)], NonZero(Table(dismissed, "proceedings-dismissed.exploitation")));

        var convictions = figures.Indicator("conviction-judgments");
        Assert.Equal(3m, convictions.Total!.Value);
        var byInstance = Table(convictions, "conviction-judgments.finding-by-instance");
        Assert.Equal(2m, Cell(byInstance, "TraffickingProven", "FirstInstance"));
        Assert.Equal(1m, Cell(byInstance, "TraffickingProven", "Appeal"));
        Assert.Equal(0m, byInstance.Rows.Single(r => r.Label.Code == "OtherOffences").Total!.Value);
        Assert.Equal([("SexualExploitation", 3m)], NonZero(Table(convictions, "conviction-judgments.exploitation")));

        // The register does not hold the suspects: persons charged and convicted stay "not recorded", never 0.
        Assert.False(figures.Indicator("persons-charged").IsRecorded);
        Assert.False(figures.Indicator("persons-convicted").IsRecorded);
        Assert.Null(figures.Indicator("persons-charged").Total);
    }

    [Fact]
    public void Each_act_counts_in_the_year_of_its_date_and_a_district_keeps_its_offices_cases()
    {
        var before = Figures(2002);
        Assert.Equal(1m, before.Indicator("proceedings-opened").Total!.Value);
        Assert.Equal(1m, Cell(Table(before.Indicator("proceedings-charged"), "proceedings-charged.charges-by-route"), "WithTrafficking", "DirectSummons"));
        Assert.Equal(1m, before.Indicator("victims-in-proceedings").Total!.Value);
        Assert.Equal(0m, before.Indicator("conviction-judgments").Total!.Value);

        var after = Figures(2004);
        Assert.Equal(1m, after.Indicator("proceedings-opened").Total!.Value);
        Assert.Equal(1m, Cell(Table(after.Indicator("victims-in-proceedings"), "victims-in-proceedings.sex-by-age"), "Male", "Adult"));

        // A district's figure is its cell of the national table by district; the cases charged, dismissed and judged
        // have no such table, so a district gets no figure for them (never a number the national tables could undo).
        var antwerp = Figures(ProceedingsDataset.Year, "Antwerp");
        Assert.Equal(1m, antwerp.Indicator("proceedings-opened").Total!.Value);
        Assert.Equal(["proceedings-opened.judicial-district"], antwerp.Indicator("proceedings-opened").Tables.Select(t => t.Id));
        foreach (var id in new[] { "proceedings-charged", "proceedings-dismissed", "conviction-judgments" })
        {
            Assert.Null(antwerp.Indicator(id).Total!.Value);
            Assert.Null(antwerp.Indicator(id).Total!.Withheld);
            Assert.Empty(antwerp.Indicator(id).Tables);
        }

        // Victims are placed by the district of their own first signal, as in every person indicator.
        Assert.Equal(2m, antwerp.Indicator("victims-in-proceedings").Total!.Value);
    }

    [Fact]
    public void A_count_from_1_to_4_is_withheld_and_no_total_gives_it_away()
    {
        var figures = Figures(ProceedingsDataset.Year, rules: DisclosureRules.Default);

        var opened = figures.Indicator("proceedings-opened");
        Assert.Equal(6m, opened.Total!.Value);
        var exploitation = Table(opened, "proceedings-opened.exploitation");
        foreach (var code in new[] { "SexualExploitation", "LabourExploitation", "NotRecorded" })
        {
            var cell = exploitation.Rows.Single(r => r.Label.Code == code).Cells[0];
            Assert.Null(cell.Value);
            Assert.Equal(SuppressionReason.Primary, cell.Withheld);
            Assert.Equal("<5", StatisticsText.Value(cell));
        }

        var district = Table(opened, "proceedings-opened.judicial-district");
        Assert.Equal(SuppressionReason.Primary, district.Rows.Single(r => r.Label.Code == "Antwerp").Cells[0].Withheld);
        // 6 - 5 would give Antwerp's 1 away: Brussels is withheld with it.
        Assert.Equal(SuppressionReason.Secondary, district.Rows.Single(r => r.Label.Code == "Brussels").Cells[0].Withheld);
        // A cell withheld to protect another may hold any count: it shows c, never "<5".
        Assert.Equal("c", StatisticsText.Value(district.Rows.Single(r => r.Label.Code == "Brussels").Cells[0]));

        foreach (var id in new[] { "proceedings-charged", "proceedings-dismissed", "conviction-judgments" })
        {
            var total = figures.Indicator(id).Total!;
            Assert.Null(total.Value);
            Assert.NotNull(total.Withheld);
            Assert.Equal(total.Withheld == SuppressionReason.Primary ? "<5" : "c", StatisticsText.Value(total));
        }

        var victims = Table(figures.Indicator("victims-in-proceedings"), "victims-in-proceedings.sex-by-age");
        Assert.Equal(8m, victims.GrandTotal!.Value);
        Assert.Equal(SuppressionReason.Primary, victims.Rows.Single(r => r.Label.Code == "Male").Cells[1].Withheld);
    }

    private static StatTable Table(IndicatorFigures indicator, string id) => indicator.Tables.Single(t => t.Id == id);

    private static decimal Cell(StatTable table, string row, string column)
    {
        var c = table.Columns.Select((l, i) => (l, i)).Single(x => x.l.Code == column).i;
        return table.Rows.Single(r => r.Label.Code == row).Cells[c].Value!.Value;
    }

    private static (string Code, decimal Count)[] NonZero(StatTable table) =>
        [.. table.Rows.Select(r => (r.Label.Code, r.Cells[0].Value!.Value)).Where(r => r.Item2 > 0)];
}
