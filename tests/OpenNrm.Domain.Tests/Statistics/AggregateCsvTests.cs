using System.Text;
using OpenNrm.Domain.Statistics;
using OpenNrm.Domain.Statistics.Imports;

namespace OpenNrm.Domain.Tests.Statistics;

public sealed class AggregateCsvTests
{
    private const int Year = 2024;
    private const int CurrentYear = 2026;

    private const string Valid = """
        year,indicator,dimension,value,count
        2024,persons-charged,TOTAL,TOTAL,57
        2024,persons-charged,Sex,Female,12
        2024,persons-charged,Sex,Male,44
        2024,persons-charged,Sex,Unknown,1
        2024,proceedings-opened,TOTAL,TOTAL,31
        """;

    private static AggregateFile Parse(string text, AggregateSource source = AggregateSource.ProsecutorsCollege, Action<int>? progress = null) =>
        AggregateCsv.Parse(Encoding.UTF8.GetBytes(text), source, Year, CurrentYear, progress);

    private static (int Line, string Column)[] Where(AggregateFile file) => [.. file.Problems.Select(p => (p.Line, p.Column))];

    [Theory]
    [InlineData(AggregateSource.PoliceDatabase)]
    [InlineData(AggregateSource.ProsecutorsCollege)]
    [InlineData(AggregateSource.JusticeConvictions)]
    public void The_blank_template_of_each_source_is_a_valid_file_of_zeros(AggregateSource source)
    {
        var blank = AggregateTemplate.Blank(source, Year);
        var file = AggregateCsv.Parse(Encoding.UTF8.GetBytes(blank), source, Year, CurrentYear);

        Assert.True(file.IsValid, string.Join("; ", file.Problems.Select(p => $"{p.Line} {p.Message}")));
        Assert.Equal(blank.Split('\n', StringSplitOptions.RemoveEmptyEntries).Length, file.LinesRead);
        Assert.Equal(file.LinesRead - 1, file.Counts.Count);
        Assert.All(file.Counts, c => Assert.Equal(0, c.Count));
        Assert.Equal(AggregateTemplate.IndicatorsOf(source).Select(d => d.Id), file.Counts.Select(c => c.Indicator).Distinct());
    }

    [Fact]
    public void A_valid_file_gives_each_count_with_its_line()
    {
        var file = Parse(Valid);

        Assert.True(file.IsValid);
        Assert.Equal(6, file.LinesRead);
        Assert.Equal(
            [
                new AggregateCount(2, "persons-charged", AggregateDimension.Total, "TOTAL", 57),
                new AggregateCount(3, "persons-charged", AggregateDimension.Sex, "Female", 12),
                new AggregateCount(4, "persons-charged", AggregateDimension.Sex, "Male", 44),
                new AggregateCount(5, "persons-charged", AggregateDimension.Sex, "Unknown", 1),
                new AggregateCount(6, "proceedings-opened", AggregateDimension.Total, "TOTAL", 31),
            ],
            file.Counts);
    }

    [Fact]
    public void A_byte_order_mark_CRLF_line_ends_quoted_fields_and_a_trailing_blank_line_are_accepted()
    {
        var text = "\uFEFF" + Valid.Replace("\n", "\r\n", StringComparison.Ordinal).Replace("2024,persons-charged,Sex,Male,44", "\"2024\",\"persons-charged\",Sex,Male,\"44\"", StringComparison.Ordinal) + "\r\n\r\n";
        var file = Parse(text);

        Assert.True(file.IsValid, string.Join("; ", file.Problems.Select(p => p.Message)));
        Assert.Equal(5, file.Counts.Count);
    }

    [Fact]
    public void Every_line_problem_is_reported_with_its_line_and_column_and_no_count_is_kept()
    {
        const string text = """
            year,indicator,dimension,value,count
            2024,persons-charged,TOTAL,TOTAL,5
            24,persons-charged,Sex,Female,1
            2023,persons-charged,Sex,Male,1
            2024,persons-convicted,TOTAL,TOTAL,3
            2024,persons-imagined,TOTAL,TOTAL,3
            2024,persons-charged,Age,Child,1
            2024,persons-charged,Sex,Woman,1
            2024,persons-charged,Sex,Unknown,-1
            2024,persons-charged,Citizenship,Unknown,1.5
            2024,persons-charged,TOTAL,TOTAL,5
            2024,persons-charged,Sex
            1994,proceedings-opened,TOTAL,TOTAL,2
            2030,proceedings-opened,Exploitation,Other,2

            2024,proceedings-opened,TOTAL,TOTAL,"2
            """;
        var file = Parse(text);

        Assert.False(file.IsValid);
        Assert.Empty(file.Counts);
        Assert.Equal(
            [
                (3, "year"), (4, "year"), (5, "indicator"), (6, "indicator"), (7, "dimension"), (8, "value"), (9, "count"), (10, "count"), (11, "line"),
                (12, "line"), (13, "year"), (14, "year"), (15, "line"), (16, "line"),
            ],
            Where(file));
        Assert.Equal(file.Problems.Count, file.ProblemsFound);
        Assert.Equal(16, file.LinesRead);
        Assert.Equal(["persons-convicted", "convictions", "proceedings-opened, persons-charged"], file.Problems.Single(p => p.Line == 5).Arguments.Select(a => a.ToString()));
        Assert.Contains(2, file.Problems.Single(p => p.Line == 11).Arguments);
    }

