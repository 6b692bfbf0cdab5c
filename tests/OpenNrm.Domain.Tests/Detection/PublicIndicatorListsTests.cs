using System.Text.RegularExpressions;
using OpenNrm.Domain.Detection.Indicators;
using static OpenNrm.Domain.Detection.Indicators.IndicatorDimension;

namespace OpenNrm.Domain.Tests.Detection;

public partial class PublicIndicatorListsTests
{
    public static TheoryData<string> AllListIds => [.. PublicIndicatorLists.All.Select(l => l.Id)];

    public static TheoryData<string> DelphiListIds =>
        [.. PublicIndicatorLists.All.Where(l => l.Rule == AssessmentRule.Delphi).Select(l => l.Id)];

    [Theory]
    [MemberData(nameof(AllListIds))]
    public void Every_shipped_list_validates(string listId)
    {
        Assert.Empty(IndicatorListValidator.Validate(ById(listId)));
    }

    [Theory]
    [MemberData(nameof(DelphiListIds))]
    public void Every_Delphi_list_covers_all_six_dimensions(string listId)
    {
        var dimensions = ById(listId).Indicators.Select(i => i.Dimension).Distinct().Order();

        Assert.Equal(Enum.GetValues<IndicatorDimension>().Cast<IndicatorDimension?>(), dimensions);
    }

    [Fact]
    public void There_are_four_Delphi_lists_one_per_population_and_form()
    {
        var combinations = PublicIndicatorLists.All
            .Where(l => l.Rule == AssessmentRule.Delphi)
            .Select(l => (l.Population, l.Exploitation))
            .ToHashSet();

        Assert.Equal(4, combinations.Count);
    }

    [Fact]
    public void Codes_are_unique_across_every_shipped_list()
    {
        // Stored assessments keep only codes, so a code must say which list it came from.
        var codes = PublicIndicatorLists.All.SelectMany(l => l.Indicators).Select(i => i.Code).ToList();

        Assert.Equal(codes.Count, codes.Distinct(StringComparer.OrdinalIgnoreCase).Count());
        Assert.Equal(PublicIndicatorLists.All.Count, PublicIndicatorLists.All.Select(l => l.Id).Distinct().Count());
    }

    [Theory]
    [MemberData(nameof(DelphiListIds))]
    public void Each_code_spells_its_list_dimension_and_grade(string listId)
    {
        // Catches a row copied into the wrong dimension or regraded without a new code.
        var list = ById(listId);
        var prefix = (list.Population, list.Exploitation) switch
        {
            (TargetPopulation.Adult, ExploitationForm.Labour) => "ADL",
            (TargetPopulation.Adult, ExploitationForm.Sexual) => "ADS",
            (TargetPopulation.Child, ExploitationForm.Labour) => "CHL",
            (TargetPopulation.Child, ExploitationForm.Sexual) => "CHS",
            _ => throw new InvalidOperationException(listId),
        };
        Assert.All(list.Indicators, indicator =>
        {
            var match = DelphiCode().Match(indicator.Code);
            Assert.True(match.Success, indicator.Code);
            Assert.Equal(prefix, match.Groups["list"].Value);
            Assert.Equal(DimensionAbbreviation(indicator.Dimension!.Value), match.Groups["dimension"].Value);
            Assert.Equal(indicator.Strength.ToString()![0].ToString(), match.Groups["grade"].Value);
        });
    }

    // Counts per grade as in docs/DOMAIN.md section 3, so an item dropped or regraded in the data shows up here.
    [Theory]
    [InlineData(DeceptiveRecruitment, 1, 8, 1)]
    [InlineData(CoerciveRecruitment, 1, 9, 0)]
    [InlineData(RecruitmentByAbuseOfVulnerability, 0, 12, 4)]
    [InlineData(ExploitativeConditions, 1, 7, 1)]
    [InlineData(CoercionAtDestination, 4, 10, 1)]
    [InlineData(AbuseOfVulnerabilityAtDestination, 0, 5, 2)]
    public void Adult_labour_list_has_the_grades_of_the_domain_brief(IndicatorDimension dimension, int strong, int medium, int weak)
    {
        var strengths = PublicIndicatorLists.DelphiAdultLabour.Indicators
            .Where(i => i.Dimension == dimension)
            .Select(i => i.Strength!.Value);

        Assert.Equal(new DimensionTally(strong, medium, weak), DimensionTally.Of(strengths));
    }

