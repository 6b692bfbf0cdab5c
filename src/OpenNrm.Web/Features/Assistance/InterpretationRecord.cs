using NodaTime;
using OpenNrm.Domain.Assistance;
using OpenNrm.Web.Data;

namespace OpenNrm.Web.Features.Assistance;

/// <summary>One request for an interpreter as stored; how it may change is <see cref="InterpretationRules"/>'s.</summary>
public sealed class InterpretationRecord : IVersioned
{
    private InterpretationRecord()
    {
        Language = Provider = string.Empty;
    }

    public InterpretationRecord(Guid id, Guid supportCaseId, InterpretationRequest request, Guid createdBy, DateTimeOffset at)
    {
        Id = id;
        SupportCaseId = supportCaseId;
        CreatedBy = createdBy;
        CreatedAt = at;
        Language = Provider = string.Empty;
        Keep(request, at);
    }

    public Guid Id { get; private set; }

    public Guid SupportCaseId { get; private set; }

    public string Language { get; private set; }

    /// <summary>The day of the session.</summary>
    public LocalDate On { get; private set; }

    /// <summary>An interpreting service, not a person's details.</summary>
    public string Provider { get; private set; }

    public InterpretationStatus Status { get; private set; }

    public Guid CreatedBy { get; private set; }

    public DateTimeOffset CreatedAt { get; private set; }

    public DateTimeOffset UpdatedAt { get; private set; }

    public int Version { get; private set; }

    public InterpretationRequest ToDomain() => new(Language, On, Provider, Status);

    public void Keep(InterpretationRequest request, DateTimeOffset at)
    {
        ArgumentNullException.ThrowIfNull(request);
        Language = request.Language;
        On = request.On;
        Provider = request.Provider;
        Status = request.Status;
        UpdatedAt = at;
    }

    public void BumpVersion() => Version++;
}
