namespace Zoom.Connector.Http;

/// <summary>
/// The connector's root options, usually bound from the <c>Zoom</c> section: Zoom's URLs, the response-size cap and the two identities.
/// Every feature binds its own sub-section to its own options type (<c>Zoom:RateLimit</c>, <c>Zoom:Resilience</c>,
/// <c>Zoom:Downloads</c>, <c>Zoom:Webhooks</c>, <c>Zoom:Sync</c>). Every default is stated on its property; bad
/// values fail at start-up with a message that names the key (never its value).
/// </summary>
public sealed class ZoomConnectorOptions
{
    /// <summary>The configuration section the connector reads by convention: <c>Zoom</c>.</summary>
    public const string DefaultSectionName = "Zoom";

    /// <summary><c>Zoom:BaseUrl</c>: the REST API base. Default <c>https://api.zoom.us/v2/</c>. HTTPS only, except loopback hosts.</summary>
    public string BaseUrl { get; set; } = "https://api.zoom.us/v2/";

    /// <summary><c>Zoom:AuthorizeUrl</c>: the OAuth authorize endpoint. Default <c>https://zoom.us/oauth/authorize</c>.</summary>
    public string AuthorizeUrl { get; set; } = "https://zoom.us/oauth/authorize";

    /// <summary><c>Zoom:TokenUrl</c>: the OAuth token endpoint. Default <c>https://zoom.us/oauth/token</c>. HTTPS only, except loopback hosts.</summary>
    public string TokenUrl { get; set; } = "https://zoom.us/oauth/token";

    /// <summary>
    /// <c>Zoom:MaxResponseBodyBytes</c>: the largest successful API answer the connector reads, in bytes. Default
    /// 16 MiB (16777216): Zoom's biggest pages (300 recordings with many files each) are a few MiB. A declared
    /// <c>Content-Length</c> over it is refused unread, and a body that grows past it stops at the limit, with a
    /// <see cref="ZoomResponseTooLargeException"/>. From 64 KiB (65536) to 1 GiB (1073741824), checked at start-up.
    /// Recording downloads are not bounded by it (they stream files of any size to you).
    /// </summary>
    public int MaxResponseBodyBytes { get; set; } = DefaultMaxResponseBodyBytes;

    /// <summary><c>Zoom:Service</c>: the service identity used for reads and sync.</summary>
    public ZoomServiceIdentityOptions Service { get; set; } = new();

    /// <summary><c>Zoom:Actions</c>: the per-user action identity (a person's own OAuth sign-in).</summary>
    public ZoomActionIdentityOptions Actions { get; set; } = new();

    /// <summary>The default <see cref="MaxResponseBodyBytes"/>: 16 MiB.</summary>
    internal const int DefaultMaxResponseBodyBytes = 16 * 1024 * 1024;

    /// <summary>The smallest accepted <see cref="MaxResponseBodyBytes"/>: 64 KiB (a meeting with 50 occurrences is tens of KiB).</summary>
    internal const int MinResponseBodyBytes = 64 * 1024;

    /// <summary>The largest accepted <see cref="MaxResponseBodyBytes"/>: 1 GiB (beyond that the cap protects nothing).</summary>
    internal const int MaxResponseBodyBytesLimit = 1024 * 1024 * 1024;

    /// <summary>The parsed <see cref="BaseUrl"/>, always ending in a slash so relative paths append to it.</summary>
    public Uri GetBaseUri()
    {
        var text = BaseUrl.EndsWith('/') ? BaseUrl : BaseUrl + "/";
        return new Uri(text, UriKind.Absolute);
    }
}

/// <summary>
/// The service identity (<c>Zoom:Service</c>). Set <see cref="AccessToken"/> for a fixed token, or
/// <see cref="AccountId"/>, <see cref="ClientId"/> and <see cref="ClientSecret"/> for Server-to-Server OAuth, or
/// <see cref="ClientId"/> and <see cref="ClientSecret"/> (no account id) for an admin's authorization-code sign-in.
/// </summary>
public sealed class ZoomServiceIdentityOptions
{
    /// <summary><c>Zoom:Service:AccountId</c>: the account id of a Server-to-Server OAuth app.</summary>
    public string? AccountId { get; set; }

    /// <summary><c>Zoom:Service:ClientId</c>: the OAuth app's client id.</summary>
    public string? ClientId { get; set; }

    /// <summary><c>Zoom:Service:ClientSecret</c>: the OAuth app's client secret. Never logged.</summary>
    public string? ClientSecret { get; set; }

    /// <summary><c>Zoom:Service:RedirectUri</c>: the redirect URI of the admin authorization-code sign-in (client id and secret without an account id).</summary>
    public string? RedirectUri { get; set; }

    /// <summary><c>Zoom:Service:AccessToken</c>: a fixed access token (tests, proxies, scripts). Never logged.</summary>
    public string? AccessToken { get; set; }

    /// <summary>
    /// <c>Zoom:Service:TokenIndex</c>: Zoom's <c>index</c> for Server-to-Server tokens (0 to 9 or more, per Zoom's
    /// app settings). Zoom invalidates an S2S token when the same app is issued a newer one with the same index; hosts
    /// that give each instance its own index set it here instead of sharing one token. Default <see langword="null"/>:
    /// no index is sent.
    /// </summary>
    public int? TokenIndex { get; set; }

    /// <summary>Keeps the secrets out of logs.</summary>
    public override string ToString()
        => $"ZoomServiceIdentityOptions {{ AccountId = {AccountId}, ClientId = {ClientId}, ClientSecret = {(ClientSecret is null ? "null" : "***")}, RedirectUri = {RedirectUri}, AccessToken = {(AccessToken is null ? "null" : "***")} }}";
}

/// <summary>The per-user action identity (<c>Zoom:Actions</c>): an OAuth app that people sign in to.</summary>
public sealed class ZoomActionIdentityOptions
{
    /// <summary><c>Zoom:Actions:ClientId</c>: the user-managed OAuth app's client id.</summary>
    public string? ClientId { get; set; }

    /// <summary><c>Zoom:Actions:ClientSecret</c>: the app's client secret. Never logged.</summary>
    public string? ClientSecret { get; set; }

    /// <summary><c>Zoom:Actions:RedirectUri</c>: the redirect URI registered on the app, matched exactly by Zoom.</summary>
    public string? RedirectUri { get; set; }

    /// <summary><c>Zoom:Actions:Scopes</c>: scopes to request (space-separated when sent).</summary>
    public IList<string> Scopes { get; set; } = [];

    /// <summary>Keeps the secret out of logs.</summary>
    public override string ToString()
        => $"ZoomActionIdentityOptions {{ ClientId = {ClientId}, ClientSecret = {(ClientSecret is null ? "null" : "***")}, RedirectUri = {RedirectUri} }}";
}
