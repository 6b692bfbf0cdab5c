using Microsoft.Extensions.Configuration;
using OpenNrm.Domain.Statistics;

namespace OpenNrm.Web.Features.Statistics;

/// <summary>Section "OpenNrm:Statistics": the publication policy of every table the application shows or exports.</summary>
public sealed record StatisticsOptions
{
    /// <summary>How many nationalities a table names at most; the others are grouped.</summary>
    public const int DefaultTopNationalities = 10;

    public DisclosureRules Rules { get; init; } = DisclosureRules.Default;

    public int TopNationalities { get; init; } = DefaultTopNationalities;

    /// <summary>The k of a microdata release unless the request asks for more; never below <see cref="KAnonymity.Floor"/>.</summary>
    public int MicrodataK { get; init; } = KAnonymity.DefaultK;

    public static StatisticsOptions From(IConfiguration configuration)
    {
        var section = configuration.GetSection("OpenNrm:Statistics");
        var defaults = DisclosureRules.Default;
        // A threshold below 1 would publish every count: the domain refuses it, so a typo falls back to the default.
        var threshold = section.GetValue<int?>("Threshold") is { } t && t >= 1 ? t : defaults.Threshold;
        var rounding = section.GetValue<int?>("RoundTotalsTo") is { } r && r >= 1 ? r : defaults.RoundTotalsTo;
        var rules = new DisclosureRules(
            threshold,
            section.GetValue<bool?>("ZeroIsSensitive") ?? defaults.ZeroIsSensitive,
            section.GetValue<bool?>("ProtectTotals") ?? defaults.ProtectTotals,
            rounding);
        // A k below the floor would publish smaller classes than the tables publish counts: like any invalid value
        // it falls back to the default, itself raised to the floor when the tables' threshold is higher.
        var floor = KAnonymity.Floor(rules);
        var k = section.GetValue<int?>("MicrodataK") is { } configured && configured >= floor ? configured : Math.Max(KAnonymity.DefaultK, floor);
        return new StatisticsOptions
        {
            Rules = rules,
            MicrodataK = k,
            TopNationalities = section.GetValue<int?>("TopNationalities") is { } n && n >= 1 ? n : DefaultTopNationalities,
        };
    }
}
