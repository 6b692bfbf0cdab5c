using NodaTime;
using OpenNrm.Domain.Assistance;
using OpenNrm.Web.Data;

namespace OpenNrm.Web.Features.Assistance;

/// <summary>
/// A centre's shelter. Its address is the one secret that can cost a life: encrypted at rest, never in a list or
/// an API answer, shown only on the reveal page after a fresh second factor and a stated purpose.
/// </summary>
public sealed class ShelterRecord : IVersioned
{
    private ShelterRecord()
    {
        Name = Address = string.Empty;
    }

    public ShelterRecord(Guid id, Guid centreId, string name, int capacity, bool minorsOnly, string address, Guid createdBy, DateTimeOffset at)
    {
        Id = id;
        CentreId = centreId;
        Name = name;
        Capacity = capacity;
        MinorsOnly = minorsOnly;
        Address = address;
        CreatedBy = createdBy;
        CreatedAt = at;
    }

    public Guid Id { get; private set; }

    public Guid CentreId { get; private set; }

    /// <summary>The centre's own label ("House 2"): it must not say where the shelter is.</summary>
    public string Name { get; private set; }

    public int Capacity { get; private set; }

    public bool MinorsOnly { get; private set; }

    /// <summary>Encrypted at rest.</summary>
    public string Address { get; private set; }

    public Guid CreatedBy { get; private set; }

    public DateTimeOffset CreatedAt { get; private set; }

    public int Version { get; private set; }

    public Shelter ToDomain() => new(Capacity, MinorsOnly);

    public void BumpVersion() => Version++;
}

/// <summary>One person's stay in a shelter, tied to the support case that placed them.</summary>
public sealed class ShelterStayRecord : IVersioned
{
    private ShelterStayRecord()
    {
    }

    public ShelterStayRecord(Guid id, Guid shelterId, Guid supportCaseId, ShelterStay stay, Guid admittedBy, DateTimeOffset at)
    {
        ArgumentNullException.ThrowIfNull(stay);
        Id = id;
        ShelterId = shelterId;
        SupportCaseId = supportCaseId;
        Start = stay.Start;
        End = stay.End;
        ResidentIsMinor = stay.ResidentIsMinor;
        AdmittedBy = admittedBy;
        AdmittedAt = at;
    }

    public Guid Id { get; private set; }

    public Guid ShelterId { get; private set; }

    public Guid SupportCaseId { get; private set; }

    public LocalDate Start { get; private set; }

    /// <summary>The day of departure; none while the person lives there.</summary>
    public LocalDate? End { get; private set; }

    public bool ResidentIsMinor { get; private set; }

    public Guid AdmittedBy { get; private set; }

    public DateTimeOffset AdmittedAt { get; private set; }

    public int Version { get; private set; }

    public ShelterStay ToDomain() => new(Start, End, ResidentIsMinor);

    public void Departs(LocalDate on) => End = on;

    public void BumpVersion() => Version++;
}
