using Microsoft.Extensions.Logging;
using Zoom.Connector.Http;

namespace Zoom.Connector.Authentication;

/// <summary>A token provider that depends on the request (the per-user pipeline's shared auth handler asks it).</summary>
internal interface IZoomRequestTokenProviderResolver
{
    IZoomAccessTokenProvider Resolve(HttpRequestMessage request);
}

/// <summary>
/// The token source of the <see cref="ZoomHttpClientNames.Actions"/> pipeline: the provider of the person named by
/// the request's identity (<see cref="ZoomRequestIdentity"/>, stamped by the person's client). A request without one
/// is refused before it is sent.
/// </summary>
internal sealed class ZoomUserTokenProviders(
    ZoomOAuthApps apps,
    IZoomTokenStore store,
    ZoomOAuthClient oauth,
    IZoomRefreshCoordinator coordinator,
    TimeProvider timeProvider,
    ILoggerFactory loggerFactory) : IZoomAccessTokenProvider, IZoomRequestTokenProviderResolver
{
    private readonly ILogger _logger = loggerFactory.CreateLogger<StoredTokenProvider>();

    public IZoomAccessTokenProvider ForUser(string userKey)
        => new StoredTokenProvider(userKey, apps.Credentials(userKey), store, oauth, coordinator, timeProvider, _logger);

    public IZoomAccessTokenProvider Resolve(HttpRequestMessage request)
        => ZoomRequestIdentity.Of(request) is { } userKey && !ZoomTokenKeys.IsService(userKey)
            ? ForUser(userKey)
            : this;

    /// <summary>Reached only by a request that did not come through the per-user client factory.</summary>
    public ValueTask<ZoomAccessToken> GetAccessTokenAsync(bool forceRefresh, CancellationToken cancellationToken = default)
        => ValueTask.FromException<ZoomAccessToken>(new ZoomAuthenticationException(
            $"A request on the {ZoomHttpClientNames.Actions} client carries no user key; obtain per-user clients from IZoomUserClientFactory.ForUser(userKey)."));
}
