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

        // Checked on every request: disabling a user or signing out (which renews the security stamp) ends
        // every session of that user at once, not at the next periodic check.
        services.Configure<SecurityStampValidatorOptions>(o =>
        {
            o.ValidationInterval = TimeSpan.Zero;
            // The refreshed cookie must keep the original sign-in time, or the absolute timeout would never come.
            o.OnRefreshingPrincipal = refresh =>
            {
                var started = refresh.CurrentPrincipal?.FindFirst(AppClaimsPrincipalFactory.SessionStartedClaim);
                var identity = refresh.NewPrincipal?.Identities.FirstOrDefault();
                if (started is not null && identity is not null)
                {
                    foreach (var claim in identity.FindAll(AppClaimsPrincipalFactory.SessionStartedClaim).ToList())
                    {
                        identity.RemoveClaim(claim);
                    }

                    identity.AddClaim(new System.Security.Claims.Claim(started.Type, started.Value));
                }

                return Task.CompletedTask;
            };
        });
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

/// <summary>Idle timeout is the sliding cookie; the absolute timeout is enforced here from the session's start.</summary>
internal static class SessionTimeouts
{
    public static async Task ValidateAsync(CookieValidatePrincipalContext context, OpenNrmOptions options)
    {
        var started = context.Principal?.FindFirst(AppClaimsPrincipalFactory.SessionStartedClaim)?.Value;
        var clock = context.HttpContext.RequestServices.GetRequiredService<TimeProvider>();
        if (started is null
            || !long.TryParse(started, NumberStyles.Integer, CultureInfo.InvariantCulture, out var seconds)
            || clock.GetUtcNow() - DateTimeOffset.FromUnixTimeSeconds(seconds) > options.AbsoluteTimeout)
        {
            context.RejectPrincipal();
            await context.HttpContext.SignOutAsync(IdentityConstants.ApplicationScheme);
            return;
        }

        await SecurityStampValidator.ValidatePrincipalAsync(context);
    }
}
