using System.Globalization;
using Microsoft.Extensions.Localization;
using NodaTime;
using OpenNrm.Domain.Statistics.Imports;

namespace OpenNrm.Web.Features.Statistics.Imports;

/// <summary>
/// Where an indicator's figures come from when another actor counted them: the source and the batch, so a reader
/// sees "imported from the police database, batch of 3 March 2025" and can ask for that file by its hash.
/// </summary>
/// <param name="At">When the batch was committed (for a preview, when it was staged).</param>
public sealed record ImportedFrom(AggregateSource Source, Guid BatchId, DateTimeOffset At, string Sha256)
{
    public string SourceCode => AggregateSources.Code(Source);

    /// <summary>The source's name in English, the localisation key.</summary>
    public string SourceName => AggregateSources.Name(Source);

    /// <summary>"Imported from the police database, batch of 3/3/2025", in the reader's language; the day is Brussels'.</summary>
    public string Describe(IStringLocalizer l)
    {
        ArgumentNullException.ThrowIfNull(l);
        var day = StatisticsSource.DateOf(Instant.FromDateTimeOffset(At));
        return l["Imported from {0}, batch of {1}", l[SourceName], day.ToString("d", CultureInfo.CurrentCulture)];
    }
}
