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

    /// <summary>
    /// Why withheld cells are withheld, with the legal basis, in the marks the reader sees: on pages and in the Word
    /// report a cell too small reads "&lt;5" (<see cref="Value"/>); files for machines flag every withheld cell "c".
    /// </summary>
    public static string Footnote(SuppressionReason reason, DisclosureRules rules, IStringLocalizer l, bool flagsOnly = false)
    {
        ArgumentNullException.ThrowIfNull(rules);
        ArgumentNullException.ThrowIfNull(l);
        var mark = flagsOnly ? PublishedCell.ConfidentialFlag : "<" + rules.Threshold.ToString(CultureInfo.CurrentCulture);
        var why = reason switch
        {
            SuppressionReason.Primary => rules.ZeroIsSensitive
                ? l["{0}: withheld because the count is below {1} (zero included), few enough to recognise a person.", mark, rules.Threshold]
                : l["{0}: withheld because the count is between 1 and {1}, few enough to recognise a person.", mark, rules.Threshold - 1],
            SuppressionReason.Secondary => l["c: withheld because it would let a reader work out another withheld figure from the totals."],
        };
        return $"{why} ({DisclosureControl.Basis.Citation})";
    }

    /// <summary>The disclosure rules of the stamp in one sentence, with the legal basis, in the marks the reader sees (see <see cref="Footnote"/>).</summary>
    public static string Disclosure(DisclosureRules rules, IStringLocalizer l, bool flagsOnly = false)
    {
        ArgumentNullException.ThrowIfNull(rules);
        ArgumentNullException.ThrowIfNull(l);
        var mark = flagsOnly ? PublishedCell.ConfidentialFlag : "<" + rules.Threshold.ToString(CultureInfo.CurrentCulture);
        var rule = rules.ZeroIsSensitive
            ? l["Counts below {0}, zero included, withheld and shown as {1}, with every figure that would reveal them, shown as c.", rules.Threshold, mark]
            : l["Counts from 1 to {0} withheld and shown as {1}, with every figure that would reveal them, shown as c.", rules.Threshold - 1, mark];
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
