using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using Zoom.Connector.Authentication;
using Zoom.Connector.DependencyInjection;
using Zoom.Connector.Http;

// DI extensions live in the namespace hosts already import.
namespace Microsoft.Extensions.DependencyInjection;

/// <summary>Registers the OAuth identities: token store, back channel, sign-in flow and per-user action clients.</summary>
public static class ZoomOAuthServiceCollectionExtensions
{
    /// <summary>
    /// Enables per-user action identities: each person signs in once through <see cref="IZoomAuthorizationFlow"/>
    /// (app <c>Zoom:Actions:ClientId</c>, <c>ClientSecret</c>, <c>RedirectUri</c>, <c>Scopes</c>, checked at start-up),
    /// after which <see cref="IZoomUserClientFactory"/> hands out typed clients acting as that person. Their requests
    /// run through the same pipeline as the service identity's (resilience, the shared rate budget, auth).
    /// </summary>
    /// <param name="builder">The connector builder returned by <c>AddZoomConnector</c>.</param>
    public static ZoomConnectorBuilder AddUserActions(this ZoomConnectorBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        var services = builder.Services;
        if (services.Any(d => d.ServiceType == typeof(ZoomUserActionsMarker)))
        {
            return builder;
        }

        services.AddSingleton<ZoomUserActionsMarker>();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<ZoomConnectorOptions>, ZoomActionsOptionsValidator>());
        services.TryAddSingleton<ZoomUserTokenProviders>();
        services.TryAddSingleton<IZoomUserClientFactory, ZoomUserClientFactory>();

        var actions = services.AddHttpClient(ZoomHttpClientNames.Actions);
        ZoomHttpPipeline.Add(actions, static sp => sp.GetRequiredService<ZoomUserTokenProviders>());
        builder.TrackApiClient(actions);
        return builder;
    }

    /// <summary>
    /// The OAuth services every configuration needs (the service identity may use the store and the flow): called
    /// once from <c>AddCore</c>. Every default is registered with TryAdd, so a host's own
    /// <see cref="IZoomTokenStore"/> (registered before or after) wins.
    /// </summary>
    internal static IServiceCollection AddZoomOAuth(this IServiceCollection services)
    {
        services.TryAddSingleton<IZoomTokenStore, InMemoryZoomTokenStore>();
        services.TryAddSingleton<ZoomOAuthClient>();
        services.TryAddSingleton<ZoomOAuthApps>();
        services.TryAddSingleton<ZoomTokenRefreshCoordinator>();
        services.TryAddSingleton<ZoomAuthorizationStateStore>();
        services.TryAddSingleton<IZoomAuthorizationFlow, ZoomAuthorizationFlow>();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<ZoomConnectorOptions>, ZoomServiceOAuthOptionsValidator>());
        return services;
    }

    private sealed class ZoomUserActionsMarker;
}
