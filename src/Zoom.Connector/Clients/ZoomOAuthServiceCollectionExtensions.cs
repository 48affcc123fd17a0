using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Zoom.Connector.Authentication;
using Zoom.Connector.Clients;
using Zoom.Connector.Http;
using Zoom.Connector.Http.Pipeline;

// DI extensions live in the namespace hosts already import.
namespace Microsoft.Extensions.DependencyInjection;

/// <summary>Registers per-user action identities: people's own sign-in, and typed clients acting as them.</summary>
public static class ZoomOAuthServiceCollectionExtensions
{
    /// <summary>
    /// Enables per-user action identities: each person signs in once through <see cref="IZoomAuthorizationFlow"/>
    /// (app <c>Zoom:Actions:ClientId</c>, <c>ClientSecret</c>, <c>RedirectUri</c>, <c>Scopes</c>, checked at start-up),
    /// after which <see cref="IZoomUserClientFactory"/> hands out typed clients acting as that person. Their requests
    /// run through the same pipeline as the service identity's (resilience, the shared rate budget, auth).
    /// Calling it twice adds nothing twice.
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

        // No identity stamped by the pipeline: each person's client stamps its own user key.
        var actions = services.AddHttpClient(ZoomHttpClientNames.Actions);
        ZoomHttpPipeline.Add(actions, identity: null, static sp => new ZoomAuthenticationHandler(
            sp.GetRequiredService<ZoomUserTokenProviders>(), sp.GetService<ILogger<ZoomAuthenticationHandler>>()));
        builder.TrackApiClient(actions);
        return builder;
    }

    private sealed class ZoomUserActionsMarker;
}
