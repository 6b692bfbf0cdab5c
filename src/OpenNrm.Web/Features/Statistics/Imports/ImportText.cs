namespace OpenNrm.Web.Features.Statistics.Imports;

/// <summary>The words of a batch's status (localisation keys).</summary>
public static class ImportText
{
    public static string Status(ImportBatchStatus status) => status switch
    {
        ImportBatchStatus.Staged => "Checked, waiting to be committed",
        ImportBatchStatus.InForce => "In force",
        ImportBatchStatus.Superseded => "Superseded by a newer batch",
    };
}
