using OpenNrm.Domain.Statistics;

namespace OpenNrm.Domain.Tests.Statistics;

public sealed class KAnonymityTests
{
    private const ImmigrationOfficeAgeBand Young = ImmigrationOfficeAgeBand.From18To25;
    private const ImmigrationOfficeAgeBand Older = ImmigrationOfficeAgeBand.From26To30;
    private const EurostatExploitationForm Labour = EurostatExploitationForm.LabourExploitation;
    private const EurostatExploitationForm Sexual = EurostatExploitationForm.SexualExploitation;

    private static MicrodataRow Row(string? nationality, int year = 2023, ImmigrationOfficeAgeBand age = Young, EurostatSex sex = EurostatSex.Male, EurostatExploitationForm form = Labour) =>
        new(age, sex, nationality, EurostatCitizenship.Of(nationality), form, year);

    private static IEnumerable<MicrodataRow> Times(int count, MicrodataRow row) => Enumerable.Repeat(row, count);

    [Fact]
    public void The_check_reports_the_smallest_group_and_the_rows_in_small_groups()
    {
        MicrodataRow[] rows = [.. Times(11, Row("NG")), .. Times(3, Row("MA")), Row("DZ")];
        var check = KAnonymity.Check(rows);
        Assert.Equal(new KAnonymityCheck(11, 3, 1, 4), check);
        Assert.False(check.IsKAnonymous);
        Assert.True(KAnonymity.Check(rows, k: 1).IsKAnonymous);
        Assert.Equal(0, KAnonymity.Check(Array.Empty<MicrodataRow>()).SmallestClass);
    }

    [Fact]
    public void Rows_already_in_large_groups_are_released_unchanged()
    {
        var release = KAnonymity.Release([.. Times(11, Row("NG")), .. Times(12, Row("MA", form: Sexual))]);
        Assert.Equal(23, release.Rows.Count);
        Assert.Equal((0, 0), (release.GeneralisedRows, release.SuppressedRows));
        Assert.All(release.Rows, r => Assert.NotNull(r.Nationality));
        Assert.All(release.Rows, r => Assert.Equal(YearPeriod.Year(2023), r.Period));
    }

    [Fact]
    public void Nationalities_shared_by_few_are_generalised_to_their_group_and_large_groups_keep_their_detail()
    {
        var release = KAnonymity.Release([.. Times(11, Row("NG")), .. Times(6, Row("MA")), .. Times(5, Row("DZ"))]);
        Assert.Equal((11, 0), (release.GeneralisedRows, release.SuppressedRows));
        Assert.Equal(11, release.Rows.Count(r => r.Nationality == "NG"));
        Assert.Equal(11, release.Rows.Count(r => r is { Nationality: null, Citizenship: EurostatCitizenshipGroup.NonEu }));
        Assert.Equal(11, release.RowsByStep[GeneralisationStep.NationalityToCitizenshipGroup]);
        Assert.Equal(0, release.RowsByStep[GeneralisationStep.YearToFiveYearPeriod]);
    }

    [Fact]
    public void Years_are_generalised_to_five_year_periods_when_the_group_is_not_enough()
    {
        var release = KAnonymity.Release([.. Times(6, Row("NG", 2021)), .. Times(5, Row("MA", 2024))]);
        Assert.Equal((11, 0), (release.GeneralisedRows, release.SuppressedRows));
        Assert.All(release.Rows, r => Assert.Equal(new YearPeriod(2020, 2024), r.Period));
        Assert.Equal(11, release.RowsByStep[GeneralisationStep.YearToFiveYearPeriod]);
        Assert.Equal(0, release.RowsByStep[GeneralisationStep.AgeBandToChildOrAdult]);
    }

    [Fact]
    public void Age_bands_are_generalised_to_child_or_adult()
    {
        var release = KAnonymity.Release([.. Times(6, Row("NG", age: Young)), .. Times(5, Row("NG", age: Older))]);
        var only = Assert.Single(release.Classes);
        Assert.Equal(11, only.Count);
        Assert.Equal(new ReleasedRow(null, EurostatAgeBand.Adult, EurostatSex.Male, null, EurostatCitizenshipGroup.NonEu, Labour, new YearPeriod(2020, 2024)), only.Row);
        Assert.Equal(11, release.RowsByStep[GeneralisationStep.AgeBandToChildOrAdult]);
        Assert.Equal(0, release.RowsByStep[GeneralisationStep.CitizenshipGroupWithheld]);
    }

