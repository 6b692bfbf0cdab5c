namespace OpenNrm.Web.Features.Assistance;

/// <summary>The lengths the forms, the API and the columns share.</summary>
public static class SupportLimits
{
    public const int Provider = 200;
    public const int GoalDescription = 500;
    public const int NoteText = 4000;
    public const int ClosureExplanation = 500;
    public const int ShelterName = 100;
    public const int ShelterAddress = 500;
    public const int MaxShelterCapacity = 500;
    public const int PurposeMin = 10;
    public const int PurposeMax = 500;

    /// <summary>Rows in one list answer; a support case with more notes or actions pages through them.</summary>
    public const int MaxRows = 200;
}
