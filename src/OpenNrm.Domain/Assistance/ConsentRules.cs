using NodaTime;
using OpenNrm.Domain.Common;

namespace OpenNrm.Domain.Assistance;

/// <summary>
/// Whether the victim's consent covers a disclosure. A centre's staff are bound by professional secrecy: without a
/// consent in force for this very purpose nothing leaves the centre. The highest version given governs; once it is
/// withdrawn the purpose is withdrawn, and an earlier version does not come back to life. Withdrawal takes effect at
/// its instant: at the moment of withdrawal the disclosure is already refused.
/// </summary>
public static class ConsentRules
{
    /// <summary>Records a new consent.</summary>
    public static AssistanceOutcome<ConsentRecord> Give(
        ConsentPurpose purpose, int version, Instant givenAt, Instant? expiresAt, bool coversHealthData)
    {
        if (version < 1)
        {
            return Refuse(AssistanceRefusalCode.ConsentVersionNotPositive, $"Consent versions start at 1; {version} was given.", AssistanceArticles.Consent);
        }

        if (expiresAt <= givenAt)
        {
            return Refuse(AssistanceRefusalCode.ExpiryNotAfterConsent,
                $"The consent would expire ({Wording.Moment(expiresAt.Value)}) before it is given ({Wording.Moment(givenAt)}).", AssistanceArticles.Consent);
        }

        return new(new ConsentRecord(purpose, version, givenAt, expiresAt, null, coversHealthData));
    }

    /// <summary>Records the victim's withdrawal; it can be made at any time, and only once.</summary>
    public static AssistanceOutcome<ConsentRecord> Revoke(ConsentRecord record, Instant at)
    {
        ArgumentNullException.ThrowIfNull(record);
        if (record.RevokedAt is { } already)
        {
            return Refuse(AssistanceRefusalCode.ConsentAlreadyRevoked, $"This consent was already withdrawn at {Wording.Moment(already)}.", AssistanceArticles.Withdrawal);
        }

        if (at < record.GivenAt)
        {
            return Refuse(AssistanceRefusalCode.RevocationBeforeConsent,
                $"The withdrawal ({Wording.Moment(at)}) would be before the consent was given ({Wording.Moment(record.GivenAt)}).", AssistanceArticles.Withdrawal);
        }

        return new(record with { RevokedAt = at });
    }

    public static ConsentDecision Allows(IReadOnlyList<ConsentRecord> records, ConsentPurpose purpose, Instant at) =>
        Allows(records, purpose, at, DataSensitivity.Ordinary);

    /// <summary>Whether, at <paramref name="at"/>, the consents allow a disclosure for <paramref name="purpose"/>.</summary>
    public static ConsentDecision Allows(IReadOnlyList<ConsentRecord> records, ConsentPurpose purpose, Instant at, DataSensitivity sensitivity)
    {
        ArgumentNullException.ThrowIfNull(records);
        var forPurpose = records.Where(r => r.Purpose == purpose).ToList();
        var given = forPurpose.Where(r => r.GivenAt <= at).ToList();
        var secrecy = Join(AssistanceArticles.Consent, AssistanceArticles.ProfessionalSecrecy);

        if (given.Count == 0)
        {
            var later = forPurpose.Select(r => (Instant?)r.GivenAt).Min();
            var when = later is { } first ? $" by {Wording.Moment(at)}; it was first given at {Wording.Moment(first)}" : string.Empty;
            return Refused(null, AssistanceRefusalCode.ConsentNeverGiven,
                $"The victim never consented to {Describe(purpose)}{when}. Professional secrecy forbids the disclosure without it.", secrecy);
        }

        var governing = given.OrderBy(r => r.Version).ThenBy(r => r.GivenAt).Last();
        if (governing.RevokedAt is { } revoked && revoked <= at)
        {
            var earlier = given.Where(r => r != governing && !(r.RevokedAt <= at)).Select(r => r.Version).Order().ToList();
            return earlier.Count == 0
                ? Refused(governing, AssistanceRefusalCode.ConsentRevoked,
                    $"The victim withdrew consent to {Describe(purpose)} at {Wording.Moment(revoked)}; a withdrawal takes effect at once.",
                    Join(AssistanceArticles.Withdrawal, AssistanceArticles.ProfessionalSecrecy))
                : Refused(governing, AssistanceRefusalCode.ConsentSupersededByRevokedVersion,
                    $"Version {governing.Version} of the consent to {Describe(purpose)}, which superseded version {string.Join(", ", earlier)}, was withdrawn at {Wording.Moment(revoked)}; the withdrawal covers the purpose, and the earlier version does not revive.",
                    Join(AssistanceArticles.Withdrawal, AssistanceArticles.ProfessionalSecrecy));
        }

        if (governing.ExpiresAt is { } expired && expired <= at)
        {
            return Refused(governing, AssistanceRefusalCode.ConsentExpired,
                $"Consent to {Describe(purpose)} (version {governing.Version}) expired at {Wording.Moment(expired)}; ask the victim again.", secrecy);
        }

        if (sensitivity == DataSensitivity.IncludesHealthData && !governing.CoversHealthData)
        {
            return Refused(governing, AssistanceRefusalCode.HealthDataNotCovered,
                $"Consent to {Describe(purpose)} (version {governing.Version}) does not explicitly cover health data; share without it, or ask for explicit consent.",
                Join(AssistanceArticles.HealthData, AssistanceArticles.ProfessionalSecrecy));
        }

        var basis = purpose == ConsentPurpose.InformPoliceOnVoluntaryReturn
            ? Join(AssistanceArticles.InformOnVoluntaryReturn, AssistanceArticles.Consent)
            : AssistanceArticles.Consent;
        return new ConsentDecision(governing, null,
            sensitivity == DataSensitivity.IncludesHealthData ? Join(basis, AssistanceArticles.HealthData) : basis);
    }

