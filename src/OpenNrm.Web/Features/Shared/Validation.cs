using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Localization;

namespace OpenNrm.Web.Features.Shared;

/// <summary>Collects field errors in the caller's language and turns them into one 400 problem.</summary>
public sealed class Validation(IStringLocalizer localizer)
{
    private readonly Dictionary<string, List<string>> _errors = new(StringComparer.Ordinal);

    public bool IsValid => _errors.Count == 0;

    public Validation Require(bool condition, string field, string englishMessage, params object[] args)
    {
        if (!condition)
        {
            if (!_errors.TryGetValue(field, out var list))
            {
                _errors[field] = list = [];
            }

            list.Add(localizer[englishMessage, args]);
        }

        return this;
    }

    public Validation RequireText(string? value, string field, int maxLength)
    {
        Require(!string.IsNullOrWhiteSpace(value), field, "This field is required.");
        // Line breaks and tabs are text; other control characters are not, and PostgreSQL refuses a NUL outright.
        Require(value is null || !value.Any(c => char.IsControl(c) && c is not '\n' and not '\r' and not '\t'), field,
            "The text contains control characters that cannot be printed.");
        return Require(value is null || value.Length <= maxLength, field, "This field is limited to {0} characters.", maxLength);
    }

    public ValidationProblem Problem() =>
        TypedResults.ValidationProblem(_errors.ToDictionary(e => e.Key, e => e.Value.ToArray()));

    public IReadOnlyDictionary<string, List<string>> Errors => _errors;
}
