using Microsoft.AspNetCore.Mvc;

namespace OpenNrm.Web.Features.Shared;

/// <summary>Where to send a person back after a form: a local path, else the home page.</summary>
public static class ReturnUrls
{
    /// <summary>
    /// A local URL in printable ASCII, else "/". A local URL with another character (a raw "é", a control character)
    /// cannot be written into the Location header and made the redirect fail with a 500 (found by the scanners).
    /// </summary>
    public static string Safe(IUrlHelper url, string? returnUrl) =>
        url.IsLocalUrl(returnUrl) && returnUrl.All(c => c is > ' ' and < (char)127) ? returnUrl : "/";
}
