using NodaTime;

namespace OpenNrm.Domain.Assistance;

/// <summary>
/// How a request for an interpreter is made and moves on: requested, confirmed by the provider, then held or
/// cancelled. A session is recorded as done only once its day has come, so the record never runs ahead of the facts.
/// </summary>
public static class InterpretationRules
{
    private static readonly Dictionary<InterpretationStatus, InterpretationStatus[]> Allowed = new()
    {
        [InterpretationStatus.Requested] = [InterpretationStatus.Confirmed, InterpretationStatus.Cancelled],
        [InterpretationStatus.Confirmed] = [InterpretationStatus.Done, InterpretationStatus.Cancelled],
        [InterpretationStatus.Done] = [],
        [InterpretationStatus.Cancelled] = [],
    };

    /// <summary>The transition table, as data, so that it can be shown and tested whole.</summary>
    public static bool IsAllowed(InterpretationStatus from, InterpretationStatus to) => Allowed[from].Contains(to);

    public static AssistanceOutcome<InterpretationRequest> Request(string language, LocalDate on, string provider)
    {
        if (string.IsNullOrWhiteSpace(language))
        {
            return Refuse(AssistanceRefusalCode.InterpretationLanguageMissing, "Name the language the person needs, so that the right interpreter comes.");
        }

        if (string.IsNullOrWhiteSpace(provider))
        {
            return Refuse(AssistanceRefusalCode.ProviderMissing, "Name who provides the action, so the victim and the caseworker know whom to turn to.");
        }

        return new(new InterpretationRequest(language.Trim(), on, provider.Trim(), InterpretationStatus.Requested));
    }

    /// <summary>Moves the request to <paramref name="to"/>; <paramref name="today"/> is the centre's calendar day.</summary>
    public static AssistanceOutcome<InterpretationRequest> Move(InterpretationRequest request, InterpretationStatus to, LocalDate today)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (!IsAllowed(request.Status, to))
        {
            return Refuse(AssistanceRefusalCode.InterpretationStatusNotAllowed, NotAllowed(request.Status, to));
        }

        if (to == InterpretationStatus.Done && request.On > today)
        {
            return Refuse(AssistanceRefusalCode.InterpretationNotYetHeld, "An interpretation cannot be recorded as done before the day it is planned for.");
        }

        return new(request with { Status = to });
    }

    private static string NotAllowed(InterpretationStatus from, InterpretationStatus to) => from switch
    {
        InterpretationStatus.Done => "An interpretation that took place cannot change again: it is the record of what happened.",
        InterpretationStatus.Cancelled => "A cancelled interpretation cannot be revived: request a new one.",
        InterpretationStatus.Requested when to == InterpretationStatus.Done =>
            "An interpretation is confirmed with the provider before it is recorded as done.",
        InterpretationStatus.Requested => "The interpretation is already requested.",
        InterpretationStatus.Confirmed => "A confirmed interpretation is held or cancelled; it does not go back to a request.",
    };

    private static AssistanceOutcome<InterpretationRequest> Refuse(AssistanceRefusalCode code, string explanation) =>
        new(new AssistanceRefusal(code, explanation, AssistanceArticles.InterpretationRequest));
}
