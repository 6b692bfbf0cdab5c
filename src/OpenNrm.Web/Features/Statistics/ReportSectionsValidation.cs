using OpenNrm.Domain.Statistics;
using OpenNrm.Web.Features.Leaflet;
using OpenNrm.Web.Features.Shared;

namespace OpenNrm.Web.Features.Statistics;

/// <summary>
/// What the rapporteur's sections must satisfy before they are stored; each error names its field. The texts are
/// plain text printed as written, never markup. Control characters are refused because a report cannot print
/// them and PostgreSQL refuses the NUL character outright.
/// </summary>
public static class ReportSectionsValidation
{
    /// <summary>The cleaned texts (one kind of line break, no trailing blanks), or null when a section is missing.</summary>
    public static ReportSectionTexts? Check(ReportSectionsInput input, Validation v)
    {
        ArgumentNullException.ThrowIfNull(input);
        ArgumentNullException.ThrowIfNull(v);
        string? Clean(string? text) => text is null ? null : PlainTextParagraphs.Normalise(text).TrimEnd();
        var texts = new Dictionary<RapporteurSection, string?>
        {
            [RapporteurSection.Trends] = Clean(input.Trends),
            [RapporteurSection.Policy] = Clean(input.Policy),
            [RapporteurSection.CaseLawCommentary] = Clean(input.CaseLawCommentary),
            [RapporteurSection.Recommendations] = Clean(input.Recommendations),
        };
        foreach (var (section, text) in texts)
        {
            var field = ReportSectionTexts.FieldOf(section);
            v.Require(text is not null, field, "Send every section: an empty text for a section not written yet.")
             .Require(text is null || text.Length <= ReportSectionTexts.MaxLength, field, "This field is limited to {0} characters.", ReportSectionTexts.MaxLength)
             .Require(text is null || !text.Any(c => char.IsControl(c) && c is not '\n' and not '\t'), field, "The text contains control characters that cannot be printed.");
        }

        v.Require(input.Version is >= 0, "version", "Send the version you read (0 when no text was saved yet), so that a concurrent change is not overwritten.");
        return texts.Values.Any(t => t is null)
            ? null
            : new ReportSectionTexts(texts[RapporteurSection.Trends]!, texts[RapporteurSection.Policy]!, texts[RapporteurSection.CaseLawCommentary]!,
                texts[RapporteurSection.Recommendations]!);
    }
}
