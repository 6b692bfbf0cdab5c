using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Localization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.DependencyInjection;
using OpenNrm.Web.Hosting;

namespace OpenNrm.Web.Features;

/// <summary>Stores the chosen interface language in a cookie and returns to the page the person was on.</summary>
[AllowAnonymous]
public sealed class LanguageModel : PageModel
{
    public IActionResult OnGet() => LocalRedirect("/");

    public IActionResult OnPost(string? language, string? returnUrl)
    {
        var chosen = Localisation.Cultures.Contains(language) ? language! : "en";
        Response.Cookies.Append(CookieRequestCultureProvider.DefaultCookieName, Localisation.CookieValueFor(chosen),
            new CookieOptions { Expires = HttpContext.RequestServices.GetRequiredService<TimeProvider>().GetUtcNow().AddYears(1), HttpOnly = true, SameSite = SameSiteMode.Strict, IsEssential = true });
        return LocalRedirect(Shared.ReturnUrls.Safe(Url, returnUrl));
    }
}
