using NodaTime;
using OpenNrm.Domain.Statistics;

namespace OpenNrm.Domain.Tests.Statistics;

public sealed class DurationsTests
{
    // Expected values are those of R's quantile(x, type = 7).
    public static TheoryData<int[], double, double, double> Cases => new()
    {
        { [7], 7, 7, 7 },
        { [1, 2, 3, 4, 5], 2, 3, 4 },
        { [1, 2, 3, 4], 1.75, 2.5, 3.25 },
        { [10, 1, 7, 4], 3.25, 5.5, 7.75 },
        { [45, 45, 90, 180, 365, 730], 56.25, 135, 318.75 },
        { [0, 0], 0, 0, 0 },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void Quartiles_of_day_counts_follow_type_7(int[] days, double lower, double median, double upper)
    {
        var quartiles = Durations.OfDays(days);
        Assert.Equal(new Quartiles(lower, median, upper, days.Length), quartiles);
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Quartiles_of_durations_are_those_of_their_days(int[] days, double lower, double median, double upper)
    {
        var quartiles = Durations.Of(days.Select(d => Duration.FromDays(d)));
        Assert.NotNull(quartiles);
        Assert.Equal(lower, quartiles.Lower.TotalDays, 9);
        Assert.Equal(median, quartiles.Median.TotalDays, 9);
        Assert.Equal(upper, quartiles.Upper.TotalDays, 9);
        Assert.Equal(days.Length, quartiles.Count);
    }

    [Fact]
    public void No_values_give_no_value_not_zero()
    {
        Assert.Null(Durations.OfDays([]));
        Assert.Null(Durations.Of([]));
        Assert.Null(Durations.Quantile([], 0.5));
    }

    [Theory]
    [InlineData(0, 1)]
    [InlineData(1, 10)]
    [InlineData(0.9, 9.1)]
    public void Any_quantile_interpolates_between_order_statistics(double probability, double expected) =>
        Assert.Equal(expected, Durations.Quantile([10, 1, 5, 3, 2, 4, 6, 7, 8, 9], probability)!.Value, 9);

    [Theory]
    [InlineData(-0.1)]
    [InlineData(1.1)]
    public void A_probability_outside_zero_to_one_is_refused(double probability) =>
        Assert.Throws<ArgumentOutOfRangeException>(() => Durations.Quantile([1, 2], probability));
}
