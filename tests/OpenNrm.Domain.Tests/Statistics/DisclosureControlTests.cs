using OpenNrm.Domain.Statistics;
using static OpenNrm.Domain.Tests.Statistics.TableText;

namespace OpenNrm.Domain.Tests.Statistics;

public sealed class DisclosureControlTests
{
    [Theory]
    [InlineData(0, 5, false, false)]
    [InlineData(0, 5, true, true)]
    [InlineData(1, 5, false, true)]
    [InlineData(4, 5, false, true)]
    [InlineData(5, 5, false, false)]
    [InlineData(2, 3, false, true)]
    [InlineData(3, 3, false, false)]
    [InlineData(9, 10, true, true)]
    [InlineData(10, 10, true, false)]
    public void A_count_is_sensitive_between_one_and_the_threshold(int count, int threshold, bool zeroIsSensitive, bool expected) =>
        Assert.Equal(expected, new DisclosureRules(threshold, zeroIsSensitive).IsSensitive(count));

    [Fact]
    public void A_table_without_small_counts_is_published_as_it_is()
    {
        var published = DisclosureControl.Publish(Table([12, 0, 30], [8, 20, 15]));
        Assert.Equal(["12 0 30 | 42", "8 20 15 | 43", "20 20 45 | 85"], Render(published));
        Assert.Equal(0, published.Count(SuppressionReason.Primary) + published.Count(SuppressionReason.Secondary));
    }

    [Fact]
    public void A_single_small_cell_in_a_row_takes_a_second_one_with_it()
    {
        var published = DisclosureControl.Publish(Table([3, 10, 12], [8, 20, 15]));
        // Row 1 would give the 3 away from its total: the smallest other cell (10) goes with it. Columns 1 and 2
        // then each need a second one; row 2 gets both, which also closes row 2.
        Assert.Equal(["P S 12 | 25", "S S 15 | 43", "11 30 27 | 68"], Render(published));
        Assert.Equal(1, published.Count(SuppressionReason.Primary));
        Assert.Equal(3, published.Count(SuppressionReason.Secondary));
    }

    [Fact]
    public void Secondary_suppression_iterates_across_rows_and_columns_until_stable()
    {
        var published = DisclosureControl.Publish(Table([3, 10, 20], [12, 0, 25], [15, 30, 40]));
        // Pass 1 hides 10 (row 1), 12 (column 1) and 30 (column 2; the zero in row 2 is a weak complement), which
        // leaves rows 2 and 3 with one each. Pass 2 hides 25 (row 2) and 40 (row 3, it also closes column 3).
        Assert.Equal(["P S 20 | 33", "S 0 S | 37", "15 S S | 85", "30 40 85 | 155"], Render(published));
        Assert.Equal(5, published.Count(SuppressionReason.Secondary));
    }

    [Fact]
    public void A_small_total_is_withheld_like_a_cell()
    {
        var published = DisclosureControl.Publish(Table([3, 0, 0], [10, 20, 30]));
        // The row total 3 would say as much as the cell: both are primary; the column of row totals then needs a
        // second one, and so does column 1.
        Assert.Equal(["P 0 0 | P", "S 20 30 | S", "13 20 30 | 63"], Render(published));
    }

    [Fact]
    public void Totals_already_public_are_never_withheld()
    {
        var published = DisclosureControl.Publish(Table([3, 7, 9], [10, 20, 30]), new DisclosureRules(ProtectTotals: false));
        Assert.Equal(["P S 9 | 19", "S S 30 | 60", "13 27 39 | 79"], Render(published));
    }

    [Fact]
    public void Zeros_are_withheld_when_the_rules_say_so()
    {
        var published = DisclosureControl.Publish(Table([0, 10, 12], [8, 20, 15]), new DisclosureRules(ZeroIsSensitive: true));
        Assert.Equal(["P S 12 | 22", "S S 15 | 43", "8 30 27 | 65"], Render(published));
    }

    [Fact]
    public void The_threshold_is_configurable()
    {
        var table = Table([6, 10, 12], [8, 20, 15]);
        Assert.Equal(["6 10 12 | 28", "8 20 15 | 43", "14 30 27 | 71"], Render(DisclosureControl.Publish(table)));
        Assert.Equal(["P S 12 | 28", "P S 15 | 43", "14 30 27 | 71"], Render(DisclosureControl.Publish(table, new DisclosureRules(Threshold: 10))));
    }

    [Fact]
    public void Published_totals_are_rounded_to_the_base_and_cells_are_not()
    {
        var published = DisclosureControl.Publish(Table([12, 13], [20, 7]), new DisclosureRules(RoundTotalsTo: 5));
        Assert.Equal(["12 13 | 25", "20 7 | 25", "30 20 | 50"], Render(published));
    }

    [Theory]
    [InlineData(12, 5, 10)]
    [InlineData(13, 5, 15)]
    [InlineData(15, 10, 20)]
    [InlineData(14, 10, 10)]
    [InlineData(0, 5, 0)]
    [InlineData(7, 1, 7)]
    public void Rounding_goes_to_the_nearest_multiple_halves_up(int count, int roundingBase, int expected)
    {
        var published = DisclosureControl.Publish(Table([count]), new DisclosureRules(Threshold: 1, RoundTotalsTo: roundingBase));
        Assert.Equal(expected, published.GrandTotal.Value);
        Assert.Equal(count, published[0, 0].Value);
    }

    [Fact]
    public void A_withheld_cell_keeps_its_place_and_carries_the_flag_and_reason()
    {
        var published = DisclosureControl.Publish(Table([3, 10, 12], [8, 20, 15]));
        var cell = published[0, 0];
        Assert.Null(cell.Value);
        Assert.Equal("c", cell.Flag);
        Assert.Equal("c", cell.ToString());
        Assert.Equal(SuppressionReason.Primary, cell.Suppression);
        Assert.Equal(["r1", "r2"], published.RowLabels);
        Assert.Null(published[0, 2].Flag);
        Assert.Equal(12, published[0, 2].Value);
        Assert.Equal("Regulation (EC) No 223/2009 art. 2(1)(e) and art. 3(7)", published.Basis.Citation);
    }

    [Theory]
    [InlineData(SuppressionReason.Primary, "between 1 and 4 persons")]
    [InlineData(SuppressionReason.Secondary, "from the totals")]
    public void Each_reason_is_explained_with_its_basis(SuppressionReason reason, string expected)
    {
        var explanation = DisclosureControl.Explain(reason, DisclosureRules.Default);
        Assert.Contains(expected, explanation, StringComparison.Ordinal);
        Assert.Contains("Regulation (EC) No 223/2009", explanation, StringComparison.Ordinal);
    }

    [Fact]
    public void Rules_that_could_publish_nothing_sensibly_are_refused()
    {
        var table = Table([1]);
        Assert.Throws<ArgumentOutOfRangeException>(() => DisclosureControl.Publish(table, new DisclosureRules(Threshold: 0)));
        Assert.Throws<ArgumentOutOfRangeException>(() => DisclosureControl.Publish(table, new DisclosureRules(RoundTotalsTo: 0)));
    }
}