    // The same item is graded differently by phase: debt bondage is medium at recruitment, strong at destination.
    [Theory]
    [InlineData("ADL-DR-S1", "Deceived about the nature of the job, location or employer")]
    [InlineData("ADL-CR-S1", "Violence on victims")]
    [InlineData("ADL-CR-M3", "Debt bondage")]
    [InlineData("ADL-CD-S2", "Debt bondage")]
    [InlineData("ADL-EX-S1", "Excessive working days or hours")]
    [InlineData("ADL-CD-W1", "Threats to inform family, community or public")]
    [InlineData("ADL-VD-W2", "Personal characteristics")]
    public void Adult_labour_items_keep_their_code(string code, string text)
    {
        Assert.Equal(text, PublicIndicatorLists.DelphiAdultLabour.Indicators.Single(i => i.Code == code).Text);
    }

    [Theory]
    [InlineData("ILO11-01", "Abuse of vulnerability")]
    [InlineData("ILO11-02", "Deception")]
    [InlineData("ILO11-03", "Restriction of movement")]
    [InlineData("ILO11-04", "Isolation")]
    [InlineData("ILO11-05", "Physical and sexual violence")]
    [InlineData("ILO11-06", "Intimidation and threats")]
    [InlineData("ILO11-07", "Retention of identity documents")]
    [InlineData("ILO11-08", "Withholding of wages")]
    [InlineData("ILO11-09", "Debt bondage")]
    [InlineData("ILO11-10", "Abusive working and living conditions")]
    [InlineData("ILO11-11", "Excessive overtime")]
    public void Ilo_list_has_the_eleven_indicators_in_order(string code, string text)
    {
        var list = PublicIndicatorLists.IloForcedLabour;

        Assert.Equal(11, list.Indicators.Count);
        Assert.Equal(AssessmentRule.Checklist, list.Rule);
        Assert.Equal(text, list.Indicators[int.Parse(code[^2..], System.Globalization.CultureInfo.InvariantCulture) - 1].Text);
        Assert.Equal(code, list.Indicators.Single(i => i.Text == text).Code);
    }

    [Theory]
    [MemberData(nameof(DelphiListIds))]
    public void Unverified_lists_say_so(string listId)
    {
        // Only the Delphi lists were gathered from memory of the publication; none may ship without the caveat.
        Assert.Contains("verify against ILO publication", ById(listId).SourceNote, StringComparison.Ordinal);
    }

    [Fact]
    public void A_typical_adult_labour_case_shows_indications()
    {
        string[] codes = ["ADL-DR-S1", "ADL-DR-M7", "ADL-EX-S1", "ADL-EX-M3", "ADL-CD-S1", "ADL-CD-S2"];

        var result = TestLists.AssessDelphi(PublicIndicatorLists.DelphiAdultLabour, codes);

        Assert.True(result.IndicationsPresent);
        Assert.Equal(["ADL-CD-S1", "ADL-CD-S2"], result.Dimension(CoercionAtDestination).CountedIndicators.Select(i => i.Code));
    }

    [Fact]
    public void An_exploited_worker_without_means_shows_no_indication()
    {
        // Exploitation alone is a labour-law case, not trafficking, for an adult.
        string[] codes = ["ADL-EX-S1", "ADL-EX-M1", "ADL-EX-M3", "ADL-EX-M6"];

        var result = TestLists.AssessDelphi(PublicIndicatorLists.DelphiAdultLabour, codes);

        Assert.False(result.IndicationsPresent);
        Assert.Equal(ElementStatus.Met, result.Elements.Exploitation);
        Assert.Equal(ElementStatus.NotMet, result.Elements.Recruitment);
    }

    private static IndicatorList ById(string id) => PublicIndicatorLists.All.Single(l => l.Id == id);

    private static string DimensionAbbreviation(IndicatorDimension dimension) => dimension switch
    {
        DeceptiveRecruitment => "DR",
        CoerciveRecruitment => "CR",
        RecruitmentByAbuseOfVulnerability => "VR",
        ExploitativeConditions => "EX",
        CoercionAtDestination => "CD",
        AbuseOfVulnerabilityAtDestination => "VD",
    };

    [GeneratedRegex("^(?<list>[A-Z]{3})-(?<dimension>[A-Z]{2})-(?<grade>[SMW])[1-9][0-9]*$")]
    private static partial Regex DelphiCode();
}
