using Microsoft.Extensions.Options;
using Refit;
using Zoom.Connector.Api;
using Zoom.Connector.Authentication;
using Zoom.Connector.Http;

namespace Zoom.Connector.Clients;

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
/// (<c>/users/me/...</c>): pass <see cref="ZoomUserIds.Me"/> as the <c>userId</c>; an explicit id or e-mail answers 404 (code 1001).
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

    /// <summary>The person's user key.</summary>
    public string UserKey { get; }

    /// <summary>Meetings, created and changed as the person (e.g. <c>CreateMeetingAsync("me", ...)</c>).</summary>
    public IZoomMeetingsApi Meetings { get; }

    /// <summary>The person's own user record and settings (<c>GetUserAsync("me")</c>).</summary>
    public IZoomUsersApi Users { get; }

    /// <summary>The person's cloud recordings (<c>ListRecordingsAsync("me", ...)</c>).</summary>
    public IZoomRecordingsApi Recordings { get; }
}

/// <summary>The default <see cref="IZoomUserClientFactory"/>: Refit clients over the shared per-user pipeline.</summary>
internal sealed class ZoomUserClientFactory(
    IHttpMessageHandlerFactory handlers,
    IOptions<ZoomConnectorOptions> options) : IZoomUserClientFactory
{
    private readonly RefitSettings _settings = ZoomRefitSettings.Create();

    public ZoomUserClients ForUser(string userKey)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(userKey);
        if (ZoomTokenKeys.IsReserved(userKey))
        {
            throw new ArgumentException(
                $"'{ZoomTokenKeys.Service}' (and every key starting with '{ZoomTokenKeys.Service}:') belongs to the service identity, not a person; use the service clients (IZoomMeetingsApi, ...) for it.",
                nameof(userKey));
        }

        // The pipeline (telemetry -> resilience -> daily cap -> budget -> auth -> primary) is shared and recycled by the
        // factory; the outer handler only stamps the person's identity on requests, so disposing this client never
        // disposes the pipeline.
        var http = new HttpClient(new ZoomRequestIdentityHandler(userKey, handlers.CreateHandler(ZoomHttpClientNames.Actions)), disposeHandler: false)
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
