using NodaTime;
using OpenNrm.Web.Data;

namespace OpenNrm.Web.Features.Residence;

/// <summary>
/// A person's special residence procedure: the centre that opened it, the competent prosecutor's office, and the
/// append-only list of its events. Its state is never stored: it is evaluated from the events by the domain.
/// </summary>
public sealed class ResidenceProcedure : IVersioned
{
    private readonly List<ProcedureEventRecord> _events = [];

    private ResidenceProcedure()
    {
    }

    public ResidenceProcedure(Guid id, Guid caseId, Guid centreId, Guid prosecutorOfficeId, Domain.Residence.ProcedureOpened opened, DateTimeOffset createdAt,
        Guid? caseworkerId = null)
    {
        Id = id;
        CaseworkerId = caseworkerId;
        OpenedOn = opened.Date;
        IsThirdCountryNational = opened.IsThirdCountryNational;
        IsUnaccompaniedMinor = opened.IsUnaccompaniedMinor;
        CaseId = caseId;
        CentreId = centreId;
        ProsecutorOfficeId = prosecutorOfficeId;
        CreatedAt = createdAt;
    }

    public Guid Id { get; private set; }

    public Guid CaseId { get; private set; }

    public Guid CentreId { get; private set; }

    public Guid ProsecutorOfficeId { get; private set; }

    public DateTimeOffset CreatedAt { get; private set; }

    public LocalDate OpenedOn { get; private set; }

    public bool IsThirdCountryNational { get; private set; }

    public bool IsUnaccompaniedMinor { get; private set; }

    /// <summary>The centre's caseworker who follows the procedure; the centre's whole team when none is named.</summary>
    public Guid? CaseworkerId { get; private set; }

    /// <summary>
    /// A summary of the evaluation, kept so that lists can be ordered by the next deadline without evaluating every
    /// history. It is refreshed on each event and by the daily sweep (dates pass without events); the events stay
    /// the only truth.
    /// </summary>
    public bool IsPending { get; private set; }

    public Domain.Residence.ProcedureStage Stage { get; private set; }

    public LocalDate? NextDeadlineOn { get; private set; }

    public Domain.Residence.DeadlineKind? NextDeadlineKind { get; private set; }

    public LocalDate? SummarisedOn { get; private set; }

    /// <summary>
    /// The day the deadline sweep must look at the procedure again (<see cref="Domain.Residence.ReviewPlan"/>); null
    /// when it must look at the next pass, as after every event. Only the sweep sets it, after raising the day's
    /// notices: a reminder due today is never left behind a review day in the future.
    /// </summary>
    public LocalDate? ReviewOn { get; private set; }

    /// <summary>
    /// The dates the statistics count (<see cref="Statistics.ProcedureMilestones"/>), kept with the procedure so that a
    /// year's figures read one row per procedure instead of every history. They depend on the events only, never on
    /// the day, so they are written with each event from the same evaluation as the summary. A row of an older
    /// <see cref="MilestonesVersion"/> (0: never computed) is evaluated again from the events by whoever reads it.
    /// </summary>
    public int MilestonesVersion { get; private set; }

    public LocalDate? ReflectionStartOn { get; private set; }

    public LocalDate? IdentifiedOn { get; private set; }

    public LocalDate? FirstACardOn { get; private set; }

    public LocalDate? BCardOn { get; private set; }

    public LocalDate? ExitOn { get; private set; }

    public Domain.Residence.ExitReason? ExitReason { get; private set; }

    /// <summary>The documents issued and renewed, encoded by <see cref="Statistics.ProcedureMilestones.Encode"/>.</summary>
    public string DocumentHistory { get; private set; } = string.Empty;

    public Statistics.ProcedureMilestones Milestones => new(ReflectionStartOn, IdentifiedOn, FirstACardOn, BCardOn, ExitOn, ExitReason,
        Statistics.ProcedureMilestones.Decode(DocumentHistory));

    /// <summary>Evaluates the history as of <paramref name="today"/> and keeps the summary and milestones; returns the evaluation.</summary>
    public Domain.Residence.ProcedureState Summarise(LocalDate today)
    {
        var history = History();
        var state = Domain.Residence.ProcedureEvaluator.Evaluate(history, today);
        KeepMilestones(Statistics.ProcedureMilestones.Of(history, state));
        var next = Domain.Residence.ReminderPlan.Next(state);
        IsPending = state.Exit is null && state.Stage is not (Domain.Residence.ProcedureStage.Permanent or Domain.Residence.ProcedureStage.NotOpened);
        Stage = state.Stage;
        NextDeadlineOn = next?.DueOn;
        NextDeadlineKind = next?.Kind;
        SummarisedOn = today;
        ReviewOn = null;
        return state;
    }

