namespace Zoom.Connector.Authentication;

/// <summary>
/// A fixed access token (<c>Zoom:Service:AccessToken</c>): for tests, proxies that add their own auth, and scripts.
/// It cannot be refreshed; when Zoom refuses it the request fails with Zoom's 401.
/// </summary>
public sealed class StaticAccessTokenProvider : IZoomAccessTokenProvider
{
    private readonly ZoomAccessToken _token;

    /// <summary>Wraps a token that is treated as never expiring.</summary>
    /// <param name="accessToken">The bearer token.</param>
    public StaticAccessTokenProvider(string accessToken)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(accessToken);
        _token = new ZoomAccessToken(accessToken, DateTimeOffset.MaxValue);
    }

    /// <inheritdoc />
    public ValueTask<ZoomAccessToken> GetAccessTokenAsync(bool forceRefresh, CancellationToken cancellationToken = default)
        => ValueTask.FromResult(_token);
}

/// <summary>Stands in when no service identity is configured, and says which keys to set.</summary>
internal sealed class UnconfiguredAccessTokenProvider(string message) : IZoomAccessTokenProvider
{
    public ValueTask<ZoomAccessToken> GetAccessTokenAsync(bool forceRefresh, CancellationToken cancellationToken = default)
        => ValueTask.FromException<ZoomAccessToken>(new ZoomAuthenticationException(message));
}
