namespace OpenNrm.Web.Features.Referrals;

/// <summary>Which page of a referral box: handled referrals sent before <see cref="Before"/>, at most <see cref="Limit"/>.</summary>
public sealed record ReferralPage(DateTimeOffset? Before, int Limit)
{
    public const int DefaultLimit = 50;

    public const int MaxLimit = 200;

    public static ReferralPage First { get; } = new(null, DefaultLimit);
}

/// <summary>The rows of a page, and where the next one starts (null on the last page).</summary>
public sealed record ReferralPageResult(IReadOnlyList<ReferralView> Rows, DateTimeOffset? NextBefore);
