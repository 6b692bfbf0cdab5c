using OpenNrm.Domain.Statistics.Imports;
using OpenNrm.Web.Features.Statistics.Microdata;

namespace OpenNrm.Tests;

/// <summary>
/// The documentation of the imports' templates and of the microdata release is what sources and researchers read:
/// it must name every column the code writes and every value the code accepts.
/// </summary>
public sealed class StatisticsDocumentationTests
{
    private static readonly string Statistics = File.ReadAllText(Path.Combine(DocsDirectory(), "statistics.md"));

    [Fact]
    public void The_data_dictionary_in_the_docs_names_every_column_of_the_release() =>
        Assert.All(HtcdsDictionary.Fields, f => Assert.Contains($"| `{f.Column}` |", Statistics, StringComparison.Ordinal));

    [Fact]
    public void The_docs_give_every_source_its_indicators_and_every_value_of_every_breakdown()
    {
        Assert.Contains(AggregateTemplate.Header, Statistics, StringComparison.Ordinal);
        foreach (var source in AggregateSources.All)
        {
            Assert.Contains($"(`{AggregateSources.Code(source)}`)", Statistics, StringComparison.Ordinal);
            Assert.All(AggregateTemplate.IndicatorsOf(source), d => Assert.Contains($"`{d.Id}`", Statistics, StringComparison.Ordinal));
        }

        foreach (var dimension in Enum.GetValues<AggregateDimension>())
        {
            Assert.All(AggregateTemplate.ValuesOf(dimension), v => Assert.Contains($"`{v}`", Statistics, StringComparison.Ordinal));
        }
    }

    private static string DocsDirectory()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, "docs");
            if (File.Exists(Path.Combine(candidate, "statistics.md")))
            {
                return candidate;
            }
        }

        throw new DirectoryNotFoundException("docs/statistics.md not found above the test binaries.");
    }
}
