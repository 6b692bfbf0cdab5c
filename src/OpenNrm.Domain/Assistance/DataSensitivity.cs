namespace OpenNrm.Domain.Assistance;

/// <summary>Whether what is to be shared includes health data, which needs the victim's explicit consent to it.</summary>
public enum DataSensitivity
{
    Ordinary,
    IncludesHealthData,
}
