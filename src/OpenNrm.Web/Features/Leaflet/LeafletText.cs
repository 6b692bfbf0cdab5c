using OpenNrm.Web.Data;

namespace OpenNrm.Web.Features.Leaflet;

/// <summary>
/// The leaflet a frontline service hands a potential victim, in one language (Circular of 23 December 2016,
/// 3.1-3.3). The body is plain text, paragraphs separated by a blank line: it is printed as written and never
/// interpreted as markup, so an edit cannot put a script or a hidden link in a victim's hands.
/// </summary>
public sealed class LeafletText : IVersioned
{
    public const int MaxTitle = 200;
    public const int MaxBody = 20000;

    private LeafletText()
    {
        LanguageCode = Title = Body = string.Empty;
    }

    /// <summary>A new language starts at version 1, so that version 0 can mean "I expect no text yet".</summary>
    public LeafletText(string languageCode, string title, string body, DateTimeOffset updatedAt, Guid? updatedBy)
    {
        LanguageCode = languageCode;
        Title = title;
        Body = body;
        UpdatedAt = updatedAt;
        UpdatedBy = updatedBy;
        Version = 1;
    }

    /// <summary>ISO 639-1, two lower-case letters ("fr", "ar").</summary>
    public string LanguageCode { get; private set; }

    public string Title { get; private set; }

    public string Body { get; private set; }

    public int Version { get; private set; }

    public DateTimeOffset UpdatedAt { get; private set; }

    /// <summary>The administrator who saved this version; none for the texts shipped with the application.</summary>
    public Guid? UpdatedBy { get; private set; }

    /// <summary>Each save is a new version, even when the words are the same: the audit trail counts saves.</summary>
    public void Revise(string title, string body, DateTimeOffset at, Guid? by)
    {
        Title = title;
        Body = body;
        UpdatedAt = at;
        UpdatedBy = by;
        Version++;
    }

    public void BumpVersion() => Version++;
}
