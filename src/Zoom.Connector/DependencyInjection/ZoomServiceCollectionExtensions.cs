using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Refit;
using Zoom.Connector.Api;
using Zoom.Connector.Authentication;
using Zoom.Connector.DependencyInjection;
using Zoom.Connector.Http;
using Zoom.Connector.Serialization;

// DI extensions live in the namespace hosts already import.
namespace Microsoft.Extensions.DependencyInjection;

/// <summary>Registers Zoom.Connector in a service collection.</summary>
public static class ZoomServiceCollectionExtensions
{
    /// <summary>Registers the connector with default options (bind nothing; configure later with <c>Configure&lt;ZoomConnectorOptions&gt;</c>).</summary>
    /// <param name="services">The service collection.</param>
    public static ZoomConnectorBuilder AddZoomConnector(this IServiceCollection services)
        => services.AddZoomConnector(static _ => { });

    /// <summary>Registers the connector with options bound from a configuration section (usually <c>Zoom</c>).</summary>
    /// <param name="services">The service collection.</param>
    /// <param name="section">The section holding <c>BaseUrl</c>, <c>Service</c>, <c>Actions</c>, <c>RateLimit</c>, ...</param>
    public static ZoomConnectorBuilder AddZoomConnector(this IServiceCollection services, IConfiguration section)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(section);
        var path = section is IConfigurationSection s ? s.Path : ZoomConnectorOptions.DefaultSectionName;
        services.AddOptions<ZoomConnectorOptions>().Bind(section);
        return AddCore(services, path);
    }

    /// <summary>Registers the connector with options set in code.</summary>
    /// <param name="services">The service collection.</param>
    /// <param name="configure">Sets the options.</param>
    public static ZoomConnectorBuilder AddZoomConnector(this IServiceCollection services, Action<ZoomConnectorOptions> configure)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(configure);
        services.AddOptions<ZoomConnectorOptions>().Configure(configure);
        return AddCore(services, ZoomConnectorOptions.DefaultSectionName);
    }

    private static ZoomConnectorBuilder AddCore(IServiceCollection services, string path)
    {
        var builder = new ZoomConnectorBuilder(services);
        services.AddOptions<ZoomConnectorOptions>().ValidateOnStart();
        services.TryAddSingleton(new ZoomConfigurationPath(path));
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<ZoomConnectorOptions>, ZoomConnectorOptionsValidator>());
        services.TryAddSingleton(TimeProvider.System);
        services.AddLogging();
        services.AddZoomOAuth();

        services.TryAddKeyedSingleton<IZoomAccessTokenProvider>(ZoomIdentityKeys.Service, static (sp, _) => CreateServiceTokenProvider(sp));

        builder.TrackClient(services.AddHttpClient(ZoomHttpClientNames.OAuth, ConfigureBackChannel));

        var service = services.AddHttpClient(ZoomHttpClientNames.Service, ConfigureApiClient);
        ZoomHttpPipeline.Add(service, static sp => sp.GetRequiredKeyedService<IZoomAccessTokenProvider>(ZoomIdentityKeys.Service));
        builder.TrackApiClient(service);

        services.AddRefitGeneratedClient<IZoomUsersApi>(ZoomJsonContext.Default, CreateRefitSettings, ZoomHttpClientNames.Service);
        services.AddRefitGeneratedClient<IZoomMeetingsApi>(ZoomJsonContext.Default, CreateRefitSettings, ZoomHttpClientNames.Service);
        services.AddRefitGeneratedClient<IZoomRecordingsApi>(ZoomJsonContext.Default, CreateRefitSettings, ZoomHttpClientNames.Service);
        services.AddScheduling();
        ZoomRecordingDownloadServiceCollectionExtensions.AddRecordingDownloads(services, builder);
        return builder;
    }

    /// <summary>Refit settings shared by every Zoom client: source-generated JSON and the one exception factory.</summary>
    internal static RefitSettings CreateRefitSettings(IServiceProvider services)
    {
        var settings = RefitSettings.ForJsonContext(ZoomJsonContext.Default);
        settings.UrlParameterFormatter = new ZoomUrlParameterFormatter();
        // The path guard (first handler of the pipeline) checks path arguments by name: it needs them on the request.
        settings.CaptureMethodArguments = true;
        settings.ExceptionFactory = response => new ValueTask<Exception?>(ZoomErrorMapper.CreateAsync(response));
        settings.DeserializationExceptionFactory = static (response, exception) =>
            new ValueTask<Exception?>(ZoomErrorMapper.CreateUnreadableResponse(response, exception));
        // The connector's own exceptions (auth, rate budget) and transport errors reach the caller as they are.
        settings.TransportExceptionFactory = static (_, exception, _) => exception;
        return settings;
    }

    private static void ConfigureApiClient(IServiceProvider services, HttpClient client)
    {
        var options = services.GetRequiredService<IOptions<ZoomConnectorOptions>>().Value;
        client.BaseAddress = options.GetBaseUri();
        // The resilience pipeline owns timeouts; HttpClient's own would cut retries short.
        client.Timeout = Timeout.InfiniteTimeSpan;
    }

    private static void ConfigureBackChannel(IServiceProvider services, HttpClient client)
    {
        // Validates the options (the token URL is read from them per request).
        _ = services.GetRequiredService<IOptions<ZoomConnectorOptions>>().Value;
        client.Timeout = TimeSpan.FromSeconds(30);
    }

    private static IZoomAccessTokenProvider CreateServiceTokenProvider(IServiceProvider services)
        => ZoomServiceTokenProviders.Create(services);
}
