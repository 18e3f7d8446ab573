using System.Diagnostics;
using CapRural.BuildingBlocks.Email;
using CapRural.BuildingBlocks.Errors;
using CapRural.BuildingBlocks.Http;
using CapRural.BuildingBlocks.Messaging;
using CapRural.BuildingBlocks.Outbox;
using CapRural.BuildingBlocks.Persistence;
using CapRural.BuildingBlocks.Serialization;
using CapRural.Host.Access;
using CapRural.Host.Admin;
using CapRural.Host.Infrastructure;
using CapRural.Host.Logging;
using CapRural.Host.OpenApi;
using CapRural.Host.Territories;
using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using Microsoft.AspNetCore.HttpOverrides;
using Microsoft.AspNetCore.Http.Json;
using Serilog;
using Serilog.Formatting.Compact;
using Serilog.Settings.Configuration;

namespace CapRural.Host;

/// <summary>Builds the web application: shared infrastructure, then each module of the catalogue.</summary>
internal static class PlatformApp
{
    public static WebApplication Build(string[] args, bool commandLine = false, Action<IServiceCollection>? overrides = null)
    {
        var builder = WebApplication.CreateBuilder(args);
        ConfigureLogging(builder, commandLine);

        // Validation messages name fields as clients send them ("firstName"), in the request's language.
        FluentValidation.ValidatorOptions.Global.DisplayNameResolver = (_, member, _) =>
            member is null ? null : System.Text.Json.JsonNamingPolicy.CamelCase.ConvertName(member.Name);

        var services = builder.Services;
        var configuration = builder.Configuration;
        services.AddSingleton(TimeProvider.System);
        services.AddOptions<PlatformOptions>().BindConfiguration(PlatformOptions.Section);
        services.ConfigureHttpJsonOptions(o => Json.Configure(o.SerializerOptions));
        services.Configure<RouteHandlerOptions>(o => o.ThrowOnBadRequest = true);
        // First of the writers: problems are JSON whatever the Accept header (ADR 0010).
        services.AddSingleton<Microsoft.AspNetCore.Http.IProblemDetailsWriter, ProblemJsonWriter>();
        services.AddProblemDetails(o => o.CustomizeProblemDetails = c =>
        {
            c.ProblemDetails.Extensions["traceId"] = Activity.Current?.TraceId.ToString() ?? c.HttpContext.TraceIdentifier;
            if (c.ProblemDetails is { Status: 400, Detail: null } && c.Exception is null && UnparsedParameter.NameIn(c.HttpContext) is { } parameter)
            {
                c.ProblemDetails.Detail = ProblemDetailsExceptionHandler.InvalidParameter(parameter);
            }
        });
        services.AddExceptionHandler<ProblemDetailsExceptionHandler>();
        services.AddCors();
        services.AddOptions<Microsoft.AspNetCore.Cors.Infrastructure.CorsOptions>().Configure<IConfiguration>((cors, config) =>
            cors.AddDefaultPolicy(p => p
                .WithOrigins(config.GetSection("Cors:Origins").Get<string[]>() ?? [])
                .AllowAnyHeader()
                .AllowAnyMethod()
                .WithExposedHeaders("Location", "ETag", "Retry-After")));
        services.AddPlatformRateLimiting();
        services.AddPlatformSwagger();
        services.AddHealthChecks();
        services.AddAccess();
        services.AddEmail();
        services.AddOptions<OutboxOptions>().BindConfiguration(OutboxOptions.Section)
            .Validate(o => o.ClaimLeaseSeconds > 0, "Outbox:ClaimLeaseSeconds must be at least one second")
            .ValidateOnStart();
        services.AddSingleton<OutboxProcessor>();
        if (!commandLine)
        {
            // Registered first: databases are migrated before the dispatcher and the server start.
            services.AddSingleton<DatabaseMigrator>();
            services.AddHostedService(provider => provider.GetRequiredService<DatabaseMigrator>());
            services.AddHostedService<OutboxDispatcher>();
        }

        services.AddMediator((Mediator.MediatorOptions options) =>
        {
            options.ServiceLifetime = ServiceLifetime.Scoped;
            options.PipelineBehaviors = [typeof(ValidationBehavior<,>)];
        });
        foreach (var module in ModuleCatalog.All)
        {
            module.AddServices(services, configuration);
        }

        overrides?.Invoke(services);
        var app = builder.Build();
        // The databases are migrated while the endpoints are mapped (and checked); starting waits for both.
        app.Services.GetService<DatabaseMigrator>()?.Begin();
        Configure(app);
        return app;
    }

