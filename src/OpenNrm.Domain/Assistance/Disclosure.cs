using NodaTime;

namespace OpenNrm.Domain.Assistance;

/// <summary>A past passing of the victim's information to another organisation, for one purpose.</summary>
public sealed record Disclosure(ConsentPurpose Purpose, string RecipientOrganisation, Instant At);
