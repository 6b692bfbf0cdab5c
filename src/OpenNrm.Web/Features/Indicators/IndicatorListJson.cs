using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using OpenNrm.Domain.Detection.Indicators;

namespace OpenNrm.Web.Features.Indicators;

/// <summary>
/// Reads the import format (docs/indicator-lists.md), a JSON mirror of <see cref="IndicatorList"/>, strictly: an
/// unknown or repeated field, a value of the wrong type or an unknown enum name is an error, never ignored, because a
/// dropped field could silently change what a tick means. The document is walked by hand rather than deserialised so
/// that every problem is reported at once with its position. The domain's <see cref="IndicatorListValidator"/> then
/// judges the list itself; its errors are placed by <see cref="IndicatorListErrorPositions"/>.
/// </summary>
public static partial class IndicatorListJson
{
    public const int MaxBytes = 256 * 1024;
    public const int MaxIndicators = 500;

    /// <summary>The signal's column for the list id has this size.</summary>
    public const int MaxIdLength = 64;

    public const int MaxVersionLength = 32;
    public const int MaxNameLength = 200;

    /// <summary>Short codes keep a person's ticked codes within the signal's column.</summary>
    public const int MaxCodeLength = 32;

    public const int MaxTextLength = 1000;

    private static readonly string[] ListFields = ["id", "name", "version", "population", "exploitation", "sourceCitation", "sourceNote", "indicators"];
    private static readonly string[] IndicatorFields = ["code", "dimension", "strength", "text"];

    /// <summary>The list, or null with at least one problem.</summary>
    public static (IndicatorList? List, IReadOnlyList<ImportProblem> Problems) Read(string? definition)
    {
        var problems = new List<ImportProblem>();
        if (string.IsNullOrWhiteSpace(definition))
        {
            problems.Add(ImportProblem.At(ImportProblem.Document, "Give the list's JSON definition."));
            return (null, problems);
        }

        if (Encoding.UTF8.GetByteCount(definition) > MaxBytes)
        {
            problems.Add(ImportProblem.At(ImportProblem.Document, "The list is larger than {0} KB.", MaxBytes / 1024));
            return (null, problems);
        }

        JsonDocument document;
        try
        {
            // A file saved by a text editor may start with a byte order mark, which is not JSON.
            document = JsonDocument.Parse(definition.TrimStart('\uFEFF'), new JsonDocumentOptions { MaxDepth = 16 });
        }
        catch (JsonException e)
        {
            problems.Add(ImportProblem.At(ImportProblem.Document, "This is not well-formed JSON (line {0}, position {1}).",
                (e.LineNumber ?? 0) + 1, (e.BytePositionInLine ?? 0) + 1));
            return (null, problems);
        }

        using (document)
        {
            var list = ReadList(document.RootElement, problems, out var jsonIndex);
            if (list is null)
            {
                return (null, problems);
            }

            CheckFormat(list, jsonIndex, problems);
            var reported = problems.Select(p => p.Position).ToHashSet(StringComparer.Ordinal);
            // A field already refused here (wrong type, too long) would only be reported again, less precisely.
            problems.AddRange(IndicatorListErrorPositions.Place(list, jsonIndex, IndicatorListValidator.Validate(list))
                .Where(p => !reported.Contains(p.Position)));
            return (problems.Count == 0 ? list : null, problems);
        }
    }

    public static string IndicatorPosition(int index, string field) => $"indicators[{index}].{field}";

    /// <param name="jsonIndex">For each indicator of the list, its index in the JSON array (items that are not objects are skipped).</param>
    private static IndicatorList? ReadList(JsonElement root, List<ImportProblem> problems, out List<int> jsonIndex)
    {
        jsonIndex = [];
        if (root.ValueKind != JsonValueKind.Object)
        {
            problems.Add(ImportProblem.At(ImportProblem.Document, "The list must be a JSON object."));
            return null;
        }

        var fields = new Fields(root, string.Empty, ListFields, problems);
        var indicators = new List<Indicator>();
        var items = fields.Get("indicators");
        if (items is { ValueKind: JsonValueKind.Array } array)
        {
            var index = 0;
            foreach (var item in array.EnumerateArray())
            {
                if (item.ValueKind == JsonValueKind.Object)
                {
                    indicators.Add(ReadIndicator(item, $"indicators[{index}].", problems));
                    jsonIndex.Add(index);
                }
                else
                {
                    problems.Add(ImportProblem.At($"indicators[{index}]", "Give each indicator as a JSON object."));
                }

                index++;
            }
        }
        else if (items is { ValueKind: not JsonValueKind.Null })
        {
            problems.Add(ImportProblem.At("indicators", "Give the indicators as a JSON array."));
        }

        return new IndicatorList(
            fields.Text("id") ?? string.Empty,
            fields.Text("name") ?? string.Empty,
            fields.Text("version") ?? string.Empty,
            fields.Enum<TargetPopulation>("population") ?? default,
            fields.Enum<ExploitationForm>("exploitation") ?? default,
            fields.Text("sourceCitation") ?? string.Empty,
            fields.Text("sourceNote"),
            indicators);
    }

