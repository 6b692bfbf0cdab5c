using Microsoft.Extensions.Configuration;
using NodaTime;
using OpenNrm.Domain.Assistance;
using OpenNrm.Web.Features.Retention;

namespace OpenNrm.Tests;

/// <summary>The retention settings: the defaults and their basis, a deployment's own periods, and a start refused on any wrong value.</summary>
public sealed class RetentionOptionsTests
{
    [Fact]
    public void Without_settings_every_personal_class_keeps_ten_years_on_the_products_stated_basis()
    {
        var options = RetentionOptions.From(Configuration([]));

        Assert.Equal(TimeSpan.FromDays(1), options.PurgeInterval);
        Assert.All(Enum.GetValues<RecordClass>().Where(RetentionSchedule.IsPersonal),
            c => Assert.Equal(Period.FromYears(10), options.Schedule.PeriodOf(c).AfterClosure));
        Assert.Contains("product rule", options.BasisOf(RecordClass.CaseNote).Citation, StringComparison.Ordinal);
        Assert.Contains("recital 26", options.BasisOf(RecordClass.StatisticsAggregate).Citation, StringComparison.Ordinal);
    }

    [Fact]
    public void A_deployment_sets_its_own_periods_and_says_so()
    {
        var options = RetentionOptions.From(Configuration(new()
        {
            ["OpenNrm:Retention:Periods:CaseNote"] = "P5Y",
            ["OpenNrm:Retention:Periods:ConsentRecord"] = "P18M",
            ["OpenNrm:Retention:PurgeInterval"] = "00:00:00",
        }));

        Assert.Equal(Period.FromYears(5), options.Schedule.PeriodOf(RecordClass.CaseNote).AfterClosure);
        Assert.Equal(Period.FromMonths(18), options.Schedule.PeriodOf(RecordClass.ConsentRecord).AfterClosure);
        Assert.Equal(Period.FromYears(10), options.Schedule.PeriodOf(RecordClass.MedicalNote).AfterClosure);
        Assert.Contains("set by the deployment", options.BasisOf(RecordClass.CaseNote).Citation, StringComparison.Ordinal);
        Assert.Equal(TimeSpan.Zero, options.PurgeInterval);
    }

    [Theory]
    [InlineData("OpenNrm:Retention:Periods:CaseNotes", "P5Y")]
    [InlineData("OpenNrm:Retention:Periods:CaseNote", "5")]
    [InlineData("OpenNrm:Retention:Periods:CaseNote", "P0D")]
    [InlineData("OpenNrm:Retention:Periods:CaseNote", "PT5H")]
    [InlineData("OpenNrm:Retention:Periods:CaseNote", "P-1Y")]
    [InlineData("OpenNrm:Retention:Periods:3", "P5Y")]
    [InlineData("OpenNrm:Retention:Periods:StatisticsAggregate", "P5Y")]
    [InlineData("OpenNrm:Retention:PurgeInterval", "daily")]
    [InlineData("OpenNrm:Retention:PurgeInterval", "-01:00:00")]
    public void A_wrong_value_stops_the_start_and_names_its_key(string key, string value)
    {
        var error = Assert.Throws<InvalidOperationException>(() => RetentionOptions.From(Configuration(new() { [key] = value })));

        Assert.Contains(key, error.Message, StringComparison.Ordinal);
    }

    private static IConfiguration Configuration(Dictionary<string, string?> values) =>
        new ConfigurationBuilder().AddInMemoryCollection(values).Build();
}
