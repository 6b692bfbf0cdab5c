namespace OpenNrm.Domain.Detection.Indicators;

/// <summary>
/// The public indicator lists shipped with the system, one data file each. A deployment adds its own
/// (confidential) lists as data beside these; nothing here is special to the assessment code.
/// </summary>
public static partial class PublicIndicatorLists
{
    public const string DelphiCitation =
        "ILO and European Commission, Operational indicators of trafficking in human beings: results from a Delphi "
        + "survey implemented by the ILO and the European Commission, first published March 2009, revised "
        + "September 2009 (ILO WCMS_105023).";

    public const string DelphiVersion = "2009-09";

    public const string VerifyNote = "As gathered; verify against ILO publication before production use.";

    /// <summary>Built on each call because the lists live in separate partial files, whose static
    /// initialisation order C# does not define.</summary>
    public static IReadOnlyList<IndicatorList> All =>
        [DelphiAdultLabour, DelphiAdultSexual, DelphiChildLabour, DelphiChildSexual, IloForcedLabour];
}
