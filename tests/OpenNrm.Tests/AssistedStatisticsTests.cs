using NodaTime;
using OpenNrm.Domain.Access;
using OpenNrm.Domain.Detection;
using OpenNrm.Domain.Referral;
using OpenNrm.Domain.Statistics;
using OpenNrm.Web.Features.Statistics;

namespace OpenNrm.Tests;

/// <summary>
/// Victims assisted by the centres, computed by the calculator from facts alone with a threshold of 1, so every cell
/// is compared with the count made by hand: support on at least one day of the year, once per person, placed by the
/// earliest support case that ran in the year.
/// </summary>
public sealed class AssistedStatisticsTests
{
    private static readonly DateTimeZone Brussels = DateTimeZoneProviders.Tzdb["Europe/Brussels"];

    [Fact]
    public void A_person_supported_on_one_day_of_the_year_counts_once_by_the_earliest_case_of_that_year()
    {
        var (a, b, c, d, e) = (Guid.NewGuid(), Guid.NewGuid(), Guid.NewGuid(), Guid.NewGuid(), Guid.NewGuid());
        var signals = new[] { a, b, c, d, e }.Select((file, i) => Signal(file, i % 2 == 0 ? EurostatSex.Female : EurostatSex.Male)).ToList();
        SupportFact[] support =
        [
            new(a, SpecialisedCentre.PagAsa, new(2023, 6, 1), null),                       // 2023 and 2024
            new(b, SpecialisedCentre.Payoke, new(2022, 2, 1), new LocalDate(2023, 1, 1)),  // one day of 2023
            new(c, SpecialisedCentre.Surya, new(2024, 3, 1), null),                        // 2024 only
            new(d, SpecialisedCentre.PagAsa, new(2023, 2, 1), new LocalDate(2023, 5, 1)),  // 2023, then taken over by Payoke
            new(d, SpecialisedCentre.Payoke, new(2023, 5, 2), new LocalDate(2024, 1, 10)), // counted once in 2023, by PAG-ASA; in 2024 by Payoke
            new(e, SpecialisedCentre.Payoke, new(2021, 1, 1), new LocalDate(2022, 12, 31)), // never in 2023 or 2024
        ];
        var calculator = new StatisticsCalculator(new StatisticsFacts(signals, [], [], [], support), new StatisticsOptions { Rules = new DisclosureRules(Threshold: 1) });

        var in2023 = calculator.Year(2023, null).Indicator("persons-assisted");
        Assert.True(in2023.IsRecorded);
        Assert.Equal(3m, in2023.Total!.Value);
        Assert.Equal([("PagAsa", 2m), ("Payoke", 1m)], ByCentre(in2023));

        var in2024 = calculator.Year(2024, null).Indicator("persons-assisted");
        Assert.Equal(3m, in2024.Total!.Value);
        Assert.Equal([("PagAsa", 1m), ("Payoke", 1m), ("Surya", 1m)], ByCentre(in2024));

        Assert.Equal(0m, calculator.Year(2020, null).Indicator("persons-assisted").Total!.Value);
    }

    private static SignalFact Signal(Guid file, EurostatSex sex)
    {
        var on = new LocalDate(2021, 1, 5);
        return new SignalFact(file, on.AtStartOfDayInZone(Brussels).ToInstant(), on, "Brussels", OrganisationKind.Police,
            new PersonProfile(sex, RecordedAge.Estimated(30, on), false, "NG", EurostatCitizenship.Of("NG"), [ExploitationPurpose.LabourExploitation]));
    }

    private static (string, decimal)[] ByCentre(IndicatorFigures indicator) =>
        [.. indicator.Tables.Single(t => t.Id == "persons-assisted.centre").Rows.Where(r => r.Cells[0].Value > 0).Select(r => (r.Label.Code, r.Cells[0].Value!.Value))];
}
