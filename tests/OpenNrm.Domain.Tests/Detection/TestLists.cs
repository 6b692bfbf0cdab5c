using OpenNrm.Domain.Detection.Indicators;

namespace OpenNrm.Domain.Tests.Detection;

/// <summary>
/// Synthetic lists with enough items of each grade to reach every rule branch, so rule tests do not depend on
/// the shipped publication data (which may still be corrected).
/// </summary>
internal static class TestLists
{
    public const int StrongPerDimension = 3;
    public const int MediumPerDimension = 4;
    public const int WeakPerDimension = 4;

    public static IndicatorList Delphi(TargetPopulation population) => DelphiWith(population, Items());

    public static IndicatorList DelphiWith(TargetPopulation population, IEnumerable<Indicator> items) => new(
        population == TargetPopulation.Adult ? "test-adult" : "test-child",
        "Synthetic test list",
        "1",
        population,
        ExploitationForm.Labour,
        "Test citation",
        null,
        items);

    public static IndicatorList Checklist(IEnumerable<Indicator> items) => new(
        "test-checklist", "Synthetic checklist", "1", TargetPopulation.Adult, ExploitationForm.ForcedLabourIlo,
        "Test citation", null, items);

    public static IEnumerable<Indicator> Items() =>
        Enum.GetValues<IndicatorDimension>().SelectMany(d =>
            Enumerable.Range(1, StrongPerDimension).Select(n => Item(d, IndicatorStrength.Strong, n))
                .Concat(Enumerable.Range(1, MediumPerDimension).Select(n => Item(d, IndicatorStrength.Medium, n)))
                .Concat(Enumerable.Range(1, WeakPerDimension).Select(n => Item(d, IndicatorStrength.Weak, n))));

    public static Indicator Item(IndicatorDimension dimension, IndicatorStrength strength, int n) =>
        new(Code(dimension, strength, n), dimension, strength, $"{dimension} {strength} {n}");

    public static string Code(IndicatorDimension dimension, IndicatorStrength strength, int n) =>
        $"T-{(int)dimension}-{strength.ToString()[0]}{n}";

    /// <summary>The codes of the first <paramref name="strong"/> strong, ... indicators of one dimension.</summary>
    public static IEnumerable<string> Codes(IndicatorDimension dimension, int strong, int medium, int weak) =>
        Enumerable.Range(1, strong).Select(n => Code(dimension, IndicatorStrength.Strong, n))
            .Concat(Enumerable.Range(1, medium).Select(n => Code(dimension, IndicatorStrength.Medium, n)))
            .Concat(Enumerable.Range(1, weak).Select(n => Code(dimension, IndicatorStrength.Weak, n)));

    public static DelphiAssessment AssessDelphi(IndicatorList list, IEnumerable<string> codes)
    {
        var result = IndicatorAssessment.Evaluate(list, codes);
        return Assert.IsType<DelphiAssessment>(result);
    }
}
