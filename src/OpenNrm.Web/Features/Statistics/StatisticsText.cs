using System.Globalization;
using Microsoft.Extensions.Localization;
using OpenNrm.Domain.Statistics;

namespace OpenNrm.Web.Features.Statistics;

/// <summary>Labels, values and footnotes of the published tables in the reader's language.</summary>
public static class StatisticsText
{
    public static string Label(StatLabel label, IStringLocalizer l)
    {
        ArgumentNullException.ThrowIfNull(label);
        ArgumentNullException.ThrowIfNull(l);
        return label switch
        {
            { Parts: { Count: > 0 } parts } => string.Join(" · ", parts.Select(p => l[p].Value)),
            { Kind: LabelKind.Country } => CountryName(label.Code),
            { Kind: LabelKind.Name } => label.Text,
            _ => l[label.Text],
        };
    }

    /// <summary>
    /// A count in the reader's digits; a duration with one decimal; "&lt;5" when withheld as too small, "c" when
    /// withheld to protect another cell; a dash when there is no value. Files for machines (CSV, XLSX) keep "c".
    /// </summary>
    public static string Value(StatCell cell)
    {
        ArgumentNullException.ThrowIfNull(cell);
        return cell switch
        {
            { Withheld: SuppressionReason.Primary, Below: { } below } => "<" + below.ToString(CultureInfo.CurrentCulture),
            { Withheld: not null } => PublishedCell.ConfidentialFlag,
            { Value: { } v } => v == decimal.Truncate(v) ? v.ToString("N0", CultureInfo.CurrentCulture) : v.ToString("N1", CultureInfo.CurrentCulture),
            _ => "–",
        };
    }

    /// <summary>Why cells flagged "c" are withheld, with the legal basis.</summary>
    public static string Footnote(SuppressionReason reason, DisclosureRules rules, IStringLocalizer l)
    {
        ArgumentNullException.ThrowIfNull(rules);
        ArgumentNullException.ThrowIfNull(l);
        var why = reason switch
        {
            SuppressionReason.Primary => rules.ZeroIsSensitive
                ? l["c: withheld because the count is below {0} (zero included), few enough to recognise a person.", rules.Threshold]
                : l["c: withheld because the count is between 1 and {0}, few enough to recognise a person.", rules.Threshold - 1],
            SuppressionReason.Secondary => l["c: withheld because it would let a reader work out another withheld figure from the totals."],
        };
        return $"{why} ({DisclosureControl.Basis.Citation})";
    }

    /// <summary>The disclosure rules of the stamp in one sentence, with the legal basis.</summary>
    public static string Disclosure(DisclosureRules rules, IStringLocalizer l)
    {
        ArgumentNullException.ThrowIfNull(rules);
        ArgumentNullException.ThrowIfNull(l);
        var rule = rules.ZeroIsSensitive
            ? l["Counts below {0}, zero included, withheld, with every figure that would reveal them; withheld cells show c.", rules.Threshold]
            : l["Counts from 1 to {0} withheld, with every figure that would reveal them; withheld cells show c.", rules.Threshold - 1];
        return $"{rule} ({DisclosureControl.Basis.Citation})";
    }

    private static string CountryName(string code)
    {
        try
        {
            return $"{new RegionInfo(code).DisplayName} ({code})";
        }
        catch (ArgumentException)
        {
            return code;
        }
    }
}
