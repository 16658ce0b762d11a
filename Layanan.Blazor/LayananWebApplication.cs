using System.Globalization;
using Layanan.Blazor.Api;
using Layanan.Blazor.Components;
using Layanan.Blazor.Health;
using Layanan.Blazor.Identity;
using Layanan.Blazor.Jobs;
using Layanan.Blazor.Localization;
using Layanan.Blazor.Realtime;
using Layanan.Core;
using Layanan.Core.Calendar;
using Layanan.Core.Common;
using Layanan.Core.Data;
using Layanan.Core.Demo;
using Layanan.Core.Sla;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.DataProtection.KeyManagement;
using Microsoft.AspNetCore.DataProtection.Repositories;
using Microsoft.AspNetCore.HttpOverrides;
using Microsoft.Extensions.Options;
using MudBlazor;
using MudBlazor.Services;

namespace Layanan.Blazor;

/// <summary>The app's composition: configuration, services, pipeline and endpoints, each in one place.</summary>
public static class LayananWebApplication
{
    /// <summary>
    /// Makes the repository root's <c>appsettings.json</c> (copied beside the app) the one configuration
    /// file, overridden by environment variables and the command line.
    /// </summary>
    public static void UseLayananConfiguration(this WebApplicationBuilder builder, string[] args)
    {
        var sources = builder.Configuration.Sources;
        for (var i = sources.Count - 1; i >= 0; i--)
        {
            if (sources[i] is Microsoft.Extensions.Configuration.Json.JsonConfigurationSource)
            {
                sources.RemoveAt(i);
            }
        }

        builder.Configuration.AddJsonFile(Path.Combine(AppContext.BaseDirectory, "appsettings.json"), optional: false, reloadOnChange: false);
        builder.Configuration.AddEnvironmentVariables();
        builder.Configuration.AddCommandLine(args);

        // Every screen is Indonesian: numbers, dates and MudBlazor's own texts follow id-ID.
        CultureInfo.DefaultThreadCurrentCulture = Wib.Culture;
        CultureInfo.DefaultThreadCurrentUICulture = Wib.Culture;
    }

    public static void AddLayananServices(this WebApplicationBuilder builder)
    {
        var services = builder.Services;
        services.AddOptions<LayananOptions>().BindConfiguration(LayananOptions.SectionName).ValidateDataAnnotations().ValidateOnStart();
        services.AddOptions<WebOptions>().BindConfiguration(WebOptions.SectionName).ValidateDataAnnotations().ValidateOnStart();
        services.AddOptions<OfficeHoursOptions>().BindConfiguration(OfficeHoursOptions.SectionName).ValidateDataAnnotations().ValidateOnStart();
        services.AddOptions<SlaOptions>().BindConfiguration(SlaOptions.SectionName).ValidateDataAnnotations().ValidateOnStart();
        services.AddOptions<DemoOptions>().BindConfiguration(DemoOptions.SectionName).ValidateDataAnnotations().ValidateOnStart();

        // Resolved from options rather than read here, so hosts such as integration tests can override it.
        services.AddSingleton(provider =>
        {
            var configured = provider.GetRequiredService<IOptions<LayananOptions>>().Value.DataDirectory;
            var paths = DataPaths.Resolve(configured, provider.GetRequiredService<IWebHostEnvironment>().ContentRootPath);
            Directory.CreateDirectory(paths.KeysDirectory);
            return paths;
        });
        services.AddLayananCore();
        services.AddDataProtection().SetApplicationName("Layanan");
        services.AddOptions<KeyManagementOptions>().Configure<DataPaths, ILoggerFactory>((options, paths, loggers) =>
            options.XmlRepository = new FileSystemXmlRepository(new DirectoryInfo(paths.KeysDirectory), loggers));

        services.AddLayananIdentity();
        services.AddLayananJobs();
        services.AddLayananNotifications();
        services.AddLayananRealtime();
        services.AddLayananApi();
        services.AddLayananRateLimits();
        services.AddLayananDemo(builder.Environment.IsDevelopment());
        services.AddLayananHealthChecks();

        services.AddRazorComponents().AddInteractiveServerComponents();
        services.AddCascadingAuthenticationState();
        services.AddMudServices(config =>
        {
            config.SnackbarConfiguration.PositionClass = Defaults.Classes.Position.BottomRight;
            config.SnackbarConfiguration.VisibleStateDuration = 6000;
        });
        services.AddTransient<MudLocalizer, IndonesianMudLocalizer>();

        services.Configure<ForwardedHeadersOptions>(options =>
        {
            options.ForwardedHeaders = ForwardedHeaders.XForwardedFor | ForwardedHeaders.XForwardedProto | ForwardedHeaders.XForwardedHost;
        });
    }

