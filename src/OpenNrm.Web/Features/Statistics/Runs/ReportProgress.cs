namespace OpenNrm.Web.Features.Statistics.Runs;

/// <summary>Where the generation of an export stands: step <see cref="Step"/> of <see cref="StepCount"/>, named for the reader.</summary>
public sealed record ReportProgress(int Step, string Name)
{
    public const int StepCount = 4;

    public static readonly ReportProgress Reading = new(1, "Reading the records");
    public static readonly ReportProgress Computing = new(2, "Computing the tables and applying disclosure control");
    public static readonly ReportProgress Writing = new(3, "Writing the file");
    public static readonly ReportProgress Recording = new(4, "Recording the export in the audit trail");
}
