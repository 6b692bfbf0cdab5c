using System.Globalization;
using System.Text.Json.Serialization;
using OpenNrm.Domain.Statistics;

namespace OpenNrm.Web.Features.Statistics;

/// <summary>How a label is shown to people.</summary>
public enum LabelKind
{
    /// <summary>English text, translated on the page.</summary>
    Text,

    /// <summary>A proper name or a code, shown as it is.</summary>
    Name,

    /// <summary>An ISO 3166-1 alpha-2 code, shown with the country's name in the reader's language.</summary>
    Country,
}

/// <summary>
/// A row or column of a table: a stable code (used by the exports, the same in every language) and the words people
/// read. A label made of <see cref="Parts"/> (a combination of categories) is shown as its translated parts.
/// </summary>
public sealed record StatLabel(string Code, string Text, LabelKind Kind = LabelKind.Text, IReadOnlyList<string>? Parts = null)
{
    public static StatLabel Name(string code, string name) => new(code, name, LabelKind.Name);
}

/// <summary>
/// A published value, or a withheld one with the reason. A cell with neither (<see cref="Value"/> null and not
/// withheld) has no value at all, such as the median of nobody.
/// </summary>
/// <param name="Below">For a cell withheld as too small, the threshold it is under (shown as "&lt;5").</param>
public sealed record StatCell(decimal? Value, SuppressionReason? Withheld = null, int? Below = null)
{
    public static StatCell Empty { get; } = new((decimal?)null);

    public string? Flag => Withheld is null ? null : PublishedCell.ConfidentialFlag;

    public static StatCell From(PublishedCell cell)
    {
        ArgumentNullException.ThrowIfNull(cell);
        return new(cell.Value, cell.Suppression, cell.Below);
    }

    /// <summary>The value as the exports write it: invariant digits, "c" when withheld, nothing when there is none.</summary>
    [JsonIgnore]
    public string Invariant => Withheld is not null ? PublishedCell.ConfidentialFlag : Value?.ToString("0.##", CultureInfo.InvariantCulture) ?? string.Empty;
}

public sealed record StatRow(StatLabel Label, IReadOnlyList<StatCell> Cells, StatCell? Total);

/// <summary>
/// How a table reads: a cross table with row and column totals; one column of counts with its total; or figures
/// that do not add up (steps of a path, years, durations), which have no totals.
/// </summary>
public enum TableShape
{
    Cross,
    OneWay,
    Figures,
}

/// <summary>
/// A table as it is published: every cell already through disclosure control. <see cref="Title"/>,
/// <see cref="RowHeader"/> and <see cref="Unit"/> are English text (translated on the page).
/// </summary>
public sealed record StatTable(
    string Id,
    string? Indicator,
    string Title,
    string RowHeader,
    string Unit,
    TableShape Shape,
    IReadOnlyList<StatLabel> Columns,
    IReadOnlyList<StatRow> Rows,
    IReadOnlyList<StatCell>? ColumnTotals,
    StatCell? GrandTotal)
{
    /// <summary>The reasons cells of this table are withheld, for its footnotes.</summary>
    public IReadOnlyList<SuppressionReason> WithheldFor =>
    [
        .. Rows.SelectMany(r => r.Cells.Append(r.Total)).Concat(ColumnTotals ?? []).Append(GrandTotal)
            .Select(c => c?.Withheld).OfType<SuppressionReason>().Distinct().Order(),
    ];
}
