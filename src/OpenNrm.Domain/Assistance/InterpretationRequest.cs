using NodaTime;

namespace OpenNrm.Domain.Assistance;

/// <summary>An interpreter asked for one day: in which language, from which provider (a service, not a person's details).</summary>
public sealed record InterpretationRequest(string Language, LocalDate On, string Provider, InterpretationStatus Status);
