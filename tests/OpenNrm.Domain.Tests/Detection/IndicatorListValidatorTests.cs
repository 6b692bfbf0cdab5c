using OpenNrm.Domain.Detection.Indicators;
using static OpenNrm.Domain.Detection.Indicators.IndicatorDimension;
using static OpenNrm.Domain.Detection.Indicators.IndicatorStrength;

namespace OpenNrm.Domain.Tests.Detection;

public class IndicatorListValidatorTests
{
    private static readonly Indicator[] Valid = [.. TestLists.Items()];

    // Keyed by name so each case shows as its own test without serialising lists.
    private static readonly Dictionary<string, IndicatorList> BrokenLists = new()
    {
        ["no id"] = With(id: ""),
        ["no name"] = With(name: "  "),
        ["no version"] = With(version: ""),
        ["no citation"] = With(citation: ""),
        ["undefined population"] = With(population: (TargetPopulation)99),
        ["undefined exploitation"] = With(exploitation: (ExploitationForm)99),
        ["no indicators"] = With(items: []),
        ["empty code"] = With(items: [.. Valid, new("", DeceptiveRecruitment, Weak, "x")]),
        ["code with a space"] = With(items: [.. Valid, new("T-1 W9", DeceptiveRecruitment, Weak, "x")]),
        ["duplicate code"] = With(items: [.. Valid, new("T-1-S1", DeceptiveRecruitment, Strong, "again")]),
        ["codes differing only in case"] = With(items: [.. Valid, new("t-1-s1", DeceptiveRecruitment, Strong, "again")]),
        ["blank text"] = With(items: [.. Valid, new("T-1-W9", DeceptiveRecruitment, Weak, " ")]),
        ["item without dimension"] = With(items: [.. Valid, new("T-0-W1", null, Weak, "x")]),
        ["undefined dimension"] = With(items: [.. Valid, new("T-42-W1", (IndicatorDimension)42, Weak, "x")]),
        ["item without strength"] = With(items: [.. Valid, new("T-1-X1", DeceptiveRecruitment, null, "x")]),
        ["undefined strength"] = With(items: [.. Valid, new("T-1-X1", DeceptiveRecruitment, (IndicatorStrength)0, "x")]),
        ["dimension on a checklist item"] = TestLists.Checklist([new("C-1", DeceptiveRecruitment, null, "x")]),
        ["strength on a checklist item"] = TestLists.Checklist([new("C-1", null, Medium, "x")]),
        ["a dimension with no items"] = With(items: [.. Valid.Where(i => i.Dimension != AbuseOfVulnerabilityAtDestination)]),
        ["a dimension of weak items only"] = With(items: [.. Valid.Where(i => i.Dimension != ExploitativeConditions || i.Strength == Weak)]),
        ["a dimension of one medium and weak items"] = With(items:
            [.. Valid.Where(i => i.Dimension != ExploitativeConditions || i.Strength == Weak || i.Code == "T-4-M1")]),
        ["a dimension of one strong alone"] = With(items:
            [.. Valid.Where(i => i.Dimension != CoercionAtDestination || i.Code == "T-5-S1")]),
    };

    public static TheoryData<string, IndicatorListErrorKind> Cases => new()
    {
        { "no id", IndicatorListErrorKind.MissingId },
        { "no name", IndicatorListErrorKind.MissingName },
        { "no version", IndicatorListErrorKind.MissingVersion },
        { "no citation", IndicatorListErrorKind.MissingSourceCitation },
        { "undefined population", IndicatorListErrorKind.UnknownPopulation },
        { "undefined exploitation", IndicatorListErrorKind.UnknownExploitation },
        { "no indicators", IndicatorListErrorKind.NoIndicators },
        { "empty code", IndicatorListErrorKind.EmptyCode },
        { "code with a space", IndicatorListErrorKind.CodeContainsWhitespace },
        { "duplicate code", IndicatorListErrorKind.DuplicateCode },
        { "codes differing only in case", IndicatorListErrorKind.DuplicateCode },
        { "blank text", IndicatorListErrorKind.EmptyText },
        { "item without dimension", IndicatorListErrorKind.MissingDimension },
        { "undefined dimension", IndicatorListErrorKind.UnknownDimension },
        { "item without strength", IndicatorListErrorKind.MissingStrength },
        { "undefined strength", IndicatorListErrorKind.UnknownStrength },
        { "dimension on a checklist item", IndicatorListErrorKind.DimensionOnChecklistItem },
        { "strength on a checklist item", IndicatorListErrorKind.StrengthOnChecklistItem },
        { "a dimension with no items", IndicatorListErrorKind.DimensionWithoutIndicators },
        { "a dimension of weak items only", IndicatorListErrorKind.DimensionCannotBePositive },
        { "a dimension of one medium and weak items", IndicatorListErrorKind.DimensionCannotBePositive },
        { "a dimension of one strong alone", IndicatorListErrorKind.DimensionCannotBePositive },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void A_broken_list_reports_the_error(string brokenList, IndicatorListErrorKind expected)
    {
        var errors = IndicatorListValidator.Validate(BrokenLists[brokenList]);

        Assert.Contains(errors, e => e.Kind == expected && !string.IsNullOrWhiteSpace(e.Message));
    }

    [Fact]
    public void Every_broken_list_has_a_case()
    {
        Assert.Equal(BrokenLists.Keys.Order(), Cases.Select(row => (string)row[0]).Distinct().Order());
    }

    [Fact]
    public void A_well_formed_list_has_no_errors()
    {
        Assert.Empty(IndicatorListValidator.Validate(With()));
    }

    [Fact]
    public void Errors_point_at_the_offending_code_and_dimension()
    {
        var errors = IndicatorListValidator.Validate(BrokenLists["duplicate code"])
            .Concat(IndicatorListValidator.Validate(BrokenLists["a dimension with no items"]))
            .ToList();

        Assert.Contains(errors, e => e.Kind == IndicatorListErrorKind.DuplicateCode && e.IndicatorCode == "T-1-S1");
        Assert.Contains(errors, e => e.Kind == IndicatorListErrorKind.DimensionWithoutIndicators && e.Dimension == AbuseOfVulnerabilityAtDestination);
    }

    [Fact]
    public void All_errors_are_reported_at_once()
    {
        var list = new IndicatorList("", "", "", TargetPopulation.Adult, ExploitationForm.Sexual, "", null,
            [new("X", DeceptiveRecruitment, Strong, ""), new("X", null, null, "y")]);

        var kinds = IndicatorListValidator.Validate(list).Select(e => e.Kind).ToHashSet();

        Assert.Superset(
            new HashSet<IndicatorListErrorKind>
            {
                IndicatorListErrorKind.MissingId, IndicatorListErrorKind.MissingName, IndicatorListErrorKind.MissingVersion,
                IndicatorListErrorKind.MissingSourceCitation, IndicatorListErrorKind.DuplicateCode, IndicatorListErrorKind.EmptyText,
                IndicatorListErrorKind.MissingDimension, IndicatorListErrorKind.MissingStrength,
                IndicatorListErrorKind.DimensionWithoutIndicators, IndicatorListErrorKind.DimensionCannotBePositive,
            },
            kinds);
    }

    private static IndicatorList With(
        string id = "test",
        string name = "Test",
        string version = "1",
        TargetPopulation population = TargetPopulation.Adult,
        ExploitationForm exploitation = ExploitationForm.Labour,
        string citation = "Test citation",
        Indicator[]? items = null) =>
        new(id, name, version, population, exploitation, citation, null, items ?? Valid);
}
