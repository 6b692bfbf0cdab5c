namespace OpenNrm.Domain.Matching;

/// <summary>How strongly the scorer proposes that two records are one person. None of these merges anything.</summary>
public enum MatchLevel
{
    None,

    /// <summary>Worth a look: the names agree but the rest is missing, approximate or in conflict.</summary>
    Possible,

    /// <summary>The names and the exact birth date agree and nothing contradicts them.</summary>
    Strong,
}
