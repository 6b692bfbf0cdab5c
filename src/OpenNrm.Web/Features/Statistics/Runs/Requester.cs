namespace OpenNrm.Web.Features.Statistics.Runs;

/// <summary>Who asked for a background export: the audit entry of the export is theirs.</summary>
public sealed record Requester(Guid UserId, Guid? OrganisationId);
