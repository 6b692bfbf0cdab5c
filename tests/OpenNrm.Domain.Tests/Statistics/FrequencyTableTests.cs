using OpenNrm.Domain.Statistics;

namespace OpenNrm.Domain.Tests.Statistics;

public sealed class FrequencyTableTests
{
    private sealed record Victim(EurostatSex Sex, EurostatExploitationForm Form);

    [Fact]
    public void Cross_tabulation_keeps_empty_rows_and_columns_in_the_given_order()
    {
        Victim[] victims =
        [
            new(EurostatSex.Female, EurostatExploitationForm.SexualExploitation),
            new(EurostatSex.Female, EurostatExploitationForm.SexualExploitation),
            new(EurostatSex.Male, EurostatExploitationForm.LabourExploitation),
            new(EurostatSex.Female, EurostatExploitationForm.LabourExploitation),
        ];
        var table = FrequencyTable.CrossTabulate(victims, v => v.Sex, v => v.Form, Enum.GetValues<EurostatSex>(), Enum.GetValues<EurostatExploitationForm>());

        Assert.Equal(["Female", "Male", "Unknown"], table.RowLabels);
        Assert.Equal(6, table.ColumnCount);
        Assert.Equal(2, table[0, 0]);
        Assert.Equal(1, table[0, 1]);
        Assert.Equal(1, table[1, 1]);
        Assert.Equal(0, table.RowTotal(2));
        Assert.Equal(2, table.ColumnTotal(1));
        Assert.Equal(4, table.GrandTotal);
    }

    [Fact]
    public void An_item_outside_the_listed_categories_is_refused() =>
        Assert.Throws<ArgumentException>(() => FrequencyTable.CrossTabulate(
            [new Victim(EurostatSex.Unknown, EurostatExploitationForm.Other)], v => v.Sex, v => v.Form,
            [EurostatSex.Female, EurostatSex.Male], Enum.GetValues<EurostatExploitationForm>()));

    public static TheoryData<string[], string[], int[][]> Malformed => new()
    {
        { ["a"], ["x", "y"], [[1]] },
        { ["a", "b"], ["x"], [[1]] },
        { ["a"], ["x"], [[-1]] },
        { [], ["x"], [] },
    };

    [Theory]
    [MemberData(nameof(Malformed))]
    public void A_malformed_table_is_refused(string[] rows, string[] columns, int[][] counts) =>
        Assert.Throws<ArgumentException>(() => new FrequencyTable(rows, columns, counts));
}
