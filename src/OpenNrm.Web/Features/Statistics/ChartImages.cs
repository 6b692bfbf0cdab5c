using System.Globalization;
using Microsoft.Extensions.Localization;
using SkiaSharp;

namespace OpenNrm.Web.Features.Statistics;

/// <summary>A chart drawn as a PNG for the Word report, with its size in pixels and the text that describes it.</summary>
public sealed record ChartImage(byte[] Png, int Width, int Height, string Description);

/// <summary>
/// Draws the charts of the pages (<see cref="BarChart"/>, <see cref="TrendChart"/>) as PNG images for the Word
/// report, from the same geometry, so a reader sees the same chart on the page and on paper. A withheld cell draws
/// no bar and no point, only its mark, exactly as on the page. Drawn at twice the page's scale for print.
/// </summary>
public static class ChartImages
{
    private const float Scale = 2f;
    private static readonly SKColor Ink = SKColor.Parse("#1b1f24");
    private static readonly SKColor Muted = SKColor.Parse("#5a636e");
    private static readonly SKColor Grid = SKColor.Parse("#d5dae0");
    private static readonly SKColor Bar = SKColor.Parse("#1f4e79");

    // The DejaVu fonts that the server's packages install; Skia's default face when they are absent.
    private static readonly Lazy<SKTypeface> Face = new(() =>
        File.Exists("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf")
            ? SKTypeface.FromFile("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf") ?? SKTypeface.Default
            : SKTypeface.Default);

    public static ChartImage Bars(BarChart chart, IStringLocalizer l)
    {
        ArgumentNullException.ThrowIfNull(chart);
        ArgumentNullException.ThrowIfNull(l);
        return Draw(BarChart.Width, chart.Height, l["Bar chart; the table below gives the same figures."], canvas =>
        {
            foreach (var bar in chart.Bars)
            {
                Text(canvas, StatisticsText.Label(bar.Label, l), BarChart.LabelWidth - 8, bar.Y + 15, 13, Ink, SKTextAlign.Right);
                if (bar.Cell.Withheld is not null)
                {
                    Text(canvas, StatisticsText.Value(bar.Cell), BarChart.LabelWidth + 4, bar.Y + 15, 13, Muted);
                    continue;
                }

                using var fill = new SKPaint { Color = Bar, IsAntialias = true };
                canvas.DrawRoundRect(new SKRect((float)BarChart.LabelWidth, (float)bar.Y, (float)(BarChart.LabelWidth + bar.Length), (float)(bar.Y + BarChart.BarHeight)), 2, 2, fill);
                Text(canvas, StatisticsText.Value(bar.Cell), BarChart.LabelWidth + bar.Length + 6, bar.Y + 15, 13, Ink);
            }
        });
    }

    public static ChartImage Trend(TrendChart chart, IStringLocalizer l)
    {
        ArgumentNullException.ThrowIfNull(chart);
        ArgumentNullException.ThrowIfNull(l);
        var bottom = TrendChart.Height - TrendChart.Bottom;
        var description = l["Line chart of the five-year trend; the table below gives the same figures. A withheld year breaks its line."];
        return Draw(TrendChart.Width, TrendChart.Height + (chart.Series.Count * 20), description, canvas =>
        {
            Line(canvas, TrendChart.Left, bottom, TrendChart.Width - TrendChart.Right, bottom, Muted, 1, string.Empty);
            foreach (var tick in chart.Ticks)
            {
                Line(canvas, TrendChart.Left, tick.Y, TrendChart.Width - TrendChart.Right, tick.Y, Grid, 1, string.Empty);
                Text(canvas, tick.Value.ToString("N0", CultureInfo.CurrentCulture), TrendChart.Left - 6, tick.Y + 4, 12, Muted, SKTextAlign.Right);
            }

            foreach (var (x, year) in chart.Years)
            {
                Text(canvas, year, x, bottom + 20, 12, Ink, SKTextAlign.Center);
            }

            for (var i = 0; i < chart.Series.Count; i++)
            {
                var series = chart.Series[i];
                var colour = SKColor.Parse(series.Colour);
                foreach (var segment in series.Segments)
                {
                    for (var k = 1; k < segment.Count; k++)
                    {
                        Line(canvas, segment[k - 1].X, segment[k - 1].Y, segment[k].X, segment[k].Y, colour, 2.5f, series.Dash);
                    }
                }

                using var dot = new SKPaint { Color = colour, IsAntialias = true };
                foreach (var p in series.Points)
                {
                    canvas.DrawCircle((float)p.X, (float)p.Y, 3.5f, dot);
                }

                var y = TrendChart.Height + (i * 20);
                Line(canvas, TrendChart.Left, y - 4, TrendChart.Left + 36, y - 4, colour, 2.5f, series.Dash);
                Text(canvas, StatisticsText.Label(series.Label, l), TrendChart.Left + 44, y, 12, Ink);
            }
        });
    }

    private static ChartImage Draw(double width, double height, string description, Action<SKCanvas> draw)
    {
        var w = (int)Math.Ceiling(width * Scale);
        var h = (int)Math.Ceiling(height * Scale);
        using var surface = SKSurface.Create(new SKImageInfo(w, h, SKColorType.Rgba8888, SKAlphaType.Premul));
        var canvas = surface.Canvas;
        canvas.Clear(SKColors.White);
        canvas.Scale(Scale);
        draw(canvas);
        using var image = surface.Snapshot();
        using var png = image.Encode(SKEncodedImageFormat.Png, 100);
        return new ChartImage(png.ToArray(), w, h, description);
    }

    private static void Text(SKCanvas canvas, string text, double x, double y, float size, SKColor colour, SKTextAlign align = SKTextAlign.Left)
    {
        using var font = new SKFont(Face.Value, size);
        using var paint = new SKPaint { Color = colour, IsAntialias = true };
        canvas.DrawText(text, (float)x, (float)y, align, font, paint);
    }

    /// <summary>A line in the SVG's dash notation ("6 3": six on, three off; empty: solid).</summary>
    private static void Line(SKCanvas canvas, double x1, double y1, double x2, double y2, SKColor colour, float width, string dash)
    {
        using var paint = new SKPaint { Color = colour, StrokeWidth = width, IsStroke = true, IsAntialias = true };
        var intervals = dash.Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(d => float.Parse(d, CultureInfo.InvariantCulture)).ToArray();
        if (intervals.Length >= 2)
        {
            paint.PathEffect = SKPathEffect.CreateDash(intervals.Length % 2 == 0 ? intervals : [.. intervals, .. intervals], 0);
        }

        canvas.DrawLine((float)x1, (float)y1, (float)x2, (float)y2, paint);
    }
}
