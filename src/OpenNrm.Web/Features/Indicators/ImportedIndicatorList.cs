using OpenNrm.Domain.Detection.Indicators;

namespace OpenNrm.Web.Features.Indicators;

/// <summary>
/// One version of a deployment's own indicator list, stored as the JSON it was imported from. A version is never
/// edited: a corrected list is a new version, so a signal that names a list version can always be re-read with the
/// very items it was assessed against. The definition is encrypted at rest because a national list is confidential;
/// the columns beside it only say which list it is.
/// </summary>
public sealed class ImportedIndicatorList
{
    private ImportedIndicatorList()
    {
        ListId = ListVersion = Title = Definition = string.Empty;
    }

    public ImportedIndicatorList(Guid id, IndicatorList list, string definition, DateTimeOffset importedAt, Guid? importedBy, bool active)
    {
        ArgumentNullException.ThrowIfNull(list);
        Id = id;
        ListId = list.Id;
        ListVersion = list.Version;
        Title = list.Name;
        Population = list.Population;
        Exploitation = list.Exploitation;
        Rule = list.Rule;
        IndicatorCount = list.Indicators.Count;
        Definition = definition;
        ImportedAt = importedAt;
        ImportedBy = importedBy;
        if (active)
        {
            Activate(importedAt, importedBy);
        }
    }

    public Guid Id { get; private set; }

    /// <summary>The list's own id, shared by all its versions; signals store it.</summary>
    public string ListId { get; private set; }

    public string ListVersion { get; private set; }

    public string Title { get; private set; }

    public TargetPopulation Population { get; private set; }

    public ExploitationForm Exploitation { get; private set; }

    public AssessmentRule Rule { get; private set; }

    public int IndicatorCount { get; private set; }

    /// <summary>The JSON as imported, encrypted at rest.</summary>
    public string Definition { get; private set; }

    public DateTimeOffset ImportedAt { get; private set; }

    public Guid? ImportedBy { get; private set; }

    /// <summary>The version in force for its list id: the one new assessments and signals use. At most one per id.</summary>
    public bool IsActive { get; private set; }

    public DateTimeOffset? ActivatedAt { get; private set; }

    public Guid? ActivatedBy { get; private set; }

    public void Activate(DateTimeOffset at, Guid? by)
    {
        IsActive = true;
        ActivatedAt = at;
        ActivatedBy = by;
    }
}
