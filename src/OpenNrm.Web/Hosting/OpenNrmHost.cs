using System.Text.Json;
using System.Text.Json.Serialization;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Json;
using Microsoft.AspNetCore.Http.Metadata;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using OpenTelemetry.Metrics;
using OpenTelemetry.Trace;
using OpenNrm.Web.Data;
using OpenNrm.Web.Features.Access;
using OpenNrm.Web.Features.Admin;
using OpenNrm.Web.Features.Audit;
using OpenNrm.Web.Features.Cases;
using OpenNrm.Web.Features.Residence;
using OpenNrm.Web.Features.Shared;
using OpenNrm.Web.Jobs;

namespace OpenNrm.Web.Hosting;

/// <summary>Composition of the features; Program.cs calls these two methods and nothing else.</summary>
public static class OpenNrmHost
{
    public const long MaxRequestBodyBytes = 1024 * 1024;

    public static OpenNrmOptions AddOpenNrm(this WebApplicationBuilder builder)
    {
        var options = OpenNrmOptions.From(builder.Configuration);
        var services = builder.Services;
        builder.WebHost.ConfigureKestrel(k =>
        {
            k.Limits.MaxRequestBodySize = MaxRequestBodyBytes;
            k.AddServerHeader = false;
        });
        if (!builder.Environment.IsDevelopment())
        {
            // One JSON object per line for the log collector. Log messages carry identifiers, never names or notes.
            builder.Logging.ClearProviders();
            builder.Logging.AddJsonConsole();
        }

        services.AddSingleton(TimeProvider.System);
        services.AddOpenNrmDatabase(options);
        services.AddAccess(options, builder.Configuration);
        services.AddOpenNrmLocalisation();
        services.AddOpenNrmHealth();
        services.AddProblemDetails(o => o.CustomizeProblemDetails = Problems.Customise);
        services.Configure<RouteHandlerOptions>(o => o.ThrowOnBadRequest = false);
        services.Configure<JsonOptions>(o =>
        {
            // Unknown fields are refused, not ignored: a typo in a field name must not silently drop data.
            o.SerializerOptions.UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow;
            o.SerializerOptions.Converters.Add(new JsonStringEnumConverter());
            o.SerializerOptions.PropertyNamingPolicy = JsonNamingPolicy.CamelCase;
        });
        services.AddOpenApi("v1");
        services.AddRazorPages(pages =>
        {
            pages.RootDirectory = "/Features";
            pages.Conventions.ConfigureFilter(new Microsoft.AspNetCore.Mvc.AutoValidateAntiforgeryTokenAttribute());
            pages.Conventions.ConfigureFilter(new UnmatchedHandlerFilter());
        }).AddViewLocalization().AddDataAnnotationsLocalization(o =>
            o.DataAnnotationLocalizerProvider = (_, factory) => factory.Create(typeof(SharedResource)));
        services.AddAntiforgery(o =>
        {
            o.Cookie.Name = "onrm.af";
            o.Cookie.SameSite = SameSiteMode.Strict;
            // Secure over HTTPS, as the request (or the reverse proxy in front of it) arrived.
            o.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
        });
        // A year, subdomains included (ASVS 5.0 V3.4.1 asks at least a year; the framework's default is 30 days).
        services.AddHsts(o =>
        {
            o.MaxAge = TimeSpan.FromDays(365);
            o.IncludeSubDomains = true;
        });

        services.AddScoped<AuditLog>();
        services.AddScoped<AuditSealer>();
        services.AddScoped<AuditPartitions>();
        services.AddScoped<AuditVerifier>();
        services.AddScoped<AuditQuery>();
        services.AddSingleton<AuditChain>();
        services.AddScoped<ReferenceDataSeeder>();
        services.AddScoped<DemoAccounts>();
        services.AddScoped<Features.Demo.DemoData>();
        services.AddScoped<Features.Demo.DemoPopulation>();
        services.AddScoped<ApiTokens>();
        services.AddScoped<CaseService>();
        services.AddScoped<OrganisationService>();
        services.AddScoped<UserAdministration>();
        services.AddScoped<ResidenceService>();
        services.AddScoped<CaseReferences>();
        services.AddScoped<MilestoneRefresh>();
        services.AddScoped<ProtectionCheck>();
        services.AddScoped<Features.Detection.DetectionSupport>();
        services.AddScoped<Features.Detection.SignalService>();
        services.AddScoped<Features.Detection.SignalQueries>();
        services.AddHostedService<AuditSealingJob>();
        services.AddHostedService<AuditPartitionJob>();
        services.AddHostedService<DemoPopulationJob>();
        Features.Deadlines.DeadlinesSetup.AddDeadlines(services, builder.Configuration);
        Features.Referrals.ReferralsSetup.AddReferrals(services, builder.Configuration);
        Features.Leaflet.LeafletSetup.AddLeaflet(services);
        Features.Assistance.AssistanceSetup.AddAssistance(services, builder.Configuration);
        Features.Tasks.TasksSetup.AddTasks(services);
        Features.Proceedings.ProceedingsSetup.AddProceedings(services);
        Features.Indicators.IndicatorListsSetup.AddIndicatorLists(services);
        Features.Statistics.StatisticsSetup.AddStatistics(services, builder.Configuration);
        Features.Synthetic.SyntheticSetup.AddSynthetic(services);
        Features.Retention.RetentionSetup.AddRetention(services, builder.Configuration);
        AddTelemetry(builder);
        services.AddReverseProxy(builder.Configuration);
        return options;
    }

