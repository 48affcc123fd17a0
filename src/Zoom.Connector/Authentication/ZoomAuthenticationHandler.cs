using System.Net;
using System.Net.Http.Headers;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace Zoom.Connector.Authentication;

/// <summary>
/// Puts the identity's bearer token on every request. When Zoom answers 401 it forces one token refresh and sends
/// the request once more; a second 401 is returned to the caller. Without a token the request is never sent.
/// </summary>
public sealed partial class ZoomAuthenticationHandler : DelegatingHandler
{
    private readonly IZoomAccessTokenProvider _tokens;
    private readonly ILogger _logger;

    /// <summary>Creates the handler for one identity.</summary>
    /// <param name="tokens">The identity's token provider.</param>
    /// <param name="logger">Logs refreshes (never the token).</param>
    public ZoomAuthenticationHandler(IZoomAccessTokenProvider tokens, ILogger<ZoomAuthenticationHandler>? logger = null)
    {
        _tokens = tokens ?? throw new ArgumentNullException(nameof(tokens));
        _logger = (ILogger?)logger ?? NullLogger.Instance;
    }

    /// <inheritdoc />
    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        // The per-user pipeline is shared by everyone: its provider depends on the request's user key.
        var tokens = _tokens is IZoomRequestTokenProviderResolver resolver ? resolver.Resolve(request) : _tokens;
        // No token, no request: a provider failure propagates before anything is sent.
        var token = await tokens.GetAccessTokenAsync(forceRefresh: false, cancellationToken).ConfigureAwait(false);
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token.Value);
        var response = await base.SendAsync(request, cancellationToken).ConfigureAwait(false);
        if (response.StatusCode != HttpStatusCode.Unauthorized)
        {
            return response;
        }

        LogRefreshingAfter401(_logger, request.Method.Method, request.RequestUri?.AbsolutePath);
        response.Dispose();
        // Renew only if the refused token is still the current one: many requests refused with the same token
        // cause one refresh between them.
        var fresh = tokens is IZoomRenewableTokenProvider renewable
            ? await renewable.RenewAsync(token, cancellationToken).ConfigureAwait(false)
            : await tokens.GetAccessTokenAsync(forceRefresh: true, cancellationToken).ConfigureAwait(false);
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", fresh.Value);
        return await base.SendAsync(request, cancellationToken).ConfigureAwait(false);
    }

    [LoggerMessage(EventId = 1001, Level = LogLevel.Debug, Message = "Zoom answered 401 to {Method} {Path}; refreshing the access token and sending once more.")]
    private static partial void LogRefreshingAfter401(ILogger logger, string method, string? path);
}
