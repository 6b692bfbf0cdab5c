using NodaTime;
using OpenNrm.Domain.Access;
using OpenNrm.Domain.Detection;
using OpenNrm.Domain.Statistics;
using OpenNrm.Web.Features.Statistics;

namespace OpenNrm.Tests;

/// <summary>
/// The differencing attacks on the dashboard's district filter, on facts alone with the default rules: Belgium
/// minus one district, and Belgium minus the sum of every other district's figure, never isolate a count from 1 to 4.
/// </summary>
public sealed class DistrictDisclosureTests
{
    private static readonly DateTimeZone Brussels = DateTimeZoneProviders.Tzdb["Europe/Brussels"];

    [Fact]
    public void No_subtraction_of_district_figures_from_the_national_one_isolates_a_small_count()
    {
        // 10 in Antwerp, 6 in Liège, 2 in Brussels: 18 in Belgium.
        var signals = Enumerable.Repeat("Antwerp", 10).Concat(Enumerable.Repeat("Liège", 6)).Concat(Enumerable.Repeat("Brussels", 2)).Select(Signal).ToList();
        var calculator = new StatisticsCalculator(new StatisticsFacts(signals, [], [], []), new StatisticsOptions());

        var national = calculator.Year(2023, null).Indicator("persons-detected").Total!;
        Assert.Equal(18m, national.Value);
        var districts = Domain.Geography.JudicialDistricts.All.ToDictionary(d => d, d => calculator.Year(2023, d).Indicator("persons-detected").Total!);

        Assert.NotNull(districts["Brussels"].Withheld);
        var published = districts.Where(d => d.Value.Withheld is null).ToList();
        Assert.True(districts.Count(d => d.Value.Withheld is not null) >= 2, "a single withheld district would be Belgium minus the others");
        var remainder = national.Value!.Value - published.Sum(d => d.Value.Value ?? 0);
        Assert.False(remainder is > 0 and < 5, $"Belgium minus the published districts leaves {remainder}");
        foreach (var (district, cell) in published)
        {
            var rest = national.Value!.Value - (cell.Value ?? 0);
            Assert.False(rest is > 0 and < 5, $"Belgium minus {district} leaves {rest}");
        }
    }

    private static SignalFact Signal(string district, int i)
    {
        var on = new LocalDate(2023, 3, 1 + (i % 20));
        return new SignalFact(Guid.NewGuid(), on.AtStartOfDayInZone(Brussels).ToInstant(), on, district, OrganisationKind.Police,
            new PersonProfile(EurostatSex.Male, RecordedAge.Estimated(30, on), false, "IN", EurostatCitizenship.Of("IN"), [ExploitationPurpose.LabourExploitation]));
    }
}
