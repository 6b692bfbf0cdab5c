using NodaTime;
using OpenNrm.Domain.Proceedings;

namespace OpenNrm.Web.Features.Proceedings;

/// <summary>One stored act; the columns are the union of the acts' fields, each kept only for the kind it belongs to.</summary>
public sealed class ProceedingsEventRecord
{
    private ProceedingsEventRecord()
    {
    }

    public Guid Id { get; private set; }

    public Guid ProceedingsId { get; private set; }

    /// <summary>Position in the history, unique per proceedings: two concurrent appends cannot both take it.</summary>
    public int Sequence { get; private set; }

    public ProceedingsEventKind Kind { get; private set; }

    public LocalDate Date { get; private set; }

    public ChargeRoute? Route { get; private set; }

    public bool? IncludesTrafficking { get; private set; }

    public JudgmentOutcome? Outcome { get; private set; }

    public ExploitationCategory? Exploitation { get; private set; }

    public bool? TraffickingRetained { get; private set; }

    public DismissalReason? Reason { get; private set; }

    /// <summary>What arrived to reopen the case; free text that may name people, so encrypted at rest.</summary>
    public string? NewEvidence { get; private set; }

    public LocalDate? TimeBarredOn { get; private set; }

    public Guid RecordedBy { get; private set; }

    public DateTimeOffset RecordedAt { get; private set; }

    internal static ProceedingsEventRecord From(Guid id, Guid proceedingsId, int sequence, ProceedingsEvent accepted, Guid recordedBy, DateTimeOffset recordedAt)
    {
        var record = new ProceedingsEventRecord
        {
            Id = id,
            ProceedingsId = proceedingsId,
            Sequence = sequence,
            Kind = ProceedingsEventMapping.KindOf(accepted),
            Date = accepted.Date,
            RecordedBy = recordedBy,
            RecordedAt = recordedAt,
        };
        switch (accepted)
        {
            case ChargesBrought charges:
                record.Route = charges.Route;
                record.IncludesTrafficking = charges.IncludesTrafficking;
                break;
            case JudgmentDelivered judgment:
                record.Outcome = judgment.Outcome;
                record.Exploitation = judgment.Exploitation;
                record.TraffickingRetained = judgment.TraffickingRetained;
                break;
            case CaseDismissed dismissed:
                record.Reason = dismissed.Reason;
                break;
            case CaseReopened reopened:
                record.NewEvidence = reopened.NewEvidence;
                record.TimeBarredOn = reopened.TimeBarredOn;
                break;
        }

        return record;
    }

    public ProceedingsEvent ToDomain() => Kind switch
    {
        ProceedingsEventKind.InvestigationOpened => new InvestigationOpened(Date),
        ProceedingsEventKind.JudicialInvestigationOpened => new JudicialInvestigationOpened(Date),
        ProceedingsEventKind.ChargesBrought => new ChargesBrought(Date, Route!.Value, IncludesTrafficking!.Value),
        ProceedingsEventKind.TrialOpened => new TrialOpened(Date),
        ProceedingsEventKind.JudgmentDelivered => new JudgmentDelivered(Date, Outcome!.Value, Exploitation!.Value, TraffickingRetained!.Value),
        ProceedingsEventKind.AppealLodged => new AppealLodged(Date),
        ProceedingsEventKind.BecameFinal => new BecameFinal(Date),
        ProceedingsEventKind.CaseDismissed => new CaseDismissed(Date, Reason!.Value),
        ProceedingsEventKind.CaseReopened => new CaseReopened(Date, NewEvidence ?? string.Empty, TimeBarredOn!.Value),
    };
}
