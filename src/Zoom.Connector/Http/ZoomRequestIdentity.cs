namespace Zoom.Connector.Http;

/// <summary>
/// The identity a request is sent as, stamped on <see cref="HttpRequestMessage.Options"/> by the identity's client
/// (the service client, or a person's client): the key the token store uses (<c>service</c> or the host's user key).
/// Handlers that count per identity (the daily cap) read this key, never a token; the auth handler of the shared
/// per-user pipeline picks the person's tokens by it.
/// </summary>
internal static class ZoomRequestIdentity
{
    public static readonly HttpRequestOptionsKey<string> Key = new("Zoom.Connector.Identity");

    /// <summary>The service identity's key (the same value as the token store's service key).</summary>
    public const string Service = "service";

    /// <summary>
    /// The OAuth grant type (<c>account_credentials</c>, <c>refresh_token</c>, ..., or <c>revoke</c>) stamped on a request
    /// of the OAuth back channel, so observers (the support log) name it without reading the form body.
    /// </summary>
    public static readonly HttpRequestOptionsKey<string> GrantKey = new("Zoom.Connector.OAuthGrant");

    /// <summary>The OAuth grant type stamped on <paramref name="request"/>, or <see langword="null"/>.</summary>
    public static string? GrantOf(HttpRequestMessage request)
        => request.Options.TryGetValue(GrantKey, out var grant) && !string.IsNullOrWhiteSpace(grant) ? grant : null;

    /// <summary>The identity stamped on <paramref name="request"/>, or <see langword="null"/>.</summary>
    public static string? Of(HttpRequestMessage request)
        => request.Options.TryGetValue(Key, out var identity) && !string.IsNullOrWhiteSpace(identity) ? identity : null;
}

/// <summary>Outermost handler of an identity's client: stamps the identity on each request that has none yet.</summary>
internal sealed class ZoomRequestIdentityHandler(string identity) : DelegatingHandler
{
    public ZoomRequestIdentityHandler(string identity, HttpMessageHandler inner)
        : this(identity) => InnerHandler = inner;

    protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (ZoomRequestIdentity.Of(request) is null)
        {
            request.Options.Set(ZoomRequestIdentity.Key, identity);
        }

        return base.SendAsync(request, cancellationToken);
    }
}
