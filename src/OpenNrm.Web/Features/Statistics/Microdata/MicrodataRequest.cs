namespace OpenNrm.Web.Features.Statistics.Microdata;

/// <summary>
/// A release asked for: the registration years, why, under which research agreement, and optionally a stricter k
/// than the configured one.
/// </summary>
public sealed record MicrodataRequest(int? From, int? To, string? Purpose, string? AgreementReference, int? K)
{
    public const int PurposeMin = 10;
    public const int PurposeMax = 500;
    public const int AgreementMax = 100;

    /// <summary>A k above this leaves almost nothing to release; it is refused as a mistake.</summary>
    public const int MaxK = 100;
}
