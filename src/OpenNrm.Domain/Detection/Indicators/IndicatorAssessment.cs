namespace OpenNrm.Domain.Detection.Indicators;

/// <summary>
/// Turns the indicators a frontline worker ticked into decision support. Pure: the same list and codes always
/// give the same result, so a stored assessment can be recomputed for audit from its list version.
/// </summary>
public static class IndicatorAssessment
{
    /// <param name="presentIndicatorCodes">
    /// Codes exactly as the list spells them (ordinal comparison). The same code given twice is one indicator:
    /// "two strong" means two different strong indicators.
    /// </param>
    public static IndicatorAssessmentResult Evaluate(IndicatorList list, IEnumerable<string> presentIndicatorCodes)
    {
        ArgumentNullException.ThrowIfNull(list);
        ArgumentNullException.ThrowIfNull(presentIndicatorCodes);

        var listErrors = IndicatorListValidator.Validate(list);
        if (listErrors.Count > 0)
        {
            return new AssessmentRejected(
                AssessmentRejectionReason.InvalidList,
                $"Indicator list {list} is invalid ({listErrors.Count} error(s)); no assessment was made.",
                [],
                listErrors);
        }

        var codes = presentIndicatorCodes.ToList();
        var unknown = FindUnknownCodes(list, codes);
        if (unknown.Count > 0)
        {
            return new AssessmentRejected(
                AssessmentRejectionReason.UnknownIndicatorCodes,
                $"Indicator code(s) {string.Join(", ", unknown.Select(c => $"'{c}'"))} are not in list {list}; no assessment was made.",
                unknown,
                []);
        }

        var ticked = codes.ToHashSet(StringComparer.Ordinal);
        var present = list.Indicators.Where(i => ticked.Contains(i.Code)).ToList();
        return list.Rule switch
        {
            AssessmentRule.Delphi => AssessDelphi(list, present),
            AssessmentRule.Checklist => new ChecklistAssessment(list.Id, list.Version, present),
        };
    }

    /// <summary>
    /// The given codes that the list does not contain, each once, in the order given; lets a form be checked
    /// before it is submitted. A null or blank code is reported as given.
    /// </summary>
    public static IReadOnlyList<string> FindUnknownCodes(IndicatorList list, IEnumerable<string?> codes)
    {
        ArgumentNullException.ThrowIfNull(list);
        ArgumentNullException.ThrowIfNull(codes);
        var known = list.Indicators.Select(i => i.Code).ToHashSet(StringComparer.Ordinal);
        return codes
            .Select(c => c ?? string.Empty)
            .Where(c => !known.Contains(c))
            .Distinct(StringComparer.Ordinal)
            .ToList();
    }

    private static DelphiAssessment AssessDelphi(IndicatorList list, List<Indicator> present)
    {
        var dimensions = Enum.GetValues<IndicatorDimension>()
            .Select(dimension => AssessDimension(dimension, present.Where(i => i.Dimension == dimension).ToList()))
            .ToList();
        var positive = dimensions.Where(d => d.IsPositive).Select(d => d.Dimension).ToHashSet();
        return new DelphiAssessment(
            list.Id,
            list.Version,
            list.Population,
            dimensions,
            DelphiOverallRule.Elements(list.Population, positive));
    }

    private static DimensionResult AssessDimension(IndicatorDimension dimension, List<Indicator> present)
    {
        // A validated Delphi list grades every item, so Strength has a value here.
        var tally = DimensionTally.Of(present.Select(i => i.Strength!.Value));
        return new DimensionResult(dimension, present, tally, DelphiDimensionRule.SatisfiedBranch(tally));
    }
}
