using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Refit;
using Zoom.Connector.Api;
using Zoom.Connector.DependencyInjection;

namespace Zoom.Connector.Authentication;

/// <summary>
/// Hands out typed API clients that act as one signed-in person (their own OAuth tokens, refreshed automatically).
/// Registered by <c>AddUserActions()</c>.
/// </summary>
public interface IZoomUserClientFactory
{
    /// <summary>
    /// The clients of the person signed in under <paramref name="userKey"/> (see
    /// <see cref="IZoomAuthorizationFlow.CreateAuthorizationRequest"/>). Cheap: call it per operation. Calls fail with
    /// <see cref="ZoomReauthorizationRequiredException"/> when the person has not signed in or the grant has ended.
    /// </summary>
    /// <param name="userKey">The host's key for the person (not <see cref="ZoomTokenKeys.Service"/>).</param>
    ZoomUserClients ForUser(string userKey);
}

/// <summary>
/// Typed API clients acting as one person. Zoom requires user-level tokens to address the person as <c>me</c>
/// (<c>/users/me/...</c>): pass <c>"me"</c> as the <c>userId</c>; an explicit id or e-mail answers 404 (code 1001).
/// </summary>
public sealed class ZoomUserClients
{
    internal ZoomUserClients(string userKey, IZoomMeetingsApi meetings, IZoomUsersApi users, IZoomRecordingsApi recordings)
    {
        UserKey = userKey;
        Meetings = meetings;
        Users = users;
        Recordings = recordings;
    }

    /// <summary>The userId that addresses the signed-in person: <c>me</c>.</summary>
    public const string Me = "me";

    /// <summary>The person's user key.</summary>
    public string UserKey { get; }

    /// <summary>Meetings, created and changed as the person (e.g. <c>CreateMeetingAsync("me", ...)</c>).</summary>
    public IZoomMeetingsApi Meetings { get; }

    /// <summary>The person's own user record and settings (<c>GetUserAsync("me")</c>).</summary>
    public IZoomUsersApi Users { get; }

    /// <summary>The person's cloud recordings (<c>ListRecordingsAsync("me", ...)</c>).</summary>
    public IZoomRecordingsApi Recordings { get; }
}

/// <summary>Where the per-user pipeline finds the user key of a request.</summary>
internal static class ZoomUserRequestOptions
{
    public static readonly HttpRequestOptionsKey<string> UserKey = new("Zoom.Connector.UserKey");
}

/// <summary>Outermost handler of a per-user client: marks each request with the person's user key.</summary>
internal sealed class ZoomUserKeyHandler(string userKey, HttpMessageHandler inner) : DelegatingHandler(inner)
{
    protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        request.Options.Set(ZoomUserRequestOptions.UserKey, userKey);
        return base.SendAsync(request, cancellationToken);
    }
}

/// <summary>A token provider that depends on the request (the per-user pipeline's shared auth handler asks it).</summary>
internal interface IZoomRequestTokenProviderResolver
{
    IZoomAccessTokenProvider Resolve(HttpRequestMessage request);
}

/// <summary>
/// The token source of the <see cref="ZoomHttpClientNames.Actions"/> pipeline: the provider of the person named by
/// the request's user key. A request without a user key is refused before it is sent.
/// </summary>
internal sealed class ZoomUserTokenProviders(
    ZoomOAuthApps apps,
    IZoomTokenStore store,
    ZoomOAuthClient oauth,
    ZoomTokenRefreshCoordinator coordinator,
    TimeProvider timeProvider,
    ILoggerFactory loggerFactory) : IZoomAccessTokenProvider, IZoomRequestTokenProviderResolver
{
    private readonly ILogger _logger = loggerFactory.CreateLogger<StoredTokenProvider>();

    public IZoomAccessTokenProvider ForUser(string userKey)
        => new StoredTokenProvider(userKey, apps.Credentials(userKey), store, oauth, coordinator, timeProvider, _logger);

    public IZoomAccessTokenProvider Resolve(HttpRequestMessage request)
        => request.Options.TryGetValue(ZoomUserRequestOptions.UserKey, out var userKey) && !string.IsNullOrWhiteSpace(userKey)
            ? ForUser(userKey)
            : this;

    /// <summary>Reached only by a request that did not come through <see cref="IZoomUserClientFactory"/>.</summary>
    public ValueTask<ZoomAccessToken> GetAccessTokenAsync(bool forceRefresh, CancellationToken cancellationToken = default)
        => ValueTask.FromException<ZoomAccessToken>(new ZoomAuthenticationException(
            $"A request on the {ZoomHttpClientNames.Actions} client carries no user key; obtain per-user clients from {nameof(IZoomUserClientFactory)}.ForUser(userKey)."));
}

/// <summary>The default <see cref="IZoomUserClientFactory"/>: Refit clients over the shared per-user pipeline.</summary>
internal sealed class ZoomUserClientFactory(
    IServiceProvider services,
    IHttpMessageHandlerFactory handlers,
    IOptions<ZoomConnectorOptions> options) : IZoomUserClientFactory
{
    private readonly RefitSettings _settings = ZoomServiceCollectionExtensions.CreateRefitSettings(services);

    public ZoomUserClients ForUser(string userKey)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(userKey);
        if (ZoomTokenKeys.IsService(userKey))
        {
            throw new ArgumentException(
                $"'{ZoomTokenKeys.Service}' is the service identity's key, not a user key; use the service clients (IZoomMeetingsApi, ...) for it.",
                nameof(userKey));
        }

        // The pipeline (resilience -> rate limit -> auth -> primary) is shared and recycled by the factory; the outer
        // handler only tags requests with the user key, so disposing this client never disposes the pipeline.
        var http = new HttpClient(new ZoomUserKeyHandler(userKey, handlers.CreateHandler(ZoomHttpClientNames.Actions)), disposeHandler: false)
        {
            BaseAddress = options.Value.GetBaseUri(),
            // The resilience pipeline owns timeouts, as on the service client.
            Timeout = Timeout.InfiniteTimeSpan,
        };
        return new ZoomUserClients(
            userKey,
            RestService.ForGenerated<IZoomMeetingsApi>(http, _settings),
            RestService.ForGenerated<IZoomUsersApi>(http, _settings),
            RestService.ForGenerated<IZoomRecordingsApi>(http, _settings));
    }
}
