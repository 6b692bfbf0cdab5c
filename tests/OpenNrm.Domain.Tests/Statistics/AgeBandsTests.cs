using NodaTime;
using NodaTime.Text;
using OpenNrm.Domain.Statistics;

namespace OpenNrm.Domain.Tests.Statistics;

public sealed class AgeBandsTests
{
    private static LocalDate Date(string iso) => LocalDatePattern.Iso.Parse(iso).Value;

    private static LocalDate? MaybeDate(string? iso) => iso is null ? null : Date(iso);

    public static TheoryData<string?, int?, string?, string, int?, EurostatAgeBand, ImmigrationOfficeAgeBand> Cases => new()
    {
        // Birthday today: the year is complete on the anniversary itself.
        { "2000-06-15", null, null, "2018-06-15", 18, EurostatAgeBand.Adult, ImmigrationOfficeAgeBand.From18To25 },
        { "2000-06-15", null, null, "2018-06-14", 17, EurostatAgeBand.Child, ImmigrationOfficeAgeBand.Under18 },
        // Born on 29 February: a year older on 1 March of a common year, on 29 February of a leap year.
        { "2004-02-29", null, null, "2022-02-28", 17, EurostatAgeBand.Child, ImmigrationOfficeAgeBand.Under18 },
        { "2004-02-29", null, null, "2022-03-01", 18, EurostatAgeBand.Adult, ImmigrationOfficeAgeBand.From18To25 },
        { "2000-02-29", null, null, "2016-02-28", 15, EurostatAgeBand.Child, ImmigrationOfficeAgeBand.Under18 },
        { "2000-02-29", null, null, "2016-02-29", 16, EurostatAgeBand.Child, ImmigrationOfficeAgeBand.Under18 },
        // Band edges of the Immigration Office.
        { "1990-01-01", null, null, "2015-12-31", 25, EurostatAgeBand.Adult, ImmigrationOfficeAgeBand.From18To25 },
        { "1990-01-01", null, null, "2016-01-01", 26, EurostatAgeBand.Adult, ImmigrationOfficeAgeBand.From26To30 },
        { "1990-01-01", null, null, "2020-12-31", 30, EurostatAgeBand.Adult, ImmigrationOfficeAgeBand.From26To30 },
        { "1990-01-01", null, null, "2021-01-01", 31, EurostatAgeBand.Adult, ImmigrationOfficeAgeBand.Over30 },
        { "2024-03-01", null, null, "2024-03-01", 0, EurostatAgeBand.Child, ImmigrationOfficeAgeBand.Under18 },
        // Estimated ages age by completed years since the estimate.
        { null, 17, "2023-09-01", "2024-08-31", 17, EurostatAgeBand.Child, ImmigrationOfficeAgeBand.Under18 },
        { null, 17, "2023-09-01", "2024-09-01", 18, EurostatAgeBand.Adult, ImmigrationOfficeAgeBand.From18To25 },
        { null, 30, "2024-01-10", "2024-12-31", 30, EurostatAgeBand.Adult, ImmigrationOfficeAgeBand.From26To30 },
        { null, 16, "2024-05-01", "2023-04-01", 15, EurostatAgeBand.Child, ImmigrationOfficeAgeBand.Under18 },
        { null, 16, "2024-05-01", "2024-01-01", 16, EurostatAgeBand.Child, ImmigrationOfficeAgeBand.Under18 },
        // A birth date outweighs an estimate.
        { "2010-01-01", 25, "2024-01-01", "2024-06-01", 14, EurostatAgeBand.Child, ImmigrationOfficeAgeBand.Under18 },
        // Unknown.
        { null, null, null, "2024-06-01", null, EurostatAgeBand.Unknown, ImmigrationOfficeAgeBand.Unknown },
        { null, 20, null, "2024-06-01", null, EurostatAgeBand.Unknown, ImmigrationOfficeAgeBand.Unknown },
        { null, -1, "2024-01-01", "2024-06-01", null, EurostatAgeBand.Unknown, ImmigrationOfficeAgeBand.Unknown },
        { null, 0, "2024-01-01", "2022-12-01", null, EurostatAgeBand.Unknown, ImmigrationOfficeAgeBand.Unknown },
        { "2025-01-01", null, null, "2024-06-01", null, EurostatAgeBand.Unknown, ImmigrationOfficeAgeBand.Unknown },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void Age_and_bands_on_the_reference_date(
        string? born, int? estimate, string? estimatedOn, string reference, int? age, EurostatAgeBand eurostat, ImmigrationOfficeAgeBand immigrationOffice)
    {
        var recorded = new RecordedAge(MaybeDate(born), estimate, MaybeDate(estimatedOn));
        Assert.Equal(age, AgeBands.AgeOn(recorded, Date(reference)));
        Assert.Equal(eurostat, AgeBands.Eurostat(recorded, Date(reference)));
        Assert.Equal(immigrationOffice, AgeBands.ImmigrationOffice(recorded, Date(reference)));
    }

    [Theory]
    [InlineData(ImmigrationOfficeAgeBand.Under18, EurostatAgeBand.Child)]
    [InlineData(ImmigrationOfficeAgeBand.From18To25, EurostatAgeBand.Adult)]
    [InlineData(ImmigrationOfficeAgeBand.From26To30, EurostatAgeBand.Adult)]
    [InlineData(ImmigrationOfficeAgeBand.Over30, EurostatAgeBand.Adult)]
    [InlineData(ImmigrationOfficeAgeBand.Unknown, EurostatAgeBand.Unknown)]
    public void A_finer_band_generalises_to_child_or_adult(ImmigrationOfficeAgeBand band, EurostatAgeBand expected) =>
        Assert.Equal(expected, AgeBands.Generalise(band));

    [Fact]
    public void Completed_years_are_not_counted_backwards() =>
        Assert.Throws<ArgumentOutOfRangeException>(() => AgeBands.CompletedYears(new LocalDate(2024, 1, 2), new LocalDate(2024, 1, 1)));
}
