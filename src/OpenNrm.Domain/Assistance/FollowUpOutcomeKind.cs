namespace OpenNrm.Domain.Assistance;

/// <summary>
/// What a centre observes while it follows a victim over the years. Most are steps towards integration; a new
/// trafficking signal or lost contact is a warning.
/// </summary>
public enum FollowUpOutcomeKind
{
    Employment,
    Training,
    Housing,
    LanguageSkills,
    PermanentResidence,
    CompensationReceived,
    NewTraffickingSignal,
    LostContact,
}