    /// <summary>
    /// Validates every setting before anything touches the database, instead of when the host starts.
    /// Logs each invalid setting and returns false, so that the caller can stop with an exit code.
    /// </summary>
    public static bool ValidateLayananSettings(this WebApplication app)
    {
        try
        {
            app.Services.GetRequiredService<IStartupValidator>().Validate();
            return true;
        }
        catch (Exception exception) when (exception is OptionsValidationException or AggregateException)
        {
            var failures = exception is AggregateException aggregate
                ? aggregate.InnerExceptions.OfType<OptionsValidationException>().SelectMany(e => e.Failures)
                : ((OptionsValidationException)exception).Failures;
            foreach (var failure in failures)
            {
                StartupLog.InvalidSetting(app.Logger, failure);
            }

            return false;
        }
    }

    public static async Task InitializeLayananAsync(this WebApplication app)
    {
        await app.Services.GetRequiredService<DatabaseInitializer>().InitializeAsync();
        await app.Services.GetRequiredService<CalendarService>().LoadAndApplyRulesAsync();
        await using (var scope = app.Services.CreateAsyncScope())
        {
            await scope.ServiceProvider.GetRequiredService<DemoAccounts>().EnsureAsync();
            await scope.ServiceProvider.GetRequiredService<DemoBacklog>().EnsureAsync();
        }

        app.Services.RegisterRecurringJobs();
    }

    public static void UseLayananPipeline(this WebApplication app)
    {
        app.UseLayananForwardedHeaders();
        if (!app.Environment.IsDevelopment())
        {
            app.UseExceptionHandler("/galat", createScopeForErrors: true);
            app.UseHsts();
        }

        app.UseRequestLocalization(Wib.Culture.Name);
        // Only people browsing pages get the Indonesian "not found" page; API, hub and job clients keep
        // their status codes and problem details.
        app.UseWhen(
            context => HttpMethods.IsGet(context.Request.Method) && !IsMachinePath(context.Request.Path),
            branch => branch.UseStatusCodePagesWithReExecute("/tidak-ditemukan", createScopeForStatusCodePages: true));

        // Routing runs here, after the re-execution above, so the re-executed path finds its page. Left to the
        // host's implicit routing at the start of the pipeline, the re-execution kept the original, unmatched
        // endpoint and returned 404 with an empty body.
        app.UseRouting();
        app.UseRateLimiter();
        app.UseAuthentication();
        app.UseAuthorization();
        app.UseAntiforgery();
    }

    public static void MapLayananEndpoints(this WebApplication app)
    {
        app.MapStaticAssets();
        app.MapRazorComponents<App>().AddInteractiveServerRenderMode();
        app.MapAccountEndpoints();
        app.MapLayananApi();
        app.MapLayananRealtime();
        app.MapLayananJobs();
        app.MapLayananHealthChecks();
    }

    private static bool IsMachinePath(PathString path) =>
        path.StartsWithSegments("/api") || path.StartsWithSegments("/hubs") || path.StartsWithSegments("/hangfire")
        || path.StartsWithSegments("/health") || path.StartsWithSegments("/openapi") || path.StartsWithSegments("/_blazor");

    /// <summary>Trusts X-Forwarded-* only from the proxies and networks listed in configuration.</summary>
    private static void UseLayananForwardedHeaders(this WebApplication app)
    {
        var web = app.Services.GetRequiredService<IOptions<WebOptions>>().Value;
        var options = app.Services.GetRequiredService<IOptions<ForwardedHeadersOptions>>().Value;
        foreach (var proxy in web.ReverseProxy.KnownProxies)
        {
            options.KnownProxies.Add(System.Net.IPAddress.Parse(proxy));
        }

        foreach (var network in web.ReverseProxy.KnownNetworks)
        {
            options.KnownIPNetworks.Add(System.Net.IPNetwork.Parse(network));
        }

        app.UseForwardedHeaders(options);
        if (!string.IsNullOrEmpty(web.PathBase))
        {
            app.UsePathBase(web.PathBase);
        }
    }
}
