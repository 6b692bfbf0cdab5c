using System.Security.Cryptography;
using System.Text;

namespace OpenNrm.Web.Features.Statistics;

/// <summary>
/// The CSV files of the exports: RFC 4180 fields, LF line ends, UTF-8 without a byte order mark, codes rather
/// than words, so that the same figures always give the same bytes whatever the reader's language.
/// </summary>
public static class StatisticsCsv
{
    public const string ReportHeader = "table,indicator,row,column,value,flag";
    public const string EurostatHeader = "year,sex,age,citizenship,exploitation,value,flag";

    /// <summary>
    /// Every published table, one line per cell: inner cells, then row totals (column TOTAL), then column totals
    /// (row TOTAL) and the grand total. A table of figures that do not add up has no totals.
    /// </summary>
    public static string Report(IEnumerable<StatTable> tables)
    {
        ArgumentNullException.ThrowIfNull(tables);
        var csv = new StringBuilder(ReportHeader).Append('\n');
        foreach (var t in tables)
        {
            void Line(string row, string column, StatCell cell) =>
                Append(csv, t.Id, t.Indicator ?? string.Empty, row, column, cell.Withheld is null ? cell.Invariant : string.Empty, cell.Flag ?? string.Empty);

            foreach (var r in t.Rows)
            {
                for (var c = 0; c < t.Columns.Count; c++)
                {
                    Line(r.Label.Code, t.Columns[c].Code, r.Cells[c]);
                }

                // In a table of one column the row total repeats the cell.
                if (t.Shape == TableShape.Cross && r.Total is { } total)
                {
                    Line(r.Label.Code, EurostatCodes.Total, total);
                }
            }

            for (var c = 0; c < (t.ColumnTotals?.Count ?? 0); c++)
            {
                Line(EurostatCodes.Total, t.Columns[c].Code, t.ColumnTotals![c]);
            }

            if (t.Shape == TableShape.Cross && t.GrandTotal is { } grand)
            {
                Line(EurostatCodes.Total, EurostatCodes.Total, grand);
            }
        }

        return csv.ToString();
    }

    /// <summary>
    /// Eurostat's table of registered victims, one line per published cell, totals marked TOTAL, a withheld cell
    /// with an empty value and the flag "c" (crim_thb practice: flagged, never dropped).
    /// </summary>
    public static string Eurostat(int year, StatTable registered)
    {
        ArgumentNullException.ThrowIfNull(registered);
        var csv = new StringBuilder(EurostatHeader).Append('\n');
        var y = year.ToString(System.Globalization.CultureInfo.InvariantCulture);
        void Line(string[] rowCodes, string form, StatCell cell) =>
            Append(csv, [y, .. rowCodes, form, cell.Withheld is null ? cell.Invariant : string.Empty, cell.Flag ?? string.Empty]);

        string[] totals = [EurostatCodes.Total, EurostatCodes.Total, EurostatCodes.Total];
        foreach (var r in registered.Rows)
        {
            var codes = r.Label.Code.Split('.');
            for (var c = 0; c < registered.Columns.Count; c++)
            {
                Line(codes, registered.Columns[c].Code, r.Cells[c]);
            }

            Line(codes, EurostatCodes.Total, r.Total ?? StatCell.Empty);
        }

        for (var c = 0; c < registered.Columns.Count; c++)
        {
            Line(totals, registered.Columns[c].Code, registered.ColumnTotals![c]);
        }

        Line(totals, EurostatCodes.Total, registered.GrandTotal ?? StatCell.Empty);
        return csv.ToString();
    }

    /// <summary>Lower-case hexadecimal SHA-256 of the text's UTF-8 bytes: what <c>sha256sum</c> prints for the file.</summary>
    public static string Sha256(string text) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)));

    private static void Append(StringBuilder csv, params string[] fields)
    {
        csv.AppendJoin(',', fields.Select(Escape)).Append('\n');
    }

    private static string Escape(string field) =>
        field.IndexOfAny([',', '"', '\n', '\r']) >= 0 ? "\"" + field.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : field;
}
