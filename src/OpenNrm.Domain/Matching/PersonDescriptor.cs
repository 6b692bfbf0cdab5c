using NodaTime;
using OpenNrm.Domain.Detection;

namespace OpenNrm.Domain.Matching;

/// <summary>
/// What one record says about who a person is, as far as recognising them in another record needs. Records from
/// different services know different things: a passport gives a birth date, a first interview an estimated age.
/// </summary>
public sealed record PersonDescriptor
{
    public required string FullName { get; init; }

    /// <summary>Other names the person used or was recorded under; a trafficked person often has several.</summary>
    public IReadOnlyList<string> Aliases { get; init; } = [];

    public LocalDate? BirthDate { get; init; }

    /// <summary>A stated birth year without a date.</summary>
    public int? BirthYear { get; init; }

    /// <summary>An age estimated by someone, used only when neither a birth date nor a birth year is known.</summary>
    public EstimatedAge? EstimatedAge { get; init; }

    /// <summary>ISO 3166-1 alpha-2 codes, any case.</summary>
    public IReadOnlyList<string> Nationalities { get; init; } = [];

    public HtcdsGender Gender { get; init; } = HtcdsGender.NonSpecifiedUnknown;
}

/// <summary>An age in whole years as someone estimated it on a given date.</summary>
public sealed record EstimatedAge(int Years, LocalDate EstimatedOn);
