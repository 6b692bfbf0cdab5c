using OpenNrm.Domain.Proceedings;
using OpenNrm.Web.Data;

namespace OpenNrm.Web.Features.Proceedings;

/// <summary>
/// A victim's file in one criminal case, with the victim's roles and damages there. Many files to many cases: the
/// link, not the file or the case, carries them. The damages rules are the domain's (<see cref="VictimLinks"/>);
/// this row keeps the accepted result, versioned so that two people editing the damages do not overwrite each other.
/// </summary>
public sealed class VictimLinkRecord : IVersioned
{
    private VictimLinkRecord()
    {
    }

    public VictimLinkRecord(Guid id, Guid proceedingsId, Guid caseId, VictimLink accepted, Guid linkedBy, DateTimeOffset linkedAt)
    {
        Id = id;
        ProceedingsId = proceedingsId;
        CaseId = caseId;
        LinkedBy = linkedBy;
        LinkedAt = linkedAt;
        Keep(accepted);
    }

    public Guid Id { get; private set; }

    public Guid ProceedingsId { get; private set; }

    public Guid CaseId { get; private set; }

    public VictimRoles Roles { get; private set; }

    public long ClaimedCents { get; private set; }

    public long AwardedCents { get; private set; }

    public long PaidCents { get; private set; }

    public Guid LinkedBy { get; private set; }

    public DateTimeOffset LinkedAt { get; private set; }

    public int Version { get; private set; }

    public Compensation Compensation => new(ClaimedCents, AwardedCents, PaidCents);

    public void Keep(VictimLink accepted)
    {
        Roles = accepted.Roles;
        ClaimedCents = accepted.Compensation.ClaimedCents;
        AwardedCents = accepted.Compensation.AwardedCents;
        PaidCents = accepted.Compensation.PaidCents;
    }

    public void BumpVersion() => Version++;
}
