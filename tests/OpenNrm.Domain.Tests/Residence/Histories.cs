using NodaTime;
using OpenNrm.Domain.Residence;

namespace OpenNrm.Domain.Tests.Residence;

/// <summary>
/// One adult victim's path on fixed dates, cut at each stage, so a test adds only the events it is about and its
/// expected dates can be checked by hand.
/// </summary>
internal static class Histories
{
    public static readonly LocalDate OpenedOn = new(2021, 3, 1);
    public static readonly LocalDate AttestationOn = new(2021, 3, 20);   // valid through 2021-06-19
    public static readonly LocalDate ConfirmedOn = new(2021, 8, 1);
    public static readonly LocalDate ACardOn = new(2021, 9, 1);          // valid through 2022-02-28

    public static ProcedureEvent[] Opened(bool unaccompaniedMinor = false) =>
        [new ProcedureOpened(OpenedOn, IsThirdCountryNational: true, unaccompaniedMinor)];

    public static ProcedureEvent[] Reflection() =>
        [.. Opened(), new DocumentIssued(OpenedOn, DocumentType.Annex15ReflectionDocument)];

    /// <summary>Reflection plus everything the attestation needs, but not the attestation itself.</summary>
    public static ProcedureEvent[] ReadyForAttestation() =>
        [.. Reflection(), new SupportAccepted(new(2021, 3, 2)), new StatementsMade(new(2021, 3, 10))];

    public static ProcedureEvent[] PresumedVictim() =>
        [.. ReadyForAttestation(), new DocumentIssued(AttestationOn, DocumentType.AttestationOfImmatriculation)];

    public static ProcedureEvent[] ReadyForACard() =>
    [
        .. PresumedVictim(),
        new ProceedingsStatusChanged(new(2021, 3, 15), ProceedingsStatus.InvestigationOngoing),
        new DocumentRenewed(new(2021, 6, 1)),
        new ProsecutorConfirmed(ConfirmedOn, ProsecutorCriterion.ProceedingsOngoing),
        new ProsecutorConfirmed(ConfirmedOn, ProsecutorCriterion.ConsideredVictim),
        new ProsecutorConfirmed(ConfirmedOn, ProsecutorCriterion.IntentionToCooperate),
        new ProsecutorConfirmed(ConfirmedOn, ProsecutorCriterion.RelationsSevered),
        new PublicOrderAssessed(new(2021, 8, 5), NoThreat: true),
    ];

    public static ProcedureEvent[] IdentifiedVictim() =>
        [.. ReadyForACard(), new DocumentIssued(ACardOn, DocumentType.ACard)];

    public static ProcedureState At(this ProcedureEvent[] events, LocalDate asOf) =>
        ProcedureEvaluator.Evaluate(events, asOf);

    public static ProcedureEvent[] With(this ProcedureEvent[] events, params ProcedureEvent[] more) =>
        [.. events, .. more];

    public static ConditionCode[] Codes(this NextStep step) => [.. step.UnmetConditions.Select(c => c.Code)];

    public static ConditionCode[] Codes(this Decision decision) => [.. decision.UnmetConditions.Select(c => c.Code)];

    /// <summary>A history by name, for table-driven tests.</summary>
    public static ProcedureEvent[] Build(string history) => history switch
    {
        nameof(Reflection) => Reflection(),
        nameof(PresumedVictim) => PresumedVictim(),
        nameof(ReadyForACard) => ReadyForACard(),
        nameof(IdentifiedVictim) => IdentifiedVictim(),
        _ => throw new ArgumentOutOfRangeException(nameof(history), history, null),
    };
}
