using NodaTime;
using OpenNrm.Domain.Residence;
using OpenNrm.Web.Features.Statistics;

namespace OpenNrm.Tests;

/// <summary>The documents' column kept with each procedure reads back exactly what was written.</summary>
public sealed class ProcedureMilestonesCodecTests
{
    [Fact]
    public void Every_list_of_documents_reads_back_as_written()
    {
        var random = new Random(2026);
        var types = Enum.GetValues<DocumentType>();
        var first = new LocalDate(1900, 1, 1);
        for (var run = 0; run < 500; run++)
        {
            List<DocumentEvent> documents =
            [
                .. Enumerable.Range(0, random.Next(0, 7)).Select(_ =>
                    new DocumentEvent(types[random.Next(types.Length)], first.PlusDays(random.Next(0, 300 * 365)), random.Next(2) == 0)),
            ];
            Assert.Equal(documents, ProcedureMilestones.Decode(ProcedureMilestones.Encode(documents)));
        }
    }

    [Fact]
    public void An_empty_column_is_no_document()
    {
        Assert.Empty(ProcedureMilestones.Decode(string.Empty));
        Assert.Equal(string.Empty, ProcedureMilestones.Encode([]));
    }
}
