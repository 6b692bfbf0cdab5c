using NodaTime;

namespace OpenNrm.Domain.Assistance;

/// <summary>
/// One consent a victim gave for one purpose. A new version (a new form, new wording, a renewed consent) is a new
/// record; the highest version given governs the purpose. Times are instants, because a withdrawal takes effect at
/// once: a disclosure one minute after it is already without consent.
/// </summary>
/// <param name="Version">The version of the consent for this purpose, from 1.</param>
/// <param name="ExpiresAt">When the consent lapses by itself, if it was given for a limited time.</param>
/// <param name="RevokedAt">When the victim withdrew it.</param>
/// <param name="CoversHealthData">Whether the victim explicitly agreed that health data may be shared for this purpose.</param>
public sealed record ConsentRecord(
    ConsentPurpose Purpose,
    int Version,
    Instant GivenAt,
    Instant? ExpiresAt,
    Instant? RevokedAt,
    bool CoversHealthData);
