using Microsoft.AspNetCore.Http.Metadata;

namespace OpenNrm.Web.Features.Shared;

/// <summary>
/// An endpoint's own request body limit, where it takes more than the host's default (a document upload). Endpoint
/// routing raises the server's limit to it, and the host's size check answers a larger declared body before it is read.
/// </summary>
public sealed record RequestBodyLimit(long? MaxRequestBodySize) : IRequestSizeLimitMetadata;
