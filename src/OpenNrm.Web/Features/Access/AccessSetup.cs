using System.Globalization;
using System.Threading.RateLimiting;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Authentication.OpenIdConnect;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using OpenNrm.Web.Data;
using OpenNrm.Web.Features.Shared;

namespace OpenNrm.Web.Features.Access;

public static class AccessSetup
{
    public const string LoginRateLimit = "login";

    public static IServiceCollection AddAccess(this IServiceCollection services, OpenNrmOptions options, IConfiguration configuration)
    {
        services.AddHttpContextAccessor();
        services.AddScoped<CurrentUser>();
        services.AddIdentity<AppUser, AppRole>(identity =>
            {
                identity.Password.RequiredLength = 12;
                identity.Password.RequireDigit = false;
                identity.Password.RequireLowercase = false;
                identity.Password.RequireUppercase = false;
                identity.Password.RequireNonAlphanumeric = false;
                identity.Password.RequiredUniqueChars = 4;
                identity.Lockout.MaxFailedAccessAttempts = 5;
                identity.Lockout.DefaultLockoutTimeSpan = TimeSpan.FromMinutes(15);
                identity.Lockout.AllowedForNewUsers = true;
                identity.User.RequireUniqueEmail = true;
                identity.SignIn.RequireConfirmedAccount = false;
            })
            .AddEntityFrameworkStores<AppDbContext>()
            .AddDefaultTokenProviders()
            .AddTokenProvider<SingleUseAuthenticatorTokenProvider>(TokenOptions.DefaultAuthenticatorProvider)
            .AddClaimsPrincipalFactory<AppClaimsPrincipalFactory>()
            .AddSignInManager<AppSignInManager>()
            .AddPasswordValidator<CommonPasswordValidator>();

        services.ConfigureApplicationCookie(cookie =>
        {
            cookie.Cookie.Name = "onrm.session";
            cookie.Cookie.HttpOnly = true;
            cookie.Cookie.SameSite = SameSiteMode.Strict;
            cookie.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
            cookie.LoginPath = "/Account/Login";
            cookie.LogoutPath = "/Account/Logout";
            cookie.AccessDeniedPath = "/Account/AccessDenied";
            cookie.ExpireTimeSpan = options.IdleTimeout;
            cookie.SlidingExpiration = true;
            cookie.Events.OnValidatePrincipal = context => SessionTimeouts.ValidateAsync(context, options);
        });
        services.Configure<CookieAuthenticationOptions>(IdentityConstants.TwoFactorUserIdScheme, cookie =>
        {
            cookie.Cookie.Name = "onrm.2fa";
            cookie.Cookie.SameSite = SameSiteMode.Strict;
            cookie.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
            cookie.ExpireTimeSpan = TimeSpan.FromMinutes(5);
        });

        var authentication = services.AddAuthentication(o =>
            {
                // AddIdentity set the cookie as the default for everything; the API must never see a cookie session.
                o.DefaultScheme = "Smart";
                o.DefaultAuthenticateScheme = "Smart";
                o.DefaultChallengeScheme = "Smart";
                o.DefaultForbidScheme = "Smart";
            })
            .AddPolicyScheme("Smart", "Cookie for people, bearer token for the API", policy =>
                policy.ForwardDefaultSelector = http => http.Request.Path.StartsWithSegments("/api")
                    ? ApiTokenAuthenticationHandler.SchemeName
                    : IdentityConstants.ApplicationScheme)
            .AddScheme<AuthenticationSchemeOptions, ApiTokenAuthenticationHandler>(ApiTokenAuthenticationHandler.SchemeName, _ => { });
        AddOpenIdConnectIfConfigured(authentication, configuration);

        services.AddSingleton<IAuthorizationHandler, PermissionHandler>();
        services.AddSingleton<IAuthorizationPolicyProvider, PermissionPolicyProvider>();
        services.AddAuthorization(o => o.FallbackPolicy = new AuthorizationPolicyBuilder().RequireAuthenticatedUser().Build());

        services.AddRateLimiter(limiter =>
        {
            limiter.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            limiter.AddPolicy(LoginRateLimit, http => RateLimitPartition.GetFixedWindowLimiter(
                http.Connection.RemoteIpAddress?.ToString() ?? "unknown",
                _ => new FixedWindowRateLimiterOptions { PermitLimit = options.LoginAttemptsPerMinute, Window = TimeSpan.FromMinutes(1), QueueLimit = 0 }));
            limiter.OnRejected = (context, _) => new ValueTask(
                context.HttpContext.Request.Path.StartsWithSegments("/api")
                    ? Problems.WriteAsync(context.HttpContext, ProblemKind.TooManyRequests)
                    : Task.CompletedTask);
        });
        return services;
    }

