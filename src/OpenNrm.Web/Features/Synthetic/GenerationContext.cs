using NodaTime;
using OpenNrm.Domain.Audit;
using OpenNrm.Web.Features.Access;
using OpenNrm.Web.Features.Audit;
using OpenNrm.Web.Security;

namespace OpenNrm.Web.Features.Synthetic;

/// <summary>Running totals of one generation, for the report.</summary>
internal sealed class GenerationCounts
{
    public int Persons { get; set; }

    public int Signals { get; set; }

    public int Referrals { get; set; }

    public int Procedures { get; set; }

    public int ProcedureEvents { get; set; }

    public int AuditEntries { get; set; }

    /// <summary>Events the law refused on their date and that were therefore left out; a well-shaped path has none.</summary>
    public int RefusedEvents { get; set; }
}

/// <summary>
/// What every part of the generation shares: the seeded random source, the staff, the end of generated time
/// (the start of the as-of day: nothing is generated after it) and an audit log whose clock is set to each act.
/// </summary>
internal sealed class GenerationContext(Random random, StaffRoster staff, AuditLog audit, SyntheticClock clock, BlindIndex blindIndex,
    LocalDate asOf, Duration acknowledgementWindow, GenerationCounts counts)
{
    public Random Random { get; } = random;

    public StaffRoster Staff { get; } = staff;

    public BlindIndex BlindIndex { get; } = blindIndex;

    public LocalDate AsOf { get; } = asOf;

    public DateTimeOffset Horizon { get; } = Timeline.StartOf(asOf);

    public Duration AcknowledgementWindow { get; } = acknowledgementWindow;

    public GenerationCounts Counts { get; } = counts;

    public bool HasHappened(DateTimeOffset at) => at < Horizon;

    /// <summary>An audit entry stamped with the moment of the act, as the application would have written it then.</summary>
    public void Audit(DateTimeOffset at, AuditEventType type, string? subjectType, Guid? subjectId, Guid user, string organisation,
        string? purpose = null, string? details = null)
    {
        clock.Now = at;
        audit.Record(type, subjectType, subjectId?.ToString(), purpose, details, user, BelgianReferenceData.IdFor(organisation));
        Counts.AuditEntries++;
    }
}
