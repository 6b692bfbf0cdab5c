using OpenNrm.Web.Data;

namespace OpenNrm.Web.Features.Cases;

/// <summary>
/// A person's file: the object that every later step (signal, referral, procedure, assistance, proceedings)
/// hangs on. Need-to-know is decided per file by the organisations involved in it.
/// </summary>
public sealed class CaseFile : IVersioned
{
    private readonly List<CaseInvolvement> _involvements = [];

    private CaseFile()
    {
        Reference = PersonName = NameIndex = string.Empty;
    }

    public CaseFile(Guid id, string reference, string personName, string nameIndex, Guid openedBy, DateTimeOffset openedAt)
    {
        Id = id;
        Reference = reference;
        PersonName = personName;
        NameIndex = nameIndex;
        OpenedByOrganisationId = openedBy;
        OpenedAt = openedAt;
        _involvements.Add(new CaseInvolvement(id, openedBy, openedAt));
    }

    public Guid Id { get; private set; }

    /// <summary>A reference that carries no personal data, safe to say on the phone: "NRM-2026-04F7K2".</summary>
    public string Reference { get; private set; }

    /// <summary>Encrypted at rest.</summary>
    public string PersonName { get; private set; }

    /// <summary>Blind index of the normalised name, for the hit/no-hit check.</summary>
    public string NameIndex { get; private set; }

    public Guid OpenedByOrganisationId { get; private set; }

    public DateTimeOffset OpenedAt { get; private set; }

    public int Version { get; private set; }

    /// <summary>
    /// Kept by the database, never by the application (triggers of migration <c>ProtectingFilesMarked</c>): true from
    /// the moment the file has a third-country national's signal person or a residence procedure, the only files
    /// that can protect someone. The protection check reads the namesakes so marked, and evaluates only those; a
    /// namesake without either is answered "no record" without being visited. Never cleared: a file that stopped
    /// protecting is still evaluated, which costs time, never a wrong answer.
    /// </summary>
    public bool MayProtect { get; private set; }

    public IReadOnlyList<CaseInvolvement> Involvements => _involvements;

    public bool Involves(Guid organisationId) => _involvements.Any(i => i.OrganisationId == organisationId);

    /// <summary>Gives an organisation need-to-know on this file from now on; involving it twice changes nothing.</summary>
    public void Involve(Guid organisationId, DateTimeOffset since)
    {
        if (!Involves(organisationId))
        {
            _involvements.Add(new CaseInvolvement(Id, organisationId, since));
        }
    }

    public void BumpVersion() => Version++;
}

/// <summary>An organisation working on a file, from a date: the basis of its need-to-know.</summary>
public sealed class CaseInvolvement
{
    private CaseInvolvement()
    {
    }

    public CaseInvolvement(Guid caseId, Guid organisationId, DateTimeOffset since)
    {
        CaseId = caseId;
        OrganisationId = organisationId;
        Since = since;
    }

    public Guid CaseId { get; private set; }

    public Guid OrganisationId { get; private set; }

    public DateTimeOffset Since { get; private set; }
}
