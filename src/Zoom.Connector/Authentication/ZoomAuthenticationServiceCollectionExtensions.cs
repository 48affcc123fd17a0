using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using Zoom.Connector.Authentication;
using Zoom.Connector.Http;

// DI extensions live in the namespace hosts already import.
namespace Microsoft.Extensions.DependencyInjection;

/// <summary>Registers the OAuth services every configuration needs (called from <c>AddZoomConnector</c>).</summary>
internal static class ZoomAuthenticationServiceCollectionExtensions
{
    /// <summary>
    /// Token store, OAuth back channel, sign-in flow and the service identity's token provider (the service identity
    /// may use the store and the flow). Every default is registered with TryAdd, so a host's own
    /// <see cref="IZoomTokenStore"/> (registered before or after) wins.
    /// </summary>
    internal static ZoomConnectorBuilder AddAuthentication(this ZoomConnectorBuilder builder)
    {
        var services = builder.Services;
        services.TryAddSingleton<IZoomTokenStore, InMemoryZoomTokenStore>();
        services.TryAddSingleton<ZoomOAuthClient>();
        services.TryAddSingleton<ZoomOAuthApps>();
        services.TryAddSingleton<IZoomRefreshCoordinator, InProcessZoomRefreshCoordinator>();
        services.TryAddSingleton<IZoomAuthorizationStateStore, InMemoryZoomAuthorizationStateStore>();
        services.TryAddSingleton<IZoomAuthorizationFlow, ZoomAuthorizationFlow>();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<ZoomConnectorOptions>, ZoomServiceOAuthOptionsValidator>());
        services.TryAddSingleton(static sp => new ZoomServiceTokenStatus(sp.GetRequiredService<TimeProvider>()));
        services.TryAddKeyedSingleton<IZoomAccessTokenProvider>(ZoomIdentityKeys.Service, static (sp, _) => ZoomServiceTokenProviders.Create(sp));
        builder.TrackClient(services.AddHttpClient(ZoomHttpClientNames.OAuth, ConfigureBackChannel));
        return builder;
    }

    /// <summary>The auth handler of the service identity's pipeline.</summary>
    internal static DelegatingHandler CreateServiceAuthenticationHandler(IServiceProvider services)
        => new ZoomAuthenticationHandler(
            services.GetRequiredKeyedService<IZoomAccessTokenProvider>(ZoomIdentityKeys.Service),
            services.GetService<Microsoft.Extensions.Logging.ILogger<ZoomAuthenticationHandler>>());

    private static void ConfigureBackChannel(IServiceProvider services, HttpClient client)
    {
        // Validates the options (the token URL is read from them per request).
        _ = services.GetRequiredService<IOptions<ZoomConnectorOptions>>().Value;
        client.Timeout = ZoomOAuthClient.BackChannelTimeout;
    }
}
