using OpenNrm.Domain.Common;

namespace OpenNrm.Domain.Assistance;

/// <summary>
/// One category whose members are presumed to lack sufficient means, with the text that says so. The list is
/// configuration: the presumptions are set by the Royal Decree of 18 December 2003 on the conditions of free legal aid,
/// which is amended from time to time, so a deployment loads the list in force and cites its article.
/// </summary>
/// <param name="Rebuttable">Whether the legal aid office may set the presumption aside on proof of higher means.</param>
public sealed record LegalAidPresumption(LegalAidCategory Category, bool Rebuttable, LegalBasis Basis);