    private static readonly ConfigurationReaderOptions ConfiguredSinks = new(
        typeof(ConsoleLoggerConfigurationExtensions).Assembly,
        typeof(FileLoggerConfigurationExtensions).Assembly,
        typeof(LoggerSinkConfigurationDebugExtensions).Assembly,
        typeof(LoggerConfigurationAsyncExtensions).Assembly,
        typeof(RenderedCompactJsonFormatter).Assembly);

    private static void ConfigureLogging(WebApplicationBuilder builder, bool commandLine)
    {
        var development = builder.Environment.IsDevelopment();
        builder.Services.AddSerilog((services, logger) =>
        {
            // The sinks a configuration may name are the ones the host ships: named here, they are not
            // searched for in every assembly of the application at each start.
            logger.ReadFrom.Configuration(builder.Configuration, ConfiguredSinks)
                .Enrich.FromLogContext()
                .Enrich.With<EmailMaskingEnricher>();
            if (commandLine)
            {
                logger.MinimumLevel.Warning().WriteTo.Console(standardErrorFromLevel: Serilog.Events.LogEventLevel.Verbose);
            }
            else
            {
                // Requests hand their line to a background writer instead of queueing on the console's
                // lock; a full buffer makes them wait rather than lose lines. Flushed when the host stops.
                logger.WriteTo.Async(
                    sink =>
                    {
                        if (development)
                        {
                            sink.Console(outputTemplate: "[{Timestamp:HH:mm:ss} {Level:u3}] {Message:lj} {TraceId}{NewLine}{Exception}");
                        }
                        else
                        {
                            sink.Console(new RenderedCompactJsonFormatter());
                        }
                    },
                    blockWhenFull: true);
            }
        });

        // ASP.NET Core starts a request activity only when someone listens: the trace id of every
        // log line and error response comes from it.
        ActivitySource.AddActivityListener(new ActivityListener
        {
            ShouldListenTo = source => source.Name == "Microsoft.AspNetCore",
            Sample = (ref ActivityCreationOptions<ActivityContext> _) => ActivitySamplingResult.AllData,
        });
    }

    private static void Configure(WebApplication app)
    {
        if (app.Configuration.GetValue<bool>("Proxy:TrustForwardedHeaders"))
        {
            // Behind the website's reverse proxy: rate limits must key on the visitor, not on the proxy.
            var forwarded = new ForwardedHeadersOptions { ForwardedHeaders = ForwardedHeaders.XForwardedFor | ForwardedHeaders.XForwardedProto };
            forwarded.KnownIPNetworks.Clear();
            forwarded.KnownProxies.Clear();
            app.UseForwardedHeaders(forwarded);
        }

        app.UsePlatformRequestLogging();
        app.UseMiddleware<ResponseHeadersMiddleware>();
        // Before the exception handler, so error answers are written in the request's language.
        app.UseRequestLocalization(o => o.SetDefaultCulture("fr").AddSupportedCultures("fr", "en").AddSupportedUICultures("fr", "en"));
        app.UseExceptionHandler();
        app.UseStatusCodePages();
        app.UseCors();
        app.UsePlatformSwagger();
        app.UseRouting();
        app.UseAuthentication();
        app.UseAuthorization();
        // Size first: a request refused as too large does not spend the client's rate budget.
        app.UseMiddleware<BodySizeLimitMiddleware>();
        app.UseMiddleware<RequestCharsetMiddleware>();
        app.UseRateLimiter();

        app.MapGet("/", () => Results.Redirect("/swagger")).ExcludeFromDescription().AllowAnonymous();
        app.MapHealthChecks("/health/live", new HealthCheckOptions { Predicate = _ => false }).AllowAnonymous();
        app.MapHealthChecks("/health/ready", new HealthCheckOptions { Predicate = check => check.Tags.Contains("ready") }).AllowAnonymous();
        app.MapApiKeyEndpoints();
        app.MapOutboxEndpoints();
        app.MapCommuneEndpoints();
        foreach (var module in ModuleCatalog.All)
        {
            module.MapEndpoints(app);
        }

        app.EnsureEveryEndpointDeclaresAccess();
    }
}
