using System.Globalization;

namespace OpenNrm.Web.Features.Statistics;

/// <summary>One bar: its label, its published cell, and where it sits. A withheld cell has no bar, only its flag.</summary>
public sealed record ChartBar(StatLabel Label, StatCell Cell, double Y, double Length);

/// <summary>
/// A horizontal bar chart of one column of a published table, drawn on the server as SVG (the page runs no script
/// and has no inline style: geometry and colours are SVG attributes). The table follows it on the page.
/// </summary>
public sealed record BarChart(string Id, IReadOnlyList<ChartBar> Bars)
{
    public const double Width = 760;
    public const double LabelWidth = 330;
    public const double PlotWidth = 340;
    public const double RowHeight = 30;
    public const double BarHeight = 20;

    public double Height => (Bars.Count * RowHeight) + 10;

    public static BarChart Of(StatTable table)
    {
        ArgumentNullException.ThrowIfNull(table);
        var max = table.Rows.Select(r => r.Cells[0].Value ?? 0).DefaultIfEmpty(0).Max();
        return new BarChart(table.Id + "-chart",
        [
            .. table.Rows.Select((r, i) => new ChartBar(r.Label, r.Cells[0], 5 + (i * RowHeight),
                max > 0 && r.Cells[0].Value is { } v && v > 0 ? Math.Max(1, (double)(v / max) * PlotWidth) : 0)),
        ]);
    }
}

/// <summary>A point of a trend line; a withheld or missing year breaks the line rather than drawing a guess.</summary>
public sealed record TrendPoint(double X, double Y);

public sealed record TrendSeries(StatLabel Label, string Colour, string Dash, IReadOnlyList<IReadOnlyList<TrendPoint>> Segments, IReadOnlyList<TrendPoint> Points);

public sealed record AxisTick(double Y, decimal Value);

/// <summary>The five-year trend as lines, one per step of the path, each with its own colour and dash pattern.</summary>
public sealed record TrendChart(string Id, IReadOnlyList<(double X, string Year)> Years, IReadOnlyList<TrendSeries> Series, IReadOnlyList<AxisTick> Ticks)
{
    public const double Width = 760;
    public const double Height = 300;
    public const double Left = 60;
    public const double Right = 20;
    public const double Top = 20;
    public const double Bottom = 40;

    // Okabe and Ito's palette: told apart by readers with any common form of colour blindness; dashes add a second cue.
    private static readonly string[] Colours = ["#0072B2", "#D55E00", "#009E73", "#CC79A7", "#E69F00", "#56B4E9"];
    private static readonly string[] Dashes = ["", "6 3", "2 3", "8 3 2 3", "1 2", "10 4"];

    public static TrendChart Of(StatTable trend)
    {
        ArgumentNullException.ThrowIfNull(trend);
        var top = NiceCeiling(trend.Rows.SelectMany(r => r.Cells).Select(c => c.Value ?? 0).DefaultIfEmpty(0).Max());
        var plotWidth = Width - Left - Right;
        var plotHeight = Height - Top - Bottom;
        double XOf(int i) => Left + (trend.Columns.Count <= 1 ? plotWidth / 2 : i * plotWidth / (trend.Columns.Count - 1));
        double YOf(decimal value) => Top + plotHeight - ((double)(value / top) * plotHeight);

        var series = trend.Rows.Select((row, s) =>
        {
            var segments = new List<IReadOnlyList<TrendPoint>>();
            var current = new List<TrendPoint>();
            for (var i = 0; i < row.Cells.Count; i++)
            {
                if (row.Cells[i].Value is { } v)
                {
                    current.Add(new TrendPoint(XOf(i), YOf(v)));
                }
                else if (current.Count > 0)
                {
                    segments.Add(current);
                    current = [];
                }
            }

            if (current.Count > 0)
            {
                segments.Add(current);
            }

            return new TrendSeries(row.Label, Colours[s % Colours.Length], Dashes[s % Dashes.Length], segments, [.. segments.SelectMany(p => p)]);
        }).ToList();
        var ticks = Enumerable.Range(0, 5).Select(k => top * k / 4).Select(v => new AxisTick(YOf(v), v)).ToList();
        return new TrendChart(trend.Id + "-chart", [.. trend.Columns.Select((c, i) => (XOf(i), c.Text))], series, ticks);
    }

    /// <summary>The smallest 1, 2 or 5 times a power of ten at or above the largest value (at least 4, so ticks are whole).</summary>
    internal static decimal NiceCeiling(decimal max)
    {
        var target = Math.Max(4, max);
        for (var power = 1m; ; power *= 10)
        {
            foreach (var step in new[] { 1m, 2m, 5m })
            {
                if (step * power * 4 >= target)
                {
                    return step * power * 4;
                }
            }
        }
    }

    public static string Points(IEnumerable<TrendPoint> points) =>
        string.Join(' ', points.Select(p => Svg(p.X) + "," + Svg(p.Y)));

    public static string Svg(double value) => value.ToString("0.##", CultureInfo.InvariantCulture);
}
