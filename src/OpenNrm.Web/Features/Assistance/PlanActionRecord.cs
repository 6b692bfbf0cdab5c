using NodaTime;
using OpenNrm.Domain.Assistance;
using OpenNrm.Web.Data;

namespace OpenNrm.Web.Features.Assistance;

/// <summary>One action of a support plan as stored; how it may change is <see cref="PlanActionRules"/>'s.</summary>
public sealed class PlanActionRecord : IVersioned
{
    private PlanActionRecord()
    {
        Provider = string.Empty;
    }

    public PlanActionRecord(Guid id, Guid supportCaseId, PlanAction action, Guid createdBy, DateTimeOffset at)
    {
        Id = id;
        SupportCaseId = supportCaseId;
        CreatedBy = createdBy;
        CreatedAt = at;
        Provider = string.Empty;
        Keep(action, at);
    }

    public Guid Id { get; private set; }

    public Guid SupportCaseId { get; private set; }

    public AssistanceType Type { get; private set; }

    /// <summary>An organisation or service (the centre, a PCSW, a lawyer's office), not a person's details.</summary>
    public string Provider { get; private set; }

    public LocalDate Start { get; private set; }

    public LocalDate? End { get; private set; }

    public PlanActionStatus Status { get; private set; }

    public Guid CreatedBy { get; private set; }

    public DateTimeOffset CreatedAt { get; private set; }

    public DateTimeOffset UpdatedAt { get; private set; }

    public int Version { get; private set; }

    public PlanAction ToDomain() => new(Type, Provider, Start, End, Status);

    public void Keep(PlanAction action, DateTimeOffset at)
    {
        ArgumentNullException.ThrowIfNull(action);
        Type = action.Type;
        Provider = action.Provider;
        Start = action.Start;
        End = action.End;
        Status = action.Status;
        UpdatedAt = at;
    }

    public void BumpVersion() => Version++;
}
