using System.Globalization;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Localization;
using Microsoft.Extensions.DependencyInjection;

namespace OpenNrm.Web.Hosting;

/// <summary>The interface languages: English, French, Dutch. The choice is kept in a cookie; dates and numbers follow it.</summary>
public static class Localisation
{
    public static readonly string[] Cultures = ["en", "fr", "nl"];

    public static IServiceCollection AddOpenNrmLocalisation(this IServiceCollection services)
    {
        services.AddLocalization(o => o.ResourcesPath = "Resources");
        services.Configure<RequestLocalizationOptions>(o =>
        {
            var cultures = Cultures.Select(c => new CultureInfo(c == "en" ? "en-BE" : c + "-BE")).ToList();
            o.DefaultRequestCulture = new RequestCulture("en-BE", "en");
            o.SupportedCultures = cultures;
            o.SupportedUICultures = Cultures.Select(c => new CultureInfo(c)).ToList();
            o.FallBackToParentUICultures = true;
            o.FallBackToParentCultures = true;
            o.RequestCultureProviders =
            [
                new QueryStringRequestCultureProvider(),
                new CookieRequestCultureProvider(),
                new AcceptLanguageHeaderRequestCultureProvider(),
            ];
        });
        return services;
    }

    /// <summary>Maps a UI language to the formatting culture used in Belgium for it.</summary>
    public static string CookieValueFor(string language) =>
        CookieRequestCultureProvider.MakeCookieValue(new RequestCulture(language == "en" ? "en-BE" : language + "-BE", language));
}