    private static Indicator ReadIndicator(JsonElement item, string prefix, List<ImportProblem> problems)
    {
        var fields = new Fields(item, prefix, IndicatorFields, problems);
        return new Indicator(
            fields.Text("code") ?? string.Empty,
            fields.Enum<IndicatorDimension>("dimension"),
            fields.Enum<IndicatorStrength>("strength"),
            fields.Text("text") ?? string.Empty);
    }

    /// <summary>Rules of the import format rather than of indicator lists: sizes that fit the columns, ids usable in a URL.</summary>
    private static void CheckFormat(IndicatorList list, List<int> jsonIndex, List<ImportProblem> problems)
    {
        if (!string.IsNullOrWhiteSpace(list.Id) && (list.Id.Length > MaxIdLength || !IdPattern().IsMatch(list.Id)))
        {
            problems.Add(ImportProblem.At("id", "Write the id in lower-case letters, digits, '.', '-' or '_', starting with a letter or digit, at most {0} characters.", MaxIdLength));
        }

        if (!string.IsNullOrWhiteSpace(list.Version) && (list.Version.Length > MaxVersionLength || !VersionPattern().IsMatch(list.Version)))
        {
            problems.Add(ImportProblem.At("version", "Write the version in letters, digits, '.', '-' or '_', starting with a letter or digit, at most {0} characters.", MaxVersionLength));
        }

        Limit(problems, "name", list.Name, MaxNameLength);
        Limit(problems, "sourceCitation", list.SourceCitation, MaxTextLength);
        Limit(problems, "sourceNote", list.SourceNote, MaxTextLength);
        if (list.Indicators.Count > MaxIndicators)
        {
            problems.Add(ImportProblem.At("indicators", "At most {0} indicators per list.", MaxIndicators));
        }

        for (var i = 0; i < list.Indicators.Count; i++)
        {
            Limit(problems, IndicatorPosition(jsonIndex[i], "code"), list.Indicators[i].Code, MaxCodeLength);
            Limit(problems, IndicatorPosition(jsonIndex[i], "text"), list.Indicators[i].Text, MaxTextLength);
        }
    }

    private static void Limit(List<ImportProblem> problems, string position, string? value, int max)
    {
        if (value is not null && value.Length > max)
        {
            problems.Add(ImportProblem.At(position, "This field is limited to {0} characters.", max));
        }
    }

    [GeneratedRegex("^[a-z0-9][a-z0-9._-]*$", RegexOptions.CultureInvariant)]
    private static partial Regex IdPattern();

    [GeneratedRegex("^[A-Za-z0-9][A-Za-z0-9._-]*$", RegexOptions.CultureInvariant)]
    private static partial Regex VersionPattern();

    /// <summary>The fields of one JSON object, each read once, with unknown and repeated names reported.</summary>
    private sealed class Fields
    {
        private readonly Dictionary<string, JsonElement> _values = new(StringComparer.Ordinal);
        private readonly string _prefix;
        private readonly List<ImportProblem> _problems;

        public Fields(JsonElement element, string prefix, string[] allowed, List<ImportProblem> problems)
        {
            _prefix = prefix;
            _problems = problems;
            foreach (var property in element.EnumerateObject())
            {
                if (!allowed.Contains(property.Name, StringComparer.Ordinal))
                {
                    problems.Add(ImportProblem.At(prefix + property.Name, "Unknown field. The fields are: {0}.", string.Join(", ", allowed)));
                }
                else if (!_values.TryAdd(property.Name, property.Value))
                {
                    problems.Add(ImportProblem.At(prefix + property.Name, "This field is given twice."));
                }
            }
        }

        public JsonElement? Get(string name) => _values.TryGetValue(name, out var value) ? value : null;

        /// <summary>Null when absent or null; the validator decides whether it was required.</summary>
        public string? Text(string name)
        {
            switch (Get(name))
            {
                case null or { ValueKind: JsonValueKind.Null }:
                    return null;
                case { ValueKind: JsonValueKind.String } value:
                    return value.GetString();
                default:
                    _problems.Add(ImportProblem.At(_prefix + name, "Give this field as a JSON string."));
                    return null;
            }
        }

        /// <summary>
        /// Null when absent or null. An unknown name becomes an undefined value, which the validator reports with
        /// the names it accepts; numbers are refused, since a number's meaning is not visible in the file.
        /// </summary>
        public T? Enum<T>(string name)
            where T : struct, Enum
        {
            switch (Get(name))
            {
                case null or { ValueKind: JsonValueKind.Null }:
                    return null;
                case { ValueKind: JsonValueKind.String } value:
                    var text = value.GetString();
                    return System.Enum.GetNames<T>().Contains(text, StringComparer.Ordinal) ? System.Enum.Parse<T>(text!) : default(T);
                default:
                    _problems.Add(ImportProblem.At(_prefix + name, "Give one of: {0}.", string.Join(", ", System.Enum.GetNames<T>())));
                    return default(T);
            }
        }
    }
}
