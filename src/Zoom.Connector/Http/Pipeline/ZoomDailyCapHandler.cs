using System.Net;
using System.Text.Json;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Zoom.Connector.RateLimiting;
using Zoom.Connector.Telemetry;

namespace Zoom.Connector.Http.Pipeline;

/// <summary>
/// The client-side daily cap of meeting creates/updates per host (<see cref="ZoomMeetingWriteCounter"/>): reserves one
/// of today's 100 before the attempt is sent, gives it back when the attempt never reached Zoom, and learns from a
/// create response which host a meeting (and an identity's <c>me</c>) belongs to. A create under <c>/users/me</c>
/// counts under the request's identity (<see cref="ZoomRequestIdentity"/>) until Zoom has named its host; the handler
/// never looks at a token. Zoom's daily-limit 429 for a host refuses that host's later writes locally until its
/// <c>Retry-After</c> (<see cref="ZoomMeetingWriteCounter.OnDailyLimitAsync"/>).
/// </summary>
internal sealed partial class ZoomDailyCapHandler : DelegatingHandler
{
    /// <summary>
    /// The largest meeting create answer read: 1 MiB. Zoom's, with 50 occurrences and a long invitation, are tens of
    /// KiB; anything near this is not a meeting.
    /// </summary>
    internal const int MaxMeetingResponseBytes = 1024 * 1024;

    private readonly ZoomRequestClassifier _classifier;
    private readonly ZoomMeetingWriteCounter _writes;
    private readonly ZoomConnectorTelemetry _telemetry;
    private readonly ILogger _logger;

    public ZoomDailyCapHandler(ZoomRequestClassifier classifier, ZoomMeetingWriteCounter writes, ZoomConnectorTelemetry telemetry, ILogger<ZoomDailyCapHandler>? logger = null)
    {
        _classifier = classifier;
        _writes = writes;
        _telemetry = telemetry;
        _logger = (ILogger?)logger ?? NullLogger.Instance;
    }

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var info = _classifier.Classify(request);
        var isCreate = ReferenceEquals(info.Operation, ZoomOperationCatalog.MeetingCreate);
        if (!isCreate && !ReferenceEquals(info.Operation, ZoomOperationCatalog.MeetingUpdate))
        {
            return await base.SendAsync(request, cancellationToken).ConfigureAwait(false);
        }

        // /users/me: the identity's own user, known by the identity key until a response names the host.
        var meKey = isCreate && ZoomMeetingWriteCounter.IsMe(request, _classifier.BasePath) && ZoomRequestIdentity.Of(request) is { } identity
            ? "identity:" + identity.ToLowerInvariant()
            : null;
        var hostKey = _writes.HostKey(info.Operation, request, _classifier.BasePath, meKey);
        if (hostKey is null)
        {
            return await base.SendAsync(request, cancellationToken).ConfigureAwait(false);
        }

        try
        {
            await _writes.ReserveAsync(hostKey, request.Method, request.RequestUri?.AbsolutePath ?? string.Empty, cancellationToken).ConfigureAwait(false);
        }
        catch (ZoomRateLimitException)
        {
            _telemetry.RecordRateLimited("local_daily", info.Category);
            LogDailyCapRefused(_logger, request.Method.Method, info.OperationId);
            throw;
        }

        info.Sent = false;
        HttpResponseMessage response;
        try
        {
            response = await base.SendAsync(request, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception exception) when (!ZoomResiliencePipeline.MayHaveReachedZoom(info, exception))
        {
            await _writes.ReleaseAsync(hostKey).ConfigureAwait(false);
            throw;
        }

        try
        {
            if (isCreate && response.IsSuccessStatusCode)
            {
                await RememberCreatedMeetingAsync(response, hostKey, meKey, cancellationToken).ConfigureAwait(false);
            }
            else if (response.StatusCode == (HttpStatusCode)429)
            {
                // Zoom's daily 429 is the authority: the host's later writes are refused here until its Retry-After,
                // instead of each being sent to be refused again.
                var headers = ZoomRateLimitHeaders.Read(response);
                if (await ZoomResiliencePipeline.IsDailyLimitAsync(response, headers, cancellationToken).ConfigureAwait(false))
                {
                    await _writes.OnDailyLimitAsync(hostKey, headers, cancellationToken).ConfigureAwait(false);
                }
            }
        }
        catch
        {
            // Reading the answer failed (a dropped connection mid-body, an oversized body): nobody else will see this
            // response, so its connection is released here.
            response.Dispose();
            throw;
        }

        return response;
    }

    private async Task RememberCreatedMeetingAsync(HttpResponseMessage response, string hostKey, string? meKey, CancellationToken cancellationToken)
    {
        // The body stays buffered for Refit to read after us; a body no meeting needs is refused, never held whole.
        var bytes = await ZoomResponseBody.BufferAsync(response, MaxMeetingResponseBytes, cancellationToken).ConfigureAwait(false);
        if (bytes is null)
        {
            throw ZoomErrorMapper.CreateResponseTooLarge(response, MaxMeetingResponseBytes, configurationKey: null);
        }

        var (meetingId, hostId) = ReadIdAndHost(bytes);
        if (meKey is not null && hostId is not null)
        {
            _writes.RememberIdentityHost(meKey, hostId);
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
