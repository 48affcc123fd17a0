namespace Zoom.Connector.DependencyInjection;

/// <summary>
/// Configuration of the connector, usually bound from the <c>Zoom</c> section. Every default is stated on its
/// property; bad values fail at start-up with a message that names the key (never its value).
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

    /// <summary><c>Zoom:Service</c>: the service identity used for reads and sync.</summary>
    public ZoomServiceIdentityOptions Service { get; set; } = new();

    /// <summary><c>Zoom:Actions</c>: the per-user action identity (a person's own OAuth sign-in).</summary>
    public ZoomActionIdentityOptions Actions { get; set; } = new();

    /// <summary><c>Zoom:RateLimit</c>: the account's request budget shared by every client of the connector.</summary>
    public ZoomRateLimitOptions RateLimit { get; set; } = new();

    /// <summary><c>Zoom:Resilience</c>: timeouts, retries and the circuit breaker of the API clients.</summary>
    public RateLimiting.ZoomResilienceOptions Resilience { get; set; } = new();

    /// <summary>Recording downloads: redirects and the hosts that receive the bearer token.</summary>
    public Zoom.Connector.Downloads.ZoomRecordingDownloadOptions Downloads { get; set; } = new();

    /// <summary><c>Zoom:Webhooks</c>: the webhook receiver (secret token, clock skew, de-duplication); see <c>AddWebhooks()</c>.</summary>
    public Webhooks.ZoomWebhookOptions Webhooks { get; set; } = new();

    /// <summary><c>Zoom:Sync</c>: the sync engine and its schedules.</summary>
    public Zoom.Connector.Sync.ZoomSyncOptions Sync { get; set; } = new();

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

/// <summary>The account's request budget (<c>Zoom:RateLimit</c>).</summary>
public sealed class ZoomRateLimitOptions
{
    /// <summary><c>Zoom:RateLimit:PermitsPerWindow</c>: requests allowed per window. Default 55.</summary>
    public int PermitsPerWindow { get; set; } = 55;

    /// <summary><c>Zoom:RateLimit:Window</c>: the window length. Default 1 second.</summary>
    public TimeSpan Window { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary>
    /// <c>Zoom:RateLimit:SafetyMargin</c>: added to each budget's window when counting grants, so that the jitter
    /// between granting a permit and the request reaching Zoom never puts more than the budget into one of Zoom's
    /// windows. A request is granted when fewer than the budget's permits were granted in the last window plus this
    /// margin. Default: 1 % of each budget's window (10 ms for 1 second, 99.0 % of the budget used); applies to the
    /// account and the category budgets.
    /// </summary>
    public TimeSpan? SafetyMargin { get; set; }

    /// <summary><c>Zoom:RateLimit:QueueLimit</c>: requests that may wait for a permit before new ones are refused. Default 10,000.</summary>
    public int QueueLimit { get; set; } = 10_000;

    /// <summary><c>Zoom:RateLimit:Plan</c>: presets per-category budgets from a Zoom plan (None, Free, Pro, BusinessPlus). Default None.</summary>
    public RateLimiting.ZoomRatePlan Plan { get; set; }

    /// <summary><c>Zoom:RateLimit:Categories</c>: explicit per-category budgets, overriding the plan preset.</summary>
    public RateLimiting.ZoomRateLimitCategoriesOptions Categories { get; set; } = new();
}
