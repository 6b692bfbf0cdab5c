using OpenNrm.Web.Features.Shared;

namespace OpenNrm.Web.Features.Leaflet;

/// <summary>The text as an administrator sends it, before it is cleaned and checked.</summary>
public sealed record LeafletInput(string? Title, string? Body, int? Version);

/// <summary>
/// What a leaflet text must satisfy before it is stored; each error names its field. Control characters are
/// refused because a printed leaflet cannot show them and PostgreSQL refuses the NUL character outright.
/// </summary>
public static class LeafletValidation
{
    public static Validation Check(string? language, string? title, string? body, int? version, Validation v) =>
        v.Require(LeafletLanguage.IsValidCode(language), "language", "Give the language as a two-letter lower-case code (ISO 639-1), for example fr or ar.")
         .RequireText(title, "title", LeafletText.MaxTitle)
         .Require(title is null || !title.Any(char.IsControl), "title", "The title is one line, without line breaks or control characters.")
         .RequireText(body, "body", LeafletText.MaxBody)
         .Require(body is null || !body.Any(c => char.IsControl(c) && c is not '\n' and not '\t'), "body", "The text contains control characters that cannot be printed.")
         .Require(version is >= 0, "version", "Send the version you read (0 for a new language), so that a concurrent change is not overwritten.");
}
