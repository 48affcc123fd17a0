using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using Refit;
using Zoom.Connector.Api;
using Zoom.Connector.Http;
using Zoom.Connector.Http.Pipeline;
using Zoom.Connector.Serialization;

// DI extensions live in the namespace hosts already import.
namespace Microsoft.Extensions.DependencyInjection;

/// <summary>
/// Registers Zoom.Connector in a service collection: the top floor, which puts every feature's own registration
/// together (nothing inside the library calls it).
/// </summary>
public static class ZoomServiceCollectionExtensions
{
    /// <summary>Registers the connector with default options (bind nothing; configure later with <c>Configure&lt;ZoomConnectorOptions&gt;</c>).</summary>
    /// <param name="services">The service collection.</param>
    public static ZoomConnectorBuilder AddZoomConnector(this IServiceCollection services)
        => services.AddZoomConnector(static _ => { });

    /// <summary>
    /// Registers the connector with options bound from a configuration section (usually <c>Zoom</c>): the root options
    /// from the section, and each feature's options from its own sub-section (<c>RateLimit</c>, <c>Resilience</c>,
    /// <c>Downloads</c>; <c>Webhooks</c> and <c>Sync</c> once those features are added). Calling it again adds the
    /// binding but no service or handler twice, and returns the same builder.
    /// </summary>
    /// <param name="services">The service collection.</param>
    /// <param name="section">The section holding <c>BaseUrl</c>, <c>Service</c>, <c>Actions</c>, <c>RateLimit</c>, ...</param>
    public static ZoomConnectorBuilder AddZoomConnector(this IServiceCollection services, IConfiguration section)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(section);
        var path = section is IConfigurationSection s ? s.Path : ZoomConnectorOptions.DefaultSectionName;
        services.AddOptions<ZoomConnectorOptions>().Bind(section);
        return AddCore(services, section, path);
    }

    /// <summary>
    /// Registers the connector with the root options set in code. Features' options are set with their own builder
    /// methods (e.g. <c>.AddRateLimiting(o => ...)</c>, <c>.AddSync(o => ...)</c>). Calling it again adds the
    /// configuration but no service or handler twice, and returns the same builder.
    /// </summary>
    /// <param name="services">The service collection.</param>
    /// <param name="configure">Sets the options.</param>
    public static ZoomConnectorBuilder AddZoomConnector(this IServiceCollection services, Action<ZoomConnectorOptions> configure)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(configure);
        services.AddOptions<ZoomConnectorOptions>().Configure(configure);
        return AddCore(services, null, ZoomConnectorOptions.DefaultSectionName);
    }

    private static ZoomConnectorBuilder AddCore(IServiceCollection services, IConfiguration? section, string path)
    {
        if (services.FirstOrDefault(static d => d.ServiceType == typeof(ZoomConnectorMarker))?.ImplementationInstance is ZoomConnectorMarker marker)
        {
            // A second call: the handlers, clients and services are there; only the new section's features are bound.
            var existing = marker.Builder;
            if (section is not null)
            {
                existing.Configuration ??= section;
                BindFeatures(existing);
            }

            return existing;
        }

        var builder = new ZoomConnectorBuilder(services, section, path);
        services.AddSingleton(new ZoomConnectorMarker(builder));
        services.AddOptions<ZoomConnectorOptions>().ValidateOnStart();
        services.TryAddSingleton(builder.Path);
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<ZoomConnectorOptions>, ZoomConnectorOptionsValidator>());
        services.TryAddSingleton(TimeProvider.System);
        services.AddLogging();
        builder.AddAuthentication();
        BindFeatures(builder);

        var service = services.AddHttpClient(ZoomHttpClientNames.Service, ConfigureApiClient);
        ZoomHttpPipeline.Add(service, ZoomRequestIdentity.Service, ZoomAuthenticationServiceCollectionExtensions.CreateServiceAuthenticationHandler);
        builder.TrackApiClient(service);

        services.AddRefitGeneratedClient<IZoomUsersApi>(ZoomJsonContext.Default, static _ => ZoomRefitSettings.Create(), ZoomHttpClientNames.Service);
        services.AddRefitGeneratedClient<IZoomMeetingsApi>(ZoomJsonContext.Default, static _ => ZoomRefitSettings.Create(), ZoomHttpClientNames.Service);
        services.AddRefitGeneratedClient<IZoomRecordingsApi>(ZoomJsonContext.Default, static _ => ZoomRefitSettings.Create(), ZoomHttpClientNames.Service);
        services.AddScheduling();
        return builder;
    }

    /// <summary>The features every configuration has; each binds its own sub-section.</summary>
    private static void BindFeatures(ZoomConnectorBuilder builder)
        => builder.AddRateLimiting().AddResilience().AddRecordingDownloads();

    private static void ConfigureApiClient(IServiceProvider services, HttpClient client)
    {
        var options = services.GetRequiredService<IOptions<ZoomConnectorOptions>>().Value;
        client.BaseAddress = options.GetBaseUri();
        // The resilience pipeline owns timeouts; HttpClient's own would cut retries short.
        client.Timeout = Timeout.InfiniteTimeSpan;
    }

    /// <summary>Marks a service collection that has the connector, and keeps its builder for a second call.</summary>
    private sealed class ZoomConnectorMarker(ZoomConnectorBuilder builder)
    {
        public ZoomConnectorBuilder Builder { get; } = builder;
    }
}
