namespace OpenNrm.Domain.Detection.Indicators;

/// <summary>
/// Checks a list before it is used, so a deployment's confidential list can be imported as data and refused
/// with every reason at once. An empty result means the list is safe to assess with.
/// </summary>
public static class IndicatorListValidator
{
    public static IReadOnlyList<IndicatorListError> Validate(IndicatorList list)
    {
        ArgumentNullException.ThrowIfNull(list);
        var errors = new List<IndicatorListError>();
        CheckHeader(list, errors);
        CheckCodes(list, errors);
        foreach (var indicator in list.Indicators)
        {
            if (string.IsNullOrWhiteSpace(indicator.Text))
            {
                errors.Add(new(IndicatorListErrorKind.EmptyText, $"Indicator {indicator.Code} has no text.", indicator.Code));
            }
        }

        // The rule-specific checks need a known rule; an unknown exploitation form is already reported above.
        if (Enum.IsDefined(list.Exploitation))
        {
            switch (list.Rule)
            {
                case AssessmentRule.Delphi:
                    CheckDelphiItems(list, errors);
                    CheckDelphiDimensions(list, errors);
                    break;
                case AssessmentRule.Checklist:
                    CheckChecklistItems(list, errors);
                    break;
            }
        }

        return errors;
    }

    private static void CheckHeader(IndicatorList list, List<IndicatorListError> errors)
    {
        if (string.IsNullOrWhiteSpace(list.Id))
        {
            errors.Add(new(IndicatorListErrorKind.MissingId, "The list has no id."));
        }

        if (string.IsNullOrWhiteSpace(list.Name))
        {
            errors.Add(new(IndicatorListErrorKind.MissingName, "The list has no name."));
        }

        // Stored assessments name the list version they were made with; without one they cannot be re-read.
        if (string.IsNullOrWhiteSpace(list.Version))
        {
            errors.Add(new(IndicatorListErrorKind.MissingVersion, "The list has no version."));
        }

        if (string.IsNullOrWhiteSpace(list.SourceCitation))
        {
            errors.Add(new(IndicatorListErrorKind.MissingSourceCitation, "The list does not cite its source."));
        }

        if (!Enum.IsDefined(list.Population))
        {
            errors.Add(new(IndicatorListErrorKind.UnknownPopulation, $"Unknown target population {(int)list.Population}."));
        }

        if (!Enum.IsDefined(list.Exploitation))
        {
            errors.Add(new(IndicatorListErrorKind.UnknownExploitation, $"Unknown exploitation form {(int)list.Exploitation}."));
        }

        if (list.Indicators.Count == 0)
        {
            errors.Add(new(IndicatorListErrorKind.NoIndicators, "The list has no indicators."));
        }
    }

    private static void CheckCodes(IndicatorList list, List<IndicatorListError> errors)
    {
        // Case-insensitive on purpose: two codes differing only in case would be one code to a person reading a
        // report, or to a case-insensitive database collation.
        var seen = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (var code in list.Indicators.Select(i => i.Code))
        {
            if (string.IsNullOrWhiteSpace(code))
            {
                errors.Add(new(IndicatorListErrorKind.EmptyCode, "An indicator has no code."));
                continue;
            }

            if (code.Any(char.IsWhiteSpace))
            {
                errors.Add(new(IndicatorListErrorKind.CodeContainsWhitespace, $"Code '{code}' contains whitespace.", code));
            }

            if (!seen.Add(code))
            {
                errors.Add(new(IndicatorListErrorKind.DuplicateCode, $"Code {code} is used more than once.", code));
            }
        }
    }

    private static void CheckDelphiItems(IndicatorList list, List<IndicatorListError> errors)
    {
        foreach (var indicator in list.Indicators)
        {
            if (indicator.Dimension is not { } dimension)
            {
                errors.Add(new(IndicatorListErrorKind.MissingDimension, $"Indicator {indicator.Code} has no dimension.", indicator.Code));
            }
            else if (!Enum.IsDefined(dimension))
            {
                errors.Add(new(IndicatorListErrorKind.UnknownDimension, $"Indicator {indicator.Code} has unknown dimension {(int)dimension}.", indicator.Code));
            }

            if (indicator.Strength is not { } strength)
            {
                errors.Add(new(IndicatorListErrorKind.MissingStrength, $"Indicator {indicator.Code} has no strength.", indicator.Code));
            }
            else if (!Enum.IsDefined(strength))
            {
                errors.Add(new(IndicatorListErrorKind.UnknownStrength, $"Indicator {indicator.Code} has unknown strength {(int)strength}.", indicator.Code));
            }
        }
    }

    private static void CheckDelphiDimensions(IndicatorList list, List<IndicatorListError> errors)
    {
        foreach (var dimension in Enum.GetValues<IndicatorDimension>())
        {
            var strengths = list.Indicators
                .Where(i => i.Dimension == dimension && i.Strength is { } s && Enum.IsDefined(s))
                .Select(i => i.Strength!.Value)
                .ToList();
            if (strengths.Count == 0)
            {
                // The overall rule reads all six; a missing one would silently make every assessment negative.
                errors.Add(new(IndicatorListErrorKind.DimensionWithoutIndicators, $"Dimension {dimension} has no indicators.", Dimension: dimension));
                continue;
            }

            // The rule only grows with more indicators, so if ticking every item leaves the dimension negative,
            // nothing ever will: a list graded like that (for example all weak) is a data error, not a policy.
            if (!DelphiDimensionRule.IsPositive(DimensionTally.Of(strengths)))
            {
                errors.Add(new(IndicatorListErrorKind.DimensionCannotBePositive, $"Dimension {dimension} cannot become positive even with every indicator present.", Dimension: dimension));
            }
        }
    }

    private static void CheckChecklistItems(IndicatorList list, List<IndicatorListError> errors)
    {
        // A grade on a checklist item would suggest a weighting the ILO 2012 list does not have.
        foreach (var indicator in list.Indicators)
        {
            if (indicator.Dimension is not null)
            {
                errors.Add(new(IndicatorListErrorKind.DimensionOnChecklistItem, $"Checklist item {indicator.Code} must not have a dimension.", indicator.Code));
            }

            if (indicator.Strength is not null)
            {
                errors.Add(new(IndicatorListErrorKind.StrengthOnChecklistItem, $"Checklist item {indicator.Code} must not have a strength.", indicator.Code));
            }
        }
    }
}
