namespace OpenNrm.Domain.Assistance;

/// <summary>The areas of life in which a centre helps a victim build a future, each followed by its own goal.</summary>
public enum GoalArea
{
    Language,
    Training,
    Work,
    Housing,
    Health,
}
