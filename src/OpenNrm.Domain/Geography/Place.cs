namespace OpenNrm.Domain.Geography;

/// <summary>
/// Where a postal code lies. <see cref="Province"/> is null in the Brussels-Capital Region, which is outside every
/// province. <see cref="JudicialDistrict"/> is one of <see cref="JudicialDistricts.All"/>, spelled as the
/// organisations of the application spell it, so a place can be matched to the prosecutor's office of its district.
/// </summary>
public sealed record Place(string PostalCode, Province? Province, Region Region, string JudicialDistrict);
