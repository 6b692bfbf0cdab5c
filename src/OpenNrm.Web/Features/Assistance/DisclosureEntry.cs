using NodaTime;
using OpenNrm.Domain.Assistance;

namespace OpenNrm.Web.Features.Assistance;

/// <summary>
/// The centre passed the victim's information to another organisation, for one purpose, under the consent version
/// then in force. Kept so that a withdrawal reaches every organisation that received something under it (GDPR art.
/// 19) and so that the victim can be told who received what (art. 15). Never edited.
/// </summary>
public sealed class DisclosureEntry
{
    private DisclosureEntry()
    {
    }

    public DisclosureEntry(Guid id, Guid supportCaseId, ConsentPurpose purpose, Guid recipientOrganisationId, DateTimeOffset disclosedAt, int consentVersion,
        Guid recordedBy)
    {
        Id = id;
        SupportCaseId = supportCaseId;
        Purpose = purpose;
        RecipientOrganisationId = recipientOrganisationId;
        DisclosedAt = disclosedAt;
        ConsentVersion = consentVersion;
        RecordedBy = recordedBy;
    }

    public Guid Id { get; private set; }

    public Guid SupportCaseId { get; private set; }

    public ConsentPurpose Purpose { get; private set; }

    public Guid RecipientOrganisationId { get; private set; }

    public DateTimeOffset DisclosedAt { get; private set; }

    /// <summary>The version of the consent for the purpose that covered the disclosure.</summary>
    public int ConsentVersion { get; private set; }

    public Guid RecordedBy { get; private set; }

    /// <summary>The domain names recipients by a string; here it is the organisation's id.</summary>
    public Disclosure ToDomain() => new(Purpose, RecipientOrganisationId.ToString(), Instant.FromDateTimeOffset(DisclosedAt));
}