    public static void UseOpenNrm(this WebApplication app)
    {
        app.UseReverseProxy(app.Configuration);
        app.UseWhen(IsApi, api =>
        {
            api.UseExceptionHandler();
            api.UseStatusCodePages();
        });
        app.UseWhen(http => !IsApi(http), pages =>
        {
            pages.UseExceptionHandler("/Error");
            pages.UseStatusCodePagesWithReExecute("/Error", "?code={0}");
        });
        if (!app.Environment.IsDevelopment())
        {
            app.UseHsts();
        }

        app.UseSecurityHeaders();
        app.UseStaticFiles();
        app.UseRequestLocalization();
        app.UseRouting();
        app.Use(async (http, next) =>
        {
            // Kestrel enforces the same limit on streamed bodies; this answers early when the size is declared. It runs
            // after routing so that an endpoint taking documents can state its own, larger limit (RequestBodyLimit).
            var stated = http.GetEndpoint()?.Metadata.GetMetadata<IRequestSizeLimitMetadata>();
            var limit = stated is null ? MaxRequestBodyBytes : stated.MaxRequestBodySize;
            // The error page re-executed for a refused body sees the same declared length: let it answer.
            if (http.Request.ContentLength > limit && http.Features.Get<IStatusCodeReExecuteFeature>() is null)
            {
                if (IsApi(http))
                {
                    await Problems.WriteAsync(http, ProblemKind.PayloadTooLarge);
                }
                else
                {
                    // A page: the error page says the upload is too large.
                    http.Response.StatusCode = StatusCodes.Status413PayloadTooLarge;
                }

                return;
            }

            await next();
        });
        app.UsePrintableQuery(IsApi);
        app.UseRateLimiter();
        app.UseWhen(UsesDatabase, scoped => scoped.UseMiddleware<SqliteRequestConnection>());
        app.UseAuthentication();
        app.UseAuthorization();

        app.MapOpenNrmHealth();
        app.MapOpenApi("/openapi/{documentName}.json").AllowAnonymous();
        var api = app.MapGroup("/api/v1").WithTags("v1");
        api.MapAccountApi();
        api.MapOrganisationsApi();
        api.MapCasesApi();
        api.MapAuditApi();
        api.MapResidenceApi();
        Features.Detection.DetectionApi.MapDetectionApi(api);
        Features.Detection.SignalsApi.MapSignalsApi(api);
        Features.Deadlines.DeadlinesApi.MapDeadlinesApi(api);
        Features.Referrals.ReferralsApi.MapReferralsApi(api);
        Features.Leaflet.LeafletsApi.MapLeafletsApi(api);
        Features.Assistance.SupportCasesApi.MapSupportCasesApi(api);
        Features.Assistance.SheltersApi.MapSheltersApi(api);
        Features.Assistance.SupportServicesApi.MapSupportServicesApi(api);
        Features.Assistance.DisclosuresApi.MapDisclosuresApi(api);
        Features.Tasks.TasksApi.MapTasksApi(api);
        Features.Proceedings.ProceedingsApi.MapProceedingsApi(api);
        Features.Indicators.IndicatorListsApi.MapIndicatorListsApi(api);
        Features.Statistics.StatisticsApi.MapStatisticsApi(api);
        Features.Statistics.Imports.StatisticsImportsApi.MapStatisticsImportsApi(api);
        Features.Statistics.Microdata.MicrodataApi.MapMicrodataApi(api);
        Features.Retention.RetentionApi.MapRetentionApi(api);
        app.MapRazorPages();
    }

    private static bool IsApi(HttpContext http) => http.Request.Path.StartsWithSegments("/api");

    /// <summary>Static files and the liveness probe never touch the database; everything else may.</summary>
    private static bool UsesDatabase(HttpContext http) =>
        !(http.Request.Path.StartsWithSegments("/css") || http.Request.Path.StartsWithSegments("/js")
          || http.Request.Path.StartsWithSegments("/favicon.svg") || http.Request.Path.StartsWithSegments("/health/live"));

    /// <summary>Traces and metrics for the server; exported only when an OTLP endpoint is configured.</summary>
    private static void AddTelemetry(WebApplicationBuilder builder)
    {
        var endpoint = builder.Configuration["OpenTelemetry:OtlpEndpoint"];
        if (string.IsNullOrWhiteSpace(endpoint))
        {
            return;
        }

        builder.Services.AddOpenTelemetry()
            .WithTracing(t => t.AddAspNetCoreInstrumentation().AddOtlpExporter(o => o.Endpoint = new Uri(endpoint)))
            .WithMetrics(m => m.AddAspNetCoreInstrumentation().AddOtlpExporter(o => o.Endpoint = new Uri(endpoint)));
    }
}