    [Fact]
    public void An_indicator_needs_its_total_every_value_of_a_breakdown_and_breakdowns_that_add_up()
    {
        const string text = """
            year,indicator,dimension,value,count
            2024,persons-charged,Sex,Female,12
            2024,persons-charged,Sex,Male,44
            2024,persons-charged,Sex,Unknown,1
            2024,proceedings-opened,TOTAL,TOTAL,31
            2024,proceedings-opened,Exploitation,SexualExploitation,31
            2024,persons-convicted,TOTAL,TOTAL,9
            """;
        var missingTotal = Parse(text.Replace("2024,persons-convicted,TOTAL,TOTAL,9", "2024,persons-charged,Citizenship,NonEu,57", StringComparison.Ordinal));
        Assert.Equal([(2, "dimension"), (6, "value"), (7, "value")], Where(missingTotal));

        const string unbalanced = """
            year,indicator,dimension,value,count
            2024,persons-charged,TOTAL,TOTAL,57
            2024,persons-charged,Sex,Female,12
            2024,persons-charged,Sex,Male,44
            2024,persons-charged,Sex,Unknown,2
            2024,persons-charged,Citizenship,ReportingCountry,7
            2024,persons-charged,Citizenship,OtherEu,10
            2024,persons-charged,Citizenship,NonEu,40
            2024,persons-charged,Citizenship,Unknown,0
            """;
        var file = Parse(unbalanced);
        var problem = Assert.Single(file.Problems);
        Assert.Equal((3, "count"), (problem.Line, problem.Column));
        Assert.Equal(new object[] { "persons-charged", "Sex", 3, 5, 2 }, problem.Arguments);
    }

    [Fact]
    public void No_problem_repeats_a_count_read_from_the_file()
    {
        const string text = """
            year,indicator,dimension,value,count
            2024,persons-charged,TOTAL,TOTAL,17
            2024,persons-charged,Sex,Female,9
            2024,persons-charged,Sex,Male,9
            2024,persons-charged,Sex,Unknown,0
            2024,proceedings-opened,TOTAL,TOTAL,-40
            """;
        var file = Parse(text);

        Assert.Equal([(3, "count"), (6, "count")], Where(file));
        Assert.All(file.Problems, p => Assert.DoesNotContain(p.Arguments, a => a.ToString() is "17" or "9" or "18" or "-40" or "40"));
    }

    [Theory]
    [InlineData("")]
    [InlineData("year;indicator;dimension;value;count\n2024;persons-charged;TOTAL;TOTAL;1\n")]
    [InlineData("Year,Indicator,Dimension,Value,Count\n")]
    [InlineData("year,indicator,dimension,value,count\n")]
    public void A_file_without_the_header_or_without_counts_is_refused_at_line_1(string text)
    {
        var file = Parse(text);
        var problem = Assert.Single(file.Problems);
        Assert.Equal(1, problem.Line);
        Assert.Empty(file.Counts);
    }

    [Fact]
    public void A_line_that_is_not_UTF8_is_reported_with_its_number()
    {
        var bytes = Encoding.UTF8.GetBytes(Valid).ToList();
        var third = bytes.IndexOf((byte)'\n', bytes.IndexOf((byte)'\n') + 1) + 1;
        bytes.Insert(third, 0xC3);
        bytes.Insert(third + 1, 0x28);

        var file = AggregateCsv.Parse(bytes.ToArray(), AggregateSource.ProsecutorsCollege, Year, CurrentYear);
        Assert.Equal([(3, "line")], Where(file));
    }

    [Fact]
    public void A_long_file_reports_its_progress_and_problems_are_listed_up_to_the_limit()
    {
        var text = new StringBuilder(AggregateTemplate.Header).Append('\n');
        for (var i = 0; i < 1200; i++)
        {
            text.Append("2024,persons-charged,TOTAL,TOTAL,1\n");
        }

        var seen = new List<int>();
        var file = Parse(text.ToString(), progress: seen.Add);

        Assert.Equal([500, 1000, 1201], seen);
        Assert.Equal(1201, file.LinesRead);
        Assert.Equal(1199, file.ProblemsFound);
        Assert.Equal(AggregateCsv.MaxProblems, file.Problems.Count);
        Assert.Equal(3, file.Problems[0].Line);
    }

    [Fact]
    public void Each_indicator_is_imported_from_one_source_with_the_catalogues_breakdowns_only()
    {
        var ids = AggregateSources.All.SelectMany(s => AggregateTemplate.IndicatorsOf(s).Select(d => d.Id)).ToList();
        Assert.Equal(ids.Count, ids.Distinct().Count());
        Assert.All(ids, id => Assert.NotNull(StatisticsDefinitions.Find(id)));
        Assert.Equal([AggregateDimension.Sex, AggregateDimension.Citizenship], AggregateTemplate.DimensionsOf(StatisticsDefinitions.PersonsConvicted));
        Assert.Equal([AggregateDimension.Exploitation], AggregateTemplate.DimensionsOf(StatisticsDefinitions.ProceedingsOpened));
        Assert.Equal(AggregateSource.PoliceDatabase, AggregateTemplate.SourceOf("persons-suspected"));
        Assert.Null(AggregateTemplate.SourceOf("persons-identified"));
        Assert.All(AggregateSources.All, s => Assert.Equal(s, AggregateSources.Find(AggregateSources.Code(s))));
    }

    [Theory]
    [InlineData(5, 5)]
    [InlineData(3, 5)]
    [InlineData(1, 5)]
    [InlineData(10, 10)]
    public void The_k_of_a_release_is_never_below_5_nor_below_the_tables_threshold(int threshold, int floor) =>
        Assert.Equal(floor, KAnonymity.Floor(new DisclosureRules(threshold)));
}
