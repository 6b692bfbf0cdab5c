using NodaTime;
using NodaTime.Text;

namespace OpenNrm.Domain.Tests.Assistance;

/// <summary>ISO dates in test tables, so that a table reads like a calendar.</summary>
internal static class Dates
{
    public static LocalDate Of(string iso) => LocalDatePattern.Iso.Parse(iso).Value;

    public static LocalDate? OrNull(string? iso) => iso is null ? null : Of(iso);

    public static Instant At(string isoUtc) => InstantPattern.General.Parse(isoUtc).Value;

    public static Instant? AtOrNull(string? isoUtc) => isoUtc is null ? null : At(isoUtc);
}
