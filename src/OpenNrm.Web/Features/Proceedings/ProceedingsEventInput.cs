using NodaTime;
using OpenNrm.Domain.Proceedings;

namespace OpenNrm.Web.Features.Proceedings;

/// <summary>An act as the API and the forms receive it: a kind, a date and the fields that kind needs.</summary>
public sealed record ProceedingsEventInput(
    ProceedingsEventKind? Kind,
    DateOnly? Date,
    ChargeRoute? Route = null,
    bool? IncludesTrafficking = null,
    JudgmentOutcome? Outcome = null,
    ExploitationCategory? Exploitation = null,
    bool? TraffickingRetained = null,
    DismissalReason? Reason = null,
    string? NewEvidence = null,
    DateOnly? TimeBarredOn = null);

/// <summary>Turns an input into the domain's act, naming the first field the kind needs and did not get.</summary>
public static class ProceedingsEventMapping
{
    public const int MaxNewEvidenceLength = 1000;

    public static (ProceedingsEvent? Event, string? MissingField) ToDomain(ProceedingsEventInput input)
    {
        if (input.Kind is not { } kind || !Enum.IsDefined(kind))
        {
            return (null, "kind");
        }

        if (input.Date is not { } date)
        {
            return (null, "date");
        }

        var d = LocalDate.FromDateOnly(date);
        return kind switch
        {
            ProceedingsEventKind.InvestigationOpened => (new InvestigationOpened(d), null),
            ProceedingsEventKind.JudicialInvestigationOpened => (new JudicialInvestigationOpened(d), null),
            ProceedingsEventKind.ChargesBrought => Charges(d, input),
            ProceedingsEventKind.TrialOpened => (new TrialOpened(d), null),
            ProceedingsEventKind.JudgmentDelivered => Judgment(d, input),
            ProceedingsEventKind.AppealLodged => (new AppealLodged(d), null),
            ProceedingsEventKind.BecameFinal => (new BecameFinal(d), null),
            ProceedingsEventKind.CaseDismissed => input.Reason is { } reason && Enum.IsDefined(reason) ? (new CaseDismissed(d, reason), null) : (null, "reason"),
            // Blank evidence is left to the register, which refuses it with the article on reopening.
            ProceedingsEventKind.CaseReopened => input.TimeBarredOn is { } barred
                ? (new CaseReopened(d, input.NewEvidence?.Trim() ?? string.Empty, LocalDate.FromDateOnly(barred)), null)
                : (null, "timeBarredOn"),
        };
    }

    public static ProceedingsEventKind KindOf(ProceedingsEvent recorded) => recorded switch
    {
        InvestigationOpened => ProceedingsEventKind.InvestigationOpened,
        JudicialInvestigationOpened => ProceedingsEventKind.JudicialInvestigationOpened,
        ChargesBrought => ProceedingsEventKind.ChargesBrought,
        TrialOpened => ProceedingsEventKind.TrialOpened,
        JudgmentDelivered => ProceedingsEventKind.JudgmentDelivered,
        AppealLodged => ProceedingsEventKind.AppealLodged,
        BecameFinal => ProceedingsEventKind.BecameFinal,
        CaseDismissed => ProceedingsEventKind.CaseDismissed,
        CaseReopened => ProceedingsEventKind.CaseReopened,
        _ => throw new ArgumentOutOfRangeException(nameof(recorded), recorded.GetType().Name, "Unknown act"),
    };

    private static (ProceedingsEvent?, string?) Charges(LocalDate date, ProceedingsEventInput input)
    {
        if (input.Route is not { } route || !Enum.IsDefined(route))
        {
            return (null, "route");
        }

        return input.IncludesTrafficking is { } trafficking ? (new ChargesBrought(date, route, trafficking), null) : (null, "includesTrafficking");
    }

    private static (ProceedingsEvent?, string?) Judgment(LocalDate date, ProceedingsEventInput input)
    {
        if (input.Outcome is not { } outcome || !Enum.IsDefined(outcome))
        {
            return (null, "outcome");
        }

        if (input.Exploitation is not { } exploitation || !Enum.IsDefined(exploitation))
        {
            return (null, "exploitation");
        }

        return input.TraffickingRetained is { } retained
            ? (new JudgmentDelivered(date, outcome, exploitation, retained), null)
            : (null, "traffickingRetained");
    }
}