    /// <summary>
    /// A federated login for deployments that have an identity provider. Off unless Authentication:Oidc:Authority
    /// is set. The provider vouches for the first factor only when it asserts MFA; the local account still
    /// decides organisation and roles (matched on e-mail).
    /// </summary>
    private static void AddOpenIdConnectIfConfigured(AuthenticationBuilder authentication, IConfiguration configuration)
    {
        var oidc = configuration.GetSection("Authentication:Oidc");
        if (string.IsNullOrWhiteSpace(oidc["Authority"]))
        {
            return;
        }

        authentication.AddOpenIdConnect(OpenIdConnectDefaults.AuthenticationScheme, "OpenID Connect", o =>
        {
            o.SignInScheme = IdentityConstants.ExternalScheme;
            o.Authority = oidc["Authority"];
            o.ClientId = oidc["ClientId"];
            o.ClientSecret = oidc["ClientSecret"];
            o.ResponseType = "code";
            o.UsePkce = true;
            o.Scope.Add("email");
            o.CallbackPath = "/signin-oidc";
        });
    }
}

/// <summary>
/// Idle timeout is the sliding cookie; the absolute timeout is enforced here from the session's start. Every request
/// also checks that the account is still enabled and its security stamp unchanged: disabling a user, changing their
/// roles or organisation, or signing out (each renews the stamp) ends every session of that user at once. One
/// indexed read of two columns: the claims are not rebuilt and the cookie not rewritten on each request, since any
/// change that alters them renews the stamp and so ends the session instead.
/// </summary>
internal static class SessionTimeouts
{
    public static async Task ValidateAsync(CookieValidatePrincipalContext context, OpenNrmOptions options)
    {
        var started = context.Principal?.FindFirst(AppClaimsPrincipalFactory.SessionStartedClaim)?.Value;
        var services = context.HttpContext.RequestServices;
        var clock = services.GetRequiredService<TimeProvider>();
        if (started is null
            || !long.TryParse(started, NumberStyles.Integer, CultureInfo.InvariantCulture, out var seconds)
            || clock.GetUtcNow() - DateTimeOffset.FromUnixTimeSeconds(seconds) > options.AbsoluteTimeout
            || !await StillValidAsync(context.Principal!, services, context.HttpContext.RequestAborted))
        {
            context.RejectPrincipal();
            await context.HttpContext.SignOutAsync(IdentityConstants.ApplicationScheme);
        }
    }

    private static async Task<bool> StillValidAsync(System.Security.Claims.ClaimsPrincipal principal, IServiceProvider services, CancellationToken ct)
    {
        var claims = services.GetRequiredService<Microsoft.Extensions.Options.IOptions<IdentityOptions>>().Value.ClaimsIdentity;
        var stamp = principal.FindFirst(claims.SecurityStampClaimType)?.Value;
        if (stamp is null || !Guid.TryParse(principal.FindFirst(claims.UserIdClaimType)?.Value, out var id))
        {
            return false;
        }

        var db = services.GetRequiredService<AppDbContext>();
        var account = await db.Users.AsNoTracking().Where(u => u.Id == id).Select(u => new { u.SecurityStamp, u.IsDisabled }).FirstOrDefaultAsync(ct);
        return account is { IsDisabled: false } && string.Equals(account.SecurityStamp, stamp, StringComparison.Ordinal);
    }
}
