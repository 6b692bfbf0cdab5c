namespace OpenNrm.Web.Features.Assistance;

/// <summary>The lengths the forms, the API and the columns of documents, interpretation, subsistence and return share.</summary>
public static class SupportServiceLimits
{
    public const int FileName = 200;
    public const int Language = 60;
    public const int Provider = SupportLimits.Provider;
    public const int Pcsw = 200;
    public const int RefusalReason = 500;
}
