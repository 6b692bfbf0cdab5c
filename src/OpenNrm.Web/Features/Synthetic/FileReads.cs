using OpenNrm.Domain.Audit;

namespace OpenNrm.Web.Features.Synthetic;

/// <summary>
/// The later reads of a file, each audited with its purpose: mostly by the centre that took the person in, the
/// others by the service that detected her, spread over the years of support that follow the signal. Draws from
/// its own random sequence, so adding reads leaves every other generated fact as it was.
/// </summary>
internal sealed class FileReads(Random random, int perPerson)
{
    /// <summary>Support lasts three to five years; reads thin out after that but do not stop at once.</summary>
    private const int SpreadDays = 5 * 365;

    public void Add(GenerationContext g, GeneratedSignal signal, Guid file, string? centre)
    {
        for (var i = 0; i < perPerson; i++)
        {
            var at = signal.Signal.CreatedAt.AddDays(SpreadDays * random.NextDouble() * random.NextDouble()).AddMinutes(random.Next(1, 600));
            if (!g.HasHappened(at))
            {
                continue;
            }

            var reader = centre is not null && random.NextDouble() < 0.7 ? centre : signal.Organisation;
            g.Audit(at, AuditEventType.CaseViewed, "Case", file, g.Staff.Pick(random, reader), reader, purpose: "case work");
        }
    }
}
