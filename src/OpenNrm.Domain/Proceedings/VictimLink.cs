namespace OpenNrm.Domain.Proceedings;

/// <summary>
/// One victim in one criminal case. A victim can be linked to several cases and a case to several victims, so the
/// link, not the victim or the case, carries the roles and the damages.
/// </summary>
public sealed record VictimLink
{
    internal VictimLink(string victimId, string officeId, NoticeNumber notice, VictimRoles roles, Compensation compensation)
    {
        VictimId = victimId;
        OfficeId = officeId;
        Notice = notice;
        Roles = roles;
        Compensation = compensation;
    }

    public string VictimId { get; }

    public string OfficeId { get; }

    public NoticeNumber Notice { get; }

    public VictimRoles Roles { get; private init; }

    public Compensation Compensation { get; private init; }

    public bool IsCivilParty => Roles.HasFlag(VictimRoles.CivilParty);

    public bool Concerns(CriminalProceedings proceedings) =>
        proceedings is not null && proceedings.OfficeId == OfficeId && proceedings.Notice == Notice;

    internal VictimLink With(VictimRoles roles) => this with { Roles = roles };

    internal VictimLink With(Compensation compensation) => this with { Compensation = compensation };
}
