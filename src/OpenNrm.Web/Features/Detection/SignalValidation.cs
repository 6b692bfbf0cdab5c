using System.Globalization;
using OpenNrm.Domain.Detection.Indicators;
using OpenNrm.Web.Features.Shared;

namespace OpenNrm.Web.Features.Detection;

/// <summary>Everything a signal must satisfy before anything is written; each error names its field.</summary>
public static class SignalValidation
{
    public const int MaxPersons = 50;
    public const int MaxCircumstances = 4000;

    /// <summary>The stored, comma-separated codes of one person; an imported list may have hundreds of items.</summary>
    public const int MaxIndicatorCodes = 2000;

    private static readonly HashSet<string> Languages = CultureInfo.GetCultures(CultureTypes.NeutralCultures)
        .Select(c => c.TwoLetterISOLanguageName).Where(c => c.Length == 2).ToHashSet(StringComparer.OrdinalIgnoreCase);

    /// <param name="lists">The indicator lists in force that the persons name, by id (<see cref="DetectionSupport.FindListsAsync"/>).</param>
    public static void Check(SignalInput input, DateTimeOffset now, Validation v, IReadOnlyDictionary<string, IndicatorList> lists)
    {
        v.Require(input.DetectedAt is not null, "detectedAt", "This field is required.")
         .Require(input.DetectedAt is null || input.DetectedAt <= now.AddMinutes(5), "detectedAt", "A date in the future cannot be recorded as having happened.")
         .RequireText(input.Municipality, "municipality", 100)
         .Require(string.IsNullOrWhiteSpace(input.PostalCode) || Domain.Geography.BelgianPlaces.Find(input.PostalCode) is not null, "postalCode",
             "Give a Belgian postal code of four digits, for example 1000.")
         .Require(input.Context is { } c && Enum.IsDefined(c), "context", "This field is required.")
         .Require((input.Circumstances?.Length ?? 0) <= MaxCircumstances, "circumstances", "This field is limited to {0} characters.", MaxCircumstances)
         .Require(input.Persons is { Count: > 0 }, "persons", "A signal concerns at least one person.")
         .Require(input.Persons is null || input.Persons.Count <= MaxPersons, "persons", "At most {0} persons per signal.", MaxPersons);
        foreach (var (p, i) in (input.Persons ?? []).Select((p, i) => (p, i)))
        {
            var at = $"persons[{i}].";
            v.RequireText(p.Name, at + "name", 200)
             .Require((p.Aliases?.Length ?? 0) <= 500, at + "aliases", "This field is limited to {0} characters.", 500)
             .Require(p.Gender is null || Enum.IsDefined(p.Gender.Value), at + "gender", "This field is required.")
             .Require(p.BirthDate is null || input.DetectedAt is null || p.BirthDate.Value <= DateOnly.FromDateTime(input.DetectedAt.Value.UtcDateTime),
                 at + "birthDate", "The birth date is after the detection.")
             .Require(p.EstimatedAge is null or (>= 0 and <= 120), at + "estimatedAge", "Give an age between 0 and 120.")
             .Require((p.Nationalities ?? []).Count <= 5 && (p.Nationalities ?? []).All(IsCountry), at + "nationalities",
                 "Give up to five nationalities as two-letter country codes (ISO 3166), for example NG or MA.")
             .Require((p.Languages ?? []).Count <= 5 && (p.Languages ?? []).All(l => Languages.Contains(l)), at + "languages",
                 "Give up to five languages as two-letter codes (ISO 639-1), for example en or ar.")
             .Require((p.SuspectedExploitation ?? []).All(Enum.IsDefined), at + "suspectedExploitation", "This field is required.")
             .Require(string.Join(',', (p.Indicators ?? []).Distinct()).Length <= MaxIndicatorCodes, at + "indicators", "Too many indicators for one person.");
            if (p.IndicatorListId is not null)
            {
                var list = lists.GetValueOrDefault(p.IndicatorListId);
                v.Require(list is not null, at + "indicatorListId", "Choose one of the indicator lists.");
                v.Require(list is null || IndicatorAssessment.FindUnknownCodes(list, p.Indicators ?? []).Count == 0, at + "indicators", "Unknown indicator code.");
            }
        }
    }

    private static bool IsCountry(string code)
    {
        if (code.Length != 2 || !code.All(char.IsAsciiLetter))
        {
            return false;
        }

        try
        {
            return new RegionInfo(code).TwoLetterISORegionName.Equals(code, StringComparison.OrdinalIgnoreCase);
        }
        catch (ArgumentException)
        {
            return false;
        }
    }
}
