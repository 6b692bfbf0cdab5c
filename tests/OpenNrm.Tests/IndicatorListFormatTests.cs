using System.Text.RegularExpressions;
using OpenNrm.Domain.Detection.Indicators;
using OpenNrm.Web.Features.Indicators;

namespace OpenNrm.Tests;

/// <summary>The import format as documented, and the strictness that keeps a typo from changing what a tick means.</summary>
public sealed partial class IndicatorListFormatTests
{
    [Fact]
    public void The_documented_example_reads_as_a_valid_delphi_list()
    {
        var (list, problems) = IndicatorListJson.Read(DocumentedExample());
        Assert.Empty(problems);
        Assert.NotNull(list);
        Assert.Equal(AssessmentRule.Delphi, list.Rule);
        Assert.Empty(IndicatorListValidator.Validate(list));
    }

    [Theory]
    [InlineData("{\"id\":\"a\",\"id\":\"b\"}", "id")]
    [InlineData("{\"id\":\"a\" /* note */ }", "$")]
    [InlineData("{\"id\":\"a\",}", "$")]
    [InlineData("[]", "$")]
    [InlineData("{\"indicators\":{}}", "indicators")]
    [InlineData("{\"indicators\":[\"x\"]}", "indicators[0]")]
    [InlineData("{\"population\":\"adult\"}", "population")]
    [InlineData("{\"population\":\"1\"}", "population")]
    [InlineData("{\"name\":42}", "name")]
    public void Loose_json_is_refused_at_its_position(string json, string position)
    {
        var (list, problems) = IndicatorListJson.Read(json);
        Assert.Null(list);
        Assert.Contains(problems, p => p.Position == position);
    }

    [Fact]
    public void A_byte_order_mark_from_a_text_editor_is_accepted()
    {
        var (list, problems) = IndicatorListJson.Read("\uFEFF" + DocumentedExample());
        Assert.Empty(problems);
        Assert.NotNull(list);
    }

    private static string DocumentedExample()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "docs", "indicator-lists.md")))
        {
            directory = directory.Parent;
        }

        Assert.NotNull(directory);
        var markdown = File.ReadAllText(Path.Combine(directory.FullName, "docs", "indicator-lists.md"));
        return JsonBlock().Match(markdown).Groups[1].Value;
    }

    [GeneratedRegex("```json\\n(.*?)```", RegexOptions.Singleline)]
    private static partial Regex JsonBlock();
}
