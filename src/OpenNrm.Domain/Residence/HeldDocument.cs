using NodaTime;

namespace OpenNrm.Domain.Residence;

/// <summary>The latest document in the fold, before it is read against an evaluation date.</summary>
internal sealed record HeldDocument(
    DocumentType Type,
    LocalDate IssuedOn,
    LocalDate ValidFrom,
    LocalDate? ValidUntil,
    int RenewalsUsed,
    LocalDate? WithdrawnOn,
    LocalDate CoveredSince)
{
    public static HeldDocument Issue(DocumentType type, LocalDate on) =>
        new(type, on, on, DocumentRules.LastDayOfValidity(type, on), 0, null, on);

    /// <summary>
    /// A renewal continues the validity without overlap: the new period starts the day after the last valid day.
    /// A renewal recorded after expiry cannot cover the gap retroactively, so it starts on its own date.
    /// </summary>
    public HeldDocument Renew(LocalDate on)
    {
        var timely = ValidUntil is { } until && on <= until;
        var from = timely ? ValidUntil!.Value.PlusDays(1) : on;
        return this with
        {
            ValidFrom = from,
            // A timely renewal keeps the person covered without a break, also before the new period begins.
            CoveredSince = timely ? CoveredSince : on,
            ValidUntil = DocumentRules.LastDayOfValidity(Type, from),
            RenewalsUsed = RenewalsUsed + 1,
        };
    }

    public bool IsValidOn(LocalDate date) =>
        WithdrawnOn is null && date >= CoveredSince && (ValidUntil is not { } until || date <= until);

    public DocumentStatus StatusOn(LocalDate date) =>
        WithdrawnOn is not null ? DocumentStatus.Withdrawn
        : IsValidOn(date) ? DocumentStatus.Valid
        : DocumentStatus.Expired;
}
