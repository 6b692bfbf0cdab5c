using NodaTime;
using OpenNrm.Domain.Residence;

namespace OpenNrm.Web.Features.Statistics;

/// <summary>A person counted once in an indicator of a year, placed by the counted event of that year.</summary>
/// <param name="On">The date of the counted event: ages are taken on it.</param>
public sealed record CountedPerson(
    Guid CaseId,
    LocalDate On,
    PersonProfile Profile,
    string? District,
    string Organisation = StatisticsLabels.NotRecordedCode,
    string Centre = StatisticsLabels.NotRecordedCode,
    ExitReason? Exit = null);

/// <summary>A residence document issued or renewed in the year.</summary>
public sealed record CountedDocument(Guid CaseId, DocumentEvent Document, PersonProfile Profile, string? District);

/// <summary>A criminal case and what it counts for in the year, with the form of exploitation its tables place it under.</summary>
public sealed record CountedCase(Guid Id, string? District, Domain.Statistics.CaseInYear Year, ExploitationGroup Exploitation);
