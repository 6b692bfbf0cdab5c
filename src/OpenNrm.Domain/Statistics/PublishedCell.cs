using System.Globalization;

namespace OpenNrm.Domain.Statistics;

/// <summary>
/// One cell or total of a published table: either a value, or the confidentiality flag with the reason it is
/// withheld. A withheld cell stays in its place; dropping it would change the layout and hide that it exists.
/// </summary>
public sealed record PublishedCell
{
    /// <summary>Eurostat's flag for a confidential value.</summary>
    public const string ConfidentialFlag = "c";

    private PublishedCell(int? value, SuppressionReason? suppression, int? below)
    {
        Value = value;
        Suppression = suppression;
        Below = below;
    }

    /// <summary>The published value, or null when withheld.</summary>
    public int? Value { get; }

    /// <summary>Why the cell is withheld, or null when it is published.</summary>
    public SuppressionReason? Suppression { get; }

    /// <summary>
    /// For a cell withheld as too small, the threshold it is under: people read it as "&lt;5". Zeros are published
    /// unless sensitive, so the flag alone already says as much to anyone who knows the rule; a cell withheld to
    /// protect another (secondary) may hold any count and has no such bound.
    /// </summary>
    public int? Below { get; }

    public bool IsSuppressed => Suppression is not null;

    public string? Flag => IsSuppressed ? ConfidentialFlag : null;

    public static PublishedCell Shown(int value) => new(value, null, null);

    public static PublishedCell Withheld(SuppressionReason reason, int? below = null) => new(null, reason, reason == SuppressionReason.Primary ? below : null);

    public override string ToString() => Value?.ToString(CultureInfo.InvariantCulture) ?? ConfidentialFlag;
}
