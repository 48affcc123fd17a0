using System.Net;
using System.Text.Json;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Zoom.Connector.Authentication;
using Zoom.Connector.Http;
using Zoom.Connector.Telemetry;

namespace Zoom.Connector.RateLimiting;

/// <summary>
/// Takes one permit of the account budget (and of the request's category budget, when configured) for every attempt,
/// inside the resilience handler so that each retry waits for a fresh permit. Before that it checks the client-side
/// daily cap of meeting creates/updates per host. After the response it feeds Zoom's <c>X-RateLimit-*</c> headers back
/// to the limiter.
/// </summary>
internal sealed partial class ZoomRateLimitHandler : DelegatingHandler
{
    private readonly IZoomRateLimiter _limiter;
    private readonly ZoomRequestClassifier _classifier;
    private readonly ZoomMeetingWriteCounter _writes;
    private readonly ZoomConnectorTelemetry _telemetry;
    private readonly TimeProvider _time;
    private readonly IZoomAccessTokenProvider? _tokens;
    private readonly ILogger _logger;

    public ZoomRateLimitHandler(
        IZoomRateLimiter limiter,
        ZoomRequestClassifier classifier,
        ZoomMeetingWriteCounter writes,
        ZoomConnectorTelemetry telemetry,
        TimeProvider time,
        IZoomAccessTokenProvider? tokens,
        ILogger<ZoomRateLimitHandler>? logger = null)
    {
        _limiter = limiter;
        _classifier = classifier;
        _writes = writes;
        _telemetry = telemetry;
        _time = time;
        _tokens = tokens;
        _logger = (ILogger?)logger ?? NullLogger.Instance;
    }

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var info = _classifier.Classify(request);
        info.Sent = false;

        string? meKey = null;
        if (ReferenceEquals(info.Operation, ZoomOperationCatalog.MeetingCreate) && ZoomMeetingWriteCounter.IsMe(request, _classifier.BasePath))
        {
            if (request.Options.TryGetValue(ZoomUserRequestOptions.UserKey, out var userKey) && !string.IsNullOrWhiteSpace(userKey))
            {
                // A per-user client: the person is known by the host's user key.
                meKey = "person:" + userKey.ToLowerInvariant();
            }
            else if (_tokens is not null)
            {
                // The same cached token the auth handler attaches next; only its hash is kept.
                var provider = _tokens is IZoomRequestTokenProviderResolver resolver ? resolver.Resolve(request) : _tokens;
                var token = await provider.GetAccessTokenAsync(forceRefresh: false, cancellationToken).ConfigureAwait(false);
                meKey = ZoomMeetingWriteCounter.TokenKey(token.Value);
            }
        }

        var hostKey = _writes.HostKey(info.Operation, request, _classifier.BasePath, meKey);
        if (hostKey is not null)
        {
            try
            {
                _writes.Reserve(hostKey, request.Method, request.RequestUri?.AbsolutePath ?? string.Empty);
            }
            catch (ZoomRateLimitException)
            {
                _telemetry.RecordRateLimited("local_daily", info.Category);
                LogDailyCapRefused(_logger, request.Method.Method, info.OperationId);
                throw;
            }
        }

        HttpResponseMessage response;
        try
        {
            var started = _time.GetTimestamp();
            try
            {
                await _limiter.AcquireAsync(info.Category, cancellationToken).ConfigureAwait(false);
            }
            catch (ZoomRateLimitQueueFullException)
            {
                _telemetry.RecordRateLimited("local_queue_full", info.Category);
                throw;
            }

            _telemetry.RecordLimiterWait(_time.GetElapsedTime(started), info.Category);
            info.Sent = true;
            response = await base.SendAsync(request, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception exception) when (hostKey is not null && !ZoomResiliencePipeline.MayHaveReachedZoom(info, exception))
        {
            _writes.Release(hostKey);
            throw;
        }

        var isRateLimited = response.StatusCode == (HttpStatusCode)429;
        if (isRateLimited || response.Headers.NonValidated.Contains("X-RateLimit-Remaining") || response.Headers.NonValidated.Contains("X-RateLimit-Category"))
        {
            var headers = ZoomRateLimitHeaders.Read(response);
            _classifier.Learn(info, headers.Category);
            _limiter.OnResponse(info.Category, headers, isRateLimited);
            if (isRateLimited)
            {
                var daily = await ZoomResiliencePipeline.IsDailyLimitAsync(response, headers, cancellationToken).ConfigureAwait(false);
                if (daily && hostKey is not null)
                {
                    _writes.OnDailyLimit(hostKey, headers);
                }

                var type = daily ? "daily"
                    : headers.Type == ZoomRateLimitType.PerSecond || headers.RetryAfter is not null ? "qps"
                    : "unknown";
                _telemetry.RecordRateLimited(type, info.Category);
            }
        }

        if (hostKey is not null && ReferenceEquals(info.Operation, ZoomOperationCatalog.MeetingCreate) && response.IsSuccessStatusCode)
        {
            await RememberCreatedMeetingAsync(response, hostKey, meKey, cancellationToken).ConfigureAwait(false);
        }

        return response;
    }

    private async Task RememberCreatedMeetingAsync(HttpResponseMessage response, string hostKey, string? meKey, CancellationToken cancellationToken)
    {
        // The body stays buffered for Refit to read after us.
        await response.Content.LoadIntoBufferAsync(cancellationToken).ConfigureAwait(false);
        var bytes = await response.Content.ReadAsByteArrayAsync(cancellationToken).ConfigureAwait(false);
        var (meetingId, hostId) = ReadIdAndHost(bytes);
        if (meKey is not null && hostId is not null)
        {
            _writes.RememberTokenHost(meKey, hostId);
            hostKey = "user:" + hostId.ToLowerInvariant();
        }

        if (meetingId is { } id)
        {
            _writes.RememberHost(id, hostKey);
        }
    }

    /// <summary>Reads the top-level <c>id</c> and <c>host_id</c> of a meeting response.</summary>
    internal static (long? Id, string? HostId) ReadIdAndHost(ReadOnlySpan<byte> json)
    {
        long? id = null;
        string? host = null;
        try
        {
            var reader = new Utf8JsonReader(json);
            while (reader.Read() && (id is null || host is null))
            {
                if (reader.TokenType == JsonTokenType.PropertyName && reader.CurrentDepth == 1)
                {
                    if (reader.ValueTextEquals("id"u8))
                    {
                        id = reader.Read() && reader.TokenType == JsonTokenType.Number && reader.TryGetInt64(out var n) ? n : null;
                    }
                    else if (reader.ValueTextEquals("host_id"u8))
                    {
                        host = reader.Read() && reader.TokenType == JsonTokenType.String ? reader.GetString() : null;
                    }
                    else
                    {
                        reader.Read();
                        reader.Skip();
                    }
                }
            }
        }
        catch (JsonException)
        {
            // Not JSON: there is nothing to remember; Refit reports the body as it is.
            return (null, null);
        }

        return (id, string.IsNullOrEmpty(host) ? null : host);
    }

    [LoggerMessage(EventId = 4001, Level = LogLevel.Warning, Message = "Refused {Method} ({Operation}) before sending: the host's daily meeting create/update cap is used up.")]
    private static partial void LogDailyCapRefused(ILogger logger, string method, string operation);
}
