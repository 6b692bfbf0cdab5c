using NodaTime;
using NodaTime.Text;
using OpenNrm.Domain.Statistics;

namespace OpenNrm.Domain.Tests.Statistics;

public sealed class BirthDateGeneralisationTests
{
    private static LocalDate Date(string iso) => LocalDatePattern.Iso.Parse(iso).Value;

    public static TheoryData<string, string[], string> Cases => new()
    {
        // Nothing counted before the birthday in the year: 1 January gives the same ages.
        { "1990-07-15", ["2018-08-01", "2019-12-31"], "1990-01-01" },
        { "1990-07-15", [], "1990-01-01" },
        // The birthday itself counts as reached: an event on it does not hold the date back.
        { "1990-07-15", ["2018-07-15"], "1990-01-01" },
        // An event the day before the birthday: the person was a year younger then, so the date moves just past it.
        { "1990-07-15", ["2018-07-14"], "1990-07-15" },
        { "1990-07-15", ["2018-03-10", "2019-05-02", "2020-09-01"], "1990-05-03" },
        // Event on 29 February of a leap year, birth year without one: the next day of the birth year is 1 March.
        { "1990-03-05", ["2016-02-29"], "1990-03-01" },
        { "1992-03-05", ["2016-02-29"], "1992-03-01" },
        { "1992-03-05", ["2017-02-28"], "1992-02-29" },
        // A date before the birth (a recording error) stays before the new date: no age either way.
        { "2001-06-10", ["2001-06-01"], "2001-06-02" },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void The_birth_date_becomes_the_earliest_of_its_year_with_the_same_ages(string born, string[] events, string expected)
    {
        var dates = events.Select(Date).ToList();

        var coarse = BirthDateGeneralisation.Coarsest(Date(born), dates);

        Assert.Equal(Date(expected), coarse);
        Assert.All(dates, d => Assert.Equal(AgeBands.AgeOn(RecordedAge.Born(Date(born)), d), AgeBands.AgeOn(RecordedAge.Born(coarse), d)));
    }

    [Fact]
    public void Every_age_on_every_counted_date_is_unchanged_for_many_random_histories()
    {
        var random = new Random(20260415);
        for (var i = 0; i < 5000; i++)
        {
            var born = new LocalDate(1950, 1, 1).PlusDays(random.Next(0, 365 * 60));
            var dates = Enumerable.Range(0, random.Next(0, 8)).Select(_ => born.PlusDays(random.Next(-400, 365 * 40))).ToList();

            var coarse = BirthDateGeneralisation.Coarsest(born, dates);

            Assert.True(coarse <= born && coarse.Year == born.Year, $"{born} became {coarse}");
            foreach (var d in dates)
            {
                Assert.True(AgeBands.AgeOn(RecordedAge.Born(born), d) == AgeBands.AgeOn(RecordedAge.Born(coarse), d), $"{born} -> {coarse} differs on {d}");
            }
        }
    }
}