    public void KeepMilestones(Statistics.ProcedureMilestones milestones)
    {
        ReflectionStartOn = milestones.ReflectionStart;
        IdentifiedOn = milestones.IdentifiedOn;
        FirstACardOn = milestones.FirstACardOn;
        BCardOn = milestones.BCardOn;
        ExitOn = milestones.ExitOn;
        ExitReason = milestones.ExitReason;
        DocumentHistory = Statistics.ProcedureMilestones.Encode(milestones.Documents);
        MilestonesVersion = Statistics.ProcedureMilestones.Version;
    }

    /// <summary>Sets the next review day from an evaluation the sweep has acted on.</summary>
    public void ScheduleReview(Domain.Residence.ProcedureState state, IReadOnlyList<int> leadDays) =>
        ReviewOn = Domain.Residence.ReviewPlan.NextReview(state, leadDays);

    public void AssignCaseworker(Guid? userId) => CaseworkerId = userId;

    public Domain.Residence.ProcedureOpened Opening => new(OpenedOn, IsThirdCountryNational, IsUnaccompaniedMinor);

    /// <summary>The history the domain evaluates.</summary>
    public List<Domain.Residence.ProcedureEvent> History() => ProcedureEventMapping.History(Opening, _events);

    public int Version { get; private set; }

    public IReadOnlyList<ProcedureEventRecord> Events => _events;

    public ProcedureEventRecord Append(ProcedureEventInput input, Guid userId, Guid organisationId, DateTimeOffset at)
    {
        var record = new ProcedureEventRecord(Guid.CreateVersion7(), Id, _events.Count + 1, input, userId, organisationId, at);
        _events.Add(record);
        // Appending changes the aggregate: the version check makes two concurrent appends conflict, not interleave.
        BumpVersion();
        return record;
    }

    public void BumpVersion() => Version++;
}

/// <summary>One stored event; the columns are the union of the event kinds' fields.</summary>
public sealed class ProcedureEventRecord
{
    private ProcedureEventRecord()
    {
    }

    internal ProcedureEventRecord(Guid id, Guid procedureId, int sequence, ProcedureEventInput input, Guid userId, Guid organisationId, DateTimeOffset at)
    {
        Id = id;
        ProcedureId = procedureId;
        Sequence = sequence;
        Kind = input.Kind!.Value;
        Date = LocalDate.FromDateOnly(input.Date!.Value);
        DocumentType = input.DocumentType;
        WithdrawalReason = input.WithdrawalReason;
        Criterion = input.Criterion;
        ProceedingsStatus = input.ProceedingsStatus;
        // One column, two meanings: take the field that belongs to this kind, never the other one.
        Flag = Kind switch
        {
            ProcedureEventKind.PublicOrderAssessed => input.NoThreat,
            ProcedureEventKind.ChargesRetained => input.WithTrafficking,
            ProcedureEventKind.DocumentApplied => input.Renewal,
            _ => null,
        };
        RecordedBy = userId;
        RecordedByOrganisation = organisationId;
        RecordedAt = at;
    }

    public Guid Id { get; private set; }

    public Guid ProcedureId { get; private set; }

    public int Sequence { get; private set; }

    public ProcedureEventKind Kind { get; private set; }

    public LocalDate Date { get; private set; }

    public Domain.Residence.DocumentType? DocumentType { get; private set; }

    public Domain.Residence.WithdrawalReason? WithdrawalReason { get; private set; }

    public Domain.Residence.ProsecutorCriterion? Criterion { get; private set; }

    public Domain.Residence.ProceedingsStatus? ProceedingsStatus { get; private set; }

    /// <summary>"No threat" for a public-order assessment, "with trafficking" for charges, "renewal" for an application.</summary>
    public bool? Flag { get; private set; }

    public Guid RecordedBy { get; private set; }

    public Guid RecordedByOrganisation { get; private set; }

    public DateTimeOffset RecordedAt { get; private set; }
}