    [Fact]
    public void Origin_is_withheld_as_the_last_generalisation()
    {
        var release = KAnonymity.Release([.. Times(6, Row("RO")), .. Times(5, Row("NG"))]);
        Assert.Equal((11, 0), (release.GeneralisedRows, release.SuppressedRows));
        Assert.All(release.Rows, r => Assert.Null(r.Citizenship));
        Assert.All(Enum.GetValues<GeneralisationStep>(), step => Assert.Equal(11, release.RowsByStep[step]));
    }

    [Fact]
    public void Rows_no_generalisation_can_hide_are_suppressed()
    {
        var release = KAnonymity.Release([.. Times(12, Row("NG")), Row("MA", sex: EurostatSex.Female), Row("VN", form: Sexual), Row("BR", 2019)]);
        Assert.Equal(12, release.Rows.Count);
        Assert.Equal((0, 3), (release.GeneralisedRows, release.SuppressedRows));
        Assert.Equal(15, release.InputRows);
        Assert.All(release.Rows, r => Assert.Equal("NG", r.Nationality));
    }

    [Fact]
    public void The_release_does_not_depend_on_the_order_of_the_input()
    {
        var random = new Random(7);
        var rows = RandomRows(random, 300);
        var shuffled = rows.OrderBy(_ => random.Next()).ToList();
        var first = KAnonymity.Release(rows);
        var second = KAnonymity.Release(shuffled);
        Assert.Equal(first.Rows, second.Rows);
        Assert.Equal((first.GeneralisedRows, first.SuppressedRows), (second.GeneralisedRows, second.SuppressedRows));
    }

    [Theory]
    [InlineData(0, 11)]
    [InlineData(1, 11)]
    [InlineData(2, 5)]
    [InlineData(3, 3)]
    [InlineData(4, 20)]
    public void Every_published_group_has_at_least_k_rows_and_every_row_is_accounted_for(int seed, int k)
    {
        var random = new Random(seed);
        var rows = RandomRows(random, random.Next(100, 600));
        var release = KAnonymity.Release(rows, k);

        Assert.True(KAnonymity.Check(release.Rows, k).IsKAnonymous);
        Assert.All(release.Classes, c => Assert.True(c.Count >= k));
        Assert.Equal(rows.Count, release.Rows.Count + release.SuppressedRows);
        // Steps are applied in order, so every generalised row went through the first one.
        Assert.Equal(release.GeneralisedRows, release.RowsByStep[GeneralisationStep.NationalityToCitizenshipGroup]);
        Assert.True(release.RowsByStep.Values.All(n => n <= release.GeneralisedRows));
        Assert.True(release.Rows.Count(r => r.Period.First != r.Period.Last) == release.RowsByStep[GeneralisationStep.YearToFiveYearPeriod]);
        Assert.True(release.GeneralisedRows > 0, "the data set must need generalisation for the test to mean something");
    }

    [Fact]
    public void Invalid_input_is_refused()
    {
        Assert.Throws<ArgumentException>(() => KAnonymity.Release([Row("NGA")]));
        Assert.Throws<ArgumentOutOfRangeException>(() => KAnonymity.Release([Row("NG")], k: 0));
    }

    [Theory]
    [InlineData(2020, 2020, 2024)]
    [InlineData(2024, 2020, 2024)]
    [InlineData(2025, 2025, 2029)]
    [InlineData(2019, 2015, 2019)]
    public void Five_year_periods_are_the_same_for_every_release(int year, int first, int last) =>
        Assert.Equal(new YearPeriod(first, last), YearPeriod.FiveYearsAround(year));

    private static List<MicrodataRow> RandomRows(Random random, int count)
    {
        string?[] nationalities = ["NG", "NG", "NG", "MA", "MA", "RO", "BG", "BE", "VN", "BR", "IN", "CN", "UA", null];
        var ages = Enum.GetValues<ImmigrationOfficeAgeBand>();
        var sexes = Enum.GetValues<EurostatSex>();
        var forms = Enum.GetValues<EurostatExploitationForm>();
        return [.. Enumerable.Range(0, count).Select(_ =>
        {
            var nationality = nationalities[random.Next(nationalities.Length)];
            return new MicrodataRow(
                ages[random.Next(random.Next(2) == 0 ? 2 : ages.Length)],
                sexes[random.Next(random.Next(4) == 0 ? sexes.Length : 2)],
                nationality,
                EurostatCitizenship.Of(nationality),
                forms[random.Next(random.Next(3) == 0 ? forms.Length : 2)],
                random.Next(2019, 2026));
        })];
    }
}
