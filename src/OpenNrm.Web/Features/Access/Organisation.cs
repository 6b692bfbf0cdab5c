using System.Linq.Expressions;
using OpenNrm.Domain.Access;
using OpenNrm.Web.Data;

namespace OpenNrm.Web.Features.Access;

/// <summary>An actor of the referral mechanism: a centre, a police zone, a prosecutor's office, a unit.</summary>
public sealed class Organisation : IVersioned
{
    private Organisation()
    {
        Code = Name = string.Empty;
    }

    public Organisation(Guid id, string code, string name, OrganisationKind kind, Guid? parentId = null, string? judicialDistrict = null)
    {
        Id = id;
        Code = code;
        Name = name;
        Kind = kind;
        ParentId = parentId;
        JudicialDistrict = judicialDistrict;
        IsActive = true;
    }

    public Guid Id { get; private set; }

    /// <summary>Stable short code, used by imports and exports (for example "CENTRE-PAGASA").</summary>
    public string Code { get; private set; }

    public string Name { get; private set; }

    public OrganisationKind Kind { get; private set; }

    /// <summary>A unit belongs to its parent (the Immigration Office's THB unit, a prosecutor's office's magistrate).</summary>
    public Guid? ParentId { get; private set; }

    /// <summary>For prosecutors' offices and police zones: the judicial district they serve.</summary>
    public string? JudicialDistrict { get; private set; }

    public bool IsActive { get; private set; }

    /// <summary>
    /// The offices a residence procedure may be opened with (RD 8 Oct 1981 art. 110bis: the prosecutor's office or
    /// labour auditorate competent for the case), as a query filter; <see cref="TakesProcedures"/> asks it of one office.
    /// </summary>
    public static Expression<Func<Organisation, bool>> ProcedureOffices { get; } =
        o => o.IsActive && (o.Kind == OrganisationKind.ProsecutorOffice || o.Kind == OrganisationKind.LabourAuditorate);

    private static readonly Func<Organisation, bool> IsProcedureOffice = ProcedureOffices.Compile();

    public bool TakesProcedures => IsProcedureOffice(this);

    public int Version { get; private set; }

    public void Update(string name, OrganisationKind kind, Guid? parentId, string? judicialDistrict, bool isActive)
    {
        Name = name;
        Kind = kind;
        ParentId = parentId;
        JudicialDistrict = judicialDistrict;
        IsActive = isActive;
    }

    public void BumpVersion() => Version++;
}
