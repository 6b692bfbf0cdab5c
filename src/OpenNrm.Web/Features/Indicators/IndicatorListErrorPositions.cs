using OpenNrm.Domain.Detection.Indicators;

namespace OpenNrm.Web.Features.Indicators;

/// <summary>
/// Turns the domain's verdict on a list into problems an importer can act on: a position in the JSON and a
/// translatable message per <see cref="IndicatorListErrorKind"/>. The validator names an indicator by its code;
/// the k-th error of one kind about one code is placed on the k-th indicator with that code (the second one for a
/// duplicate), which is exact unless the same code is also given twice, itself an error.
/// </summary>
public static class IndicatorListErrorPositions
{
    public static IEnumerable<ImportProblem> Place(IndicatorList list, IReadOnlyList<int> jsonIndex, IReadOnlyList<IndicatorListError> errors)
    {
        ArgumentNullException.ThrowIfNull(list);
        ArgumentNullException.ThrowIfNull(errors);
        var seen = new Dictionary<(IndicatorListErrorKind, string), int>();
        foreach (var error in errors)
        {
            var dimension = error.Dimension?.ToString() ?? string.Empty;
            yield return error.Kind switch
            {
                IndicatorListErrorKind.MissingId => ImportProblem.At("id", "The list has no id."),
                IndicatorListErrorKind.MissingName => ImportProblem.At("name", "The list has no name."),
                IndicatorListErrorKind.MissingVersion => ImportProblem.At("version", "The list has no version."),
                IndicatorListErrorKind.MissingSourceCitation => ImportProblem.At("sourceCitation", "The list does not cite its source."),
                IndicatorListErrorKind.UnknownPopulation => ImportProblem.At("population", "Give one of: {0}.", Names<TargetPopulation>()),
                IndicatorListErrorKind.UnknownExploitation => ImportProblem.At("exploitation", "Give one of: {0}.", Names<ExploitationForm>()),
                IndicatorListErrorKind.NoIndicators => ImportProblem.At("indicators", "The list has no indicators."),
                IndicatorListErrorKind.EmptyCode => ImportProblem.At(Item(list, jsonIndex, error, seen, "code"), "The indicator has no code."),
                IndicatorListErrorKind.CodeContainsWhitespace => ImportProblem.At(Item(list, jsonIndex, error, seen, "code"), "The code {0} contains a space.", error.IndicatorCode!),
                IndicatorListErrorKind.DuplicateCode => ImportProblem.At(Item(list, jsonIndex, error, seen, "code"), "The code {0} is already used by another indicator of this list.", error.IndicatorCode!),
                IndicatorListErrorKind.EmptyText => ImportProblem.At(Item(list, jsonIndex, error, seen, "text"), "The indicator has no text."),
                IndicatorListErrorKind.MissingDimension => ImportProblem.At(Item(list, jsonIndex, error, seen, "dimension"), "A graded list gives each indicator its dimension: {0}.", Names<IndicatorDimension>()),
                IndicatorListErrorKind.UnknownDimension => ImportProblem.At(Item(list, jsonIndex, error, seen, "dimension"), "Give one of: {0}.", Names<IndicatorDimension>()),
                IndicatorListErrorKind.MissingStrength => ImportProblem.At(Item(list, jsonIndex, error, seen, "strength"), "A graded list gives each indicator its strength: {0}.", Names<IndicatorStrength>()),
                IndicatorListErrorKind.UnknownStrength => ImportProblem.At(Item(list, jsonIndex, error, seen, "strength"), "Give one of: {0}.", Names<IndicatorStrength>()),
                IndicatorListErrorKind.DimensionOnChecklistItem => ImportProblem.At(Item(list, jsonIndex, error, seen, "dimension"), "A checklist item has no dimension."),
                IndicatorListErrorKind.StrengthOnChecklistItem => ImportProblem.At(Item(list, jsonIndex, error, seen, "strength"), "A checklist item has no strength."),
                IndicatorListErrorKind.DimensionWithoutIndicators => ImportProblem.At("indicators", "The dimension {0} has no indicators; the rule reads all six.", dimension),
                IndicatorListErrorKind.DimensionCannotBePositive => ImportProblem.At("indicators", "The dimension {0} cannot become positive even with every indicator present.", dimension),
                _ => ImportProblem.At(ImportProblem.Document, "The list is not valid."),
            };
        }
    }

    private static string Item(IndicatorList list, IReadOnlyList<int> jsonIndex, IndicatorListError error, Dictionary<(IndicatorListErrorKind, string), int> seen, string field)
    {
        var code = error.IndicatorCode ?? string.Empty;
        var duplicate = error.Kind == IndicatorListErrorKind.DuplicateCode;
        // The validator compares codes without regard to case when it looks for duplicates, and exactly otherwise.
        var comparison = duplicate ? StringComparison.OrdinalIgnoreCase : StringComparison.Ordinal;
        var key = (error.Kind, duplicate ? code.ToUpperInvariant() : code);
        var occurrence = seen.GetValueOrDefault(key) + (duplicate ? 1 : 0);
        seen[key] = seen.GetValueOrDefault(key) + 1;
        var matches = Enumerable.Range(0, list.Indicators.Count)
            .Where(i => error.Kind == IndicatorListErrorKind.EmptyCode
                ? string.IsNullOrWhiteSpace(list.Indicators[i].Code)
                : string.Equals(list.Indicators[i].Code, code, comparison))
            .ToList();
        return occurrence < matches.Count ? IndicatorListJson.IndicatorPosition(jsonIndex[matches[occurrence]], field) : "indicators";
    }

    private static string Names<T>()
        where T : struct, Enum => string.Join(", ", Enum.GetNames<T>());
}
