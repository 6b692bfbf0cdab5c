using Microsoft.AspNetCore.Http;
using OpenNrm.Domain.Statistics.Imports;
using OpenNrm.Web.Features.Shared;

namespace OpenNrm.Web.Features.Statistics.Imports;

/// <summary>A blank template asked for: the source, the year and the format, checked the same way for the API and the page.</summary>
public sealed record TemplateRequest(AggregateSource Source, int Year, ImportFormat Format)
{
    /// <param name="fallbackYear">The year when none is given (the page's last complete year); null when the year is required.</param>
    public static TemplateRequest? Parse(string? source, string? year, string? format, TimeProvider clock, Validation v, int? fallbackYear)
    {
        ArgumentNullException.ThrowIfNull(v);
        var found = AggregateSources.Find(source);
        v.Require(found is not null, "source", "Choose one of the sources: {0}.", string.Join(", ", AggregateSources.All.Select(AggregateSources.Code)));
        var kind = string.IsNullOrWhiteSpace(format) ? ImportFormat.Csv : ImportFormats.Find(format);
        v.Require(kind is not null, "format", "Choose one of the formats: {0}.", string.Join(", ", Enum.GetValues<ImportFormat>().Select(ImportFormats.Code)));
        var y = StatisticsYear.Parse(year, clock, v, fallbackYear);
        return found is { } s && y is { } templateYear && kind is { } k && v.IsValid ? new(s, templateYear, k) : null;
    }

    public string FileName => $"opennrm-import-{AggregateSources.Code(Source)}-{Year}.{ImportFormats.Code(Format)}";

    public byte[] Bytes() => Format switch
    {
        ImportFormat.Csv => System.Text.Encoding.UTF8.GetBytes(AggregateTemplate.Blank(Source, Year)),
        ImportFormat.Xlsx => WorkbookTemplate.Build(Source, Year),
    };

    public string ContentType => Format switch
    {
        ImportFormat.Csv => ImportFormats.CsvMediaType + "; charset=utf-8",
        ImportFormat.Xlsx => ImportFormats.XlsxMediaType,
    };

    public IResult File() => TypedResults.File(Bytes(), ContentType, FileName);
}