    /// <summary>
    /// The organisations to tell of a withdrawal: those that received information, up to <paramref name="at"/>,
    /// under a consent for a purpose that is withdrawn at <paramref name="at"/>. A disclosure made without consent in
    /// force is not one of them; an expired consent is not a withdrawal.
    /// </summary>
    public static IReadOnlyList<RevocationNotice> RecipientsToNotify(
        IReadOnlyList<ConsentRecord> records, IReadOnlyList<Disclosure> disclosures, Instant at)
    {
        ArgumentNullException.ThrowIfNull(records);
        ArgumentNullException.ThrowIfNull(disclosures);

        var withdrawn = Enum.GetValues<ConsentPurpose>()
            .Select(purpose => (Purpose: purpose, Now: Allows(records, purpose, at)))
            .Where(x => x.Now.Refusal?.Code is AssistanceRefusalCode.ConsentRevoked or AssistanceRefusalCode.ConsentSupersededByRevokedVersion)
            .ToDictionary(x => x.Purpose, x => x.Now.Governing!.RevokedAt!.Value);

        return [.. disclosures
            .Where(d => d.At <= at && withdrawn.ContainsKey(d.Purpose) && Allows(records, d.Purpose, d.At).IsAllowed)
            .GroupBy(d => (d.RecipientOrganisation, d.Purpose))
            .OrderBy(g => g.Key.RecipientOrganisation, StringComparer.Ordinal)
            .ThenBy(g => g.Key.Purpose)
            .Select(g => new RevocationNotice(
                g.Key.RecipientOrganisation,
                g.Key.Purpose,
                withdrawn[g.Key.Purpose],
                [.. g.OrderBy(d => d.At)],
                AssistanceArticles.RecipientsOfWithdrawal))];
    }

    private static string Describe(ConsentPurpose purpose) => purpose switch
    {
        ConsentPurpose.InformPoliceOnVoluntaryReturn => "informing the federal police or the reference magistrate on a voluntary return",
        ConsentPurpose.TransferToOtherCentre => "transferring the file to another centre",
        ConsentPurpose.ContactWithGuardian => "contact with the guardian",
        ConsentPurpose.ShareWithLawyer => "sharing with the lawyer",
        ConsentPurpose.ShareWithPcsw => "sharing with the PCSW",
        ConsentPurpose.ResearchUse => "use for research",
    };

    private static LegalBasis Join(LegalBasis first, LegalBasis second) => new($"{first.Citation}; {second.Citation}");

    private static ConsentDecision Refused(ConsentRecord? governing, AssistanceRefusalCode code, string explanation, LegalBasis basis) =>
        new(governing, new AssistanceRefusal(code, explanation, basis), basis);

    private static AssistanceOutcome<ConsentRecord> Refuse(AssistanceRefusalCode code, string explanation, LegalBasis basis) =>
        new(new AssistanceRefusal(code, explanation, basis));
}
