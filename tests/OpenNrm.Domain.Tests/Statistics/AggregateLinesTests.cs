using System.Text;
using OpenNrm.Domain.Statistics.Imports;

namespace OpenNrm.Domain.Tests.Statistics;

/// <summary>The checks shared by every format: a reader's lines, whatever file they came from, give the CSV's counts and problems.</summary>
public sealed class AggregateLinesTests
{
    private const string Valid = """
        year,indicator,dimension,value,count
        2024,persons-convicted,TOTAL,TOTAL,9
        2024,persons-convicted,Sex,Female,2
        2024,persons-convicted,Sex,Male,7
        2024,persons-convicted,Sex,Unknown,0
        """;

    private static AggregateFile Check(IReadOnlyList<AggregateLine> lines) => AggregateLines.Check(lines, AggregateSource.JusticeConvictions, 2024, 2026);

    [Fact]
    public void The_lines_of_a_csv_file_checked_on_their_own_give_what_the_csv_parser_gives()
    {
        var bytes = Encoding.UTF8.GetBytes(Valid);
        Assert.Equal(AggregateCsv.Parse(bytes, AggregateSource.JusticeConvictions, 2024, 2026).Counts, Check(AggregateCsv.Read(bytes)).Counts);
    }

    [Fact]
    public void A_field_its_reader_could_not_read_is_reported_once_by_the_reader_and_blocks_the_line()
    {
        var lines = AggregateCsv.Read(Encoding.UTF8.GetBytes(Valid)).ToList();
        var cell = AggregateProblem.At(3, "count", "The cell {0} holds a date where a count is expected: enter the count as a number.", "E3");
        lines[2] = AggregateLine.Of(3, ["2024", "persons-convicted", "Sex", "Female", null], [cell]);

        var file = Check(lines);

        Assert.Equal([cell], file.Problems);
        Assert.Empty(file.Counts);
    }

    [Fact]
    public void An_empty_line_between_counts_is_a_problem_at_its_number_and_the_sheets_numbers_are_kept()
    {
        var lines = AggregateCsv.Read(Encoding.UTF8.GetBytes(Valid)).ToList();
        lines.Insert(2, AggregateLine.Empty(3));
        var renumbered = lines.Select((l, i) => l with { Number = i + 1 }).ToList();

        var file = Check(renumbered);

        var problem = Assert.Single(file.Problems);
        Assert.Equal((3, AggregateProblem.WholeLine), (problem.Line, problem.Column));
        Assert.Equal(6, file.LinesRead);
    }

    [Fact]
    public void A_header_a_reader_could_not_read_is_not_the_header()
    {
        var lines = AggregateCsv.Read(Encoding.UTF8.GetBytes(Valid)).ToList();
        lines[0] = AggregateLine.Of(1, ["year", "indicator", "dimension", "value", null], [AggregateProblem.At(1, "count", "The cell {0} holds the error {1}: correct its formula or enter the value itself.", "E1", "#REF!")]);

        var problem = Assert.Single(Check(lines).Problems);
        Assert.Equal("The first line must be the header {0}.", problem.Message);
    }
}
