namespace OpenNrm.Domain.Detection.Indicators;

/// <summary>
/// A versioned list of indicators, held as data so that a deployment can load its own (the Belgian list is
/// confidential) without a code change. Construction accepts anything; <see cref="IndicatorListValidator"/>
/// says what is wrong, so an import can show every error at once instead of failing on the first.
/// </summary>
public sealed class IndicatorList
{
    public IndicatorList(
        string id,
        string name,
        string version,
        TargetPopulation population,
        ExploitationForm exploitation,
        string sourceCitation,
        string? sourceNote,
        IEnumerable<Indicator> indicators)
    {
        ArgumentNullException.ThrowIfNull(indicators);
        Id = id;
        Name = name;
        Version = version;
        Population = population;
        Exploitation = exploitation;
        SourceCitation = sourceCitation;
        SourceNote = sourceNote;
        Indicators = [.. indicators];
    }

    public string Id { get; }

    public string Name { get; }

    public string Version { get; }

    public TargetPopulation Population { get; }

    public ExploitationForm Exploitation { get; }

    public string SourceCitation { get; }

    /// <summary>Caveats about provenance, for example that the text still needs checking against the source.</summary>
    public string? SourceNote { get; }

    public IReadOnlyList<Indicator> Indicators { get; }

    /// <summary>Throws for an undefined <see cref="Exploitation"/> value; validate the list first.</summary>
    public AssessmentRule Rule => Exploitation switch
    {
        ExploitationForm.Labour => AssessmentRule.Delphi,
        ExploitationForm.Sexual => AssessmentRule.Delphi,
        ExploitationForm.ForcedLabourIlo => AssessmentRule.Checklist,
    };

    public override string ToString() => $"{Id} {Version}";
}
