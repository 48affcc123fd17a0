using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Zoom.Connector.Http;

namespace Zoom.Connector.Authentication;

/// <summary>Picks the service identity's token provider from <c>Zoom:Service</c>.</summary>
internal static class ZoomServiceTokenProviders
{
    /// <summary>
    /// <c>AccessToken</c>: a fixed token. <c>AccountId</c> + <c>ClientId</c> + <c>ClientSecret</c>: Server-to-Server
    /// OAuth. <c>ClientId</c> + <c>ClientSecret</c> without an account id: an admin's authorization-code grant, tokens
    /// from the store under <see cref="ZoomTokenKeys.Service"/>. Nothing: a provider whose every call says what to set.
    /// </summary>
    public static IZoomAccessTokenProvider Create(IServiceProvider services)
        => services.GetService<ZoomServiceTokenStatus>() is { } status ? new ZoomObservedTokenProvider(CreateProvider(services), status) : CreateProvider(services);

    private static IZoomAccessTokenProvider CreateProvider(IServiceProvider services)
    {
        var options = services.GetRequiredService<IOptions<ZoomConnectorOptions>>().Value.Service;
        var path = services.GetRequiredService<ZoomConfigurationPath>();
        if (!string.IsNullOrWhiteSpace(options.AccessToken))
        {
            return new StaticAccessTokenProvider(options.AccessToken);
        }

        if (!string.IsNullOrWhiteSpace(options.ClientId) && !string.IsNullOrWhiteSpace(options.ClientSecret))
        {
            var client = new ZoomClientCredentials(options.ClientId, options.ClientSecret);
            var time = services.GetRequiredService<TimeProvider>();
            var oauth = services.GetRequiredService<ZoomOAuthClient>();
            if (!string.IsNullOrWhiteSpace(options.AccountId))
            {
                return new ServerToServerTokenProvider(oauth, client, options.AccountId, options.TokenIndex,
                    services.GetRequiredService<IZoomTokenStore>(), services.GetRequiredService<IZoomRefreshCoordinator>(), time,
                    services.GetRequiredService<ILogger<ServerToServerTokenProvider>>());
            }

            return new StoredTokenProvider(ZoomTokenKeys.Service, client, services.GetRequiredService<IZoomTokenStore>(), oauth,
                services.GetRequiredService<IZoomRefreshCoordinator>(), time, services.GetRequiredService<ILogger<StoredTokenProvider>>());
        }

        return new UnconfiguredAccessTokenProvider(
            $"No Zoom service identity is configured: set {path.Key("Service:AccessToken")}, or " +
            $"{path.Key("Service:AccountId")}, {path.Key("Service:ClientId")} and {path.Key("Service:ClientSecret")} for Server-to-Server OAuth, or " +
            $"{path.Key("Service:ClientId")} and {path.Key("Service:ClientSecret")} for an admin's authorization-code sign-in.");
    }
}
